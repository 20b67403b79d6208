/**
 * Text from arXiv made safe to place in a page: control, zero-width and bidirectional-override
 * characters removed (they hide or reorder what a reviewer sees), every run of whitespace made
 * one space, and the length capped at a word boundary.
 */
/**
 * Controls, zero-width and bidirectional characters, soft hyphens and private use: invisible, and
 * able to make text lie about itself (`Uni\u200Bfied` is not `Unified`). The PR body drops them too.
 */
export const INVISIBLE =
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uE000-\uF8FF]/g;

export function cleanText(text: string, maxLength: number): string {
  const clean = text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
