/**
 * The part of a PR description that is the bot's: between two HTML comments it writes. Text a
 * maintainer writes before or after them is theirs, kept as it is on every write. A body without
 * them (written by an earlier version) is the bot's as a whole. The comments do not start with
 * the marker's prefix, so versions that look for the last marker still find it.
 */
export const SECTION_START =
  '<!-- arxiv-curator start: text written above or below this section is kept on every update -->';
export const SECTION_END = '<!-- arxiv-curator end -->';

export interface SplitBody {
  before: string;
  /** The bot's section, without the comments around it. */
  section: string;
  after: string;
}

/** The body cut into the maintainer's text and the bot's section. */
export function splitBody(body: string): SplitBody {
  const start = body.indexOf(SECTION_START);
  const end = start < 0 ? -1 : body.indexOf(SECTION_END, start + SECTION_START.length);
  if (end < 0) return { before: '', section: body, after: '' };
  return {
    before: body.slice(0, start),
    section: body.slice(start + SECTION_START.length, end),
    after: body.slice(end + SECTION_END.length),
  };
}

/** The bot's section of a body (the whole body when it has no section comments). */
export function botSection(body: string): string {
  return splitBody(body).section;
}

/** The body with `section` as the bot's part, and the maintainer's text of `held` around it. */
export function withSection(held: string | null, section: string): string {
  const { before, after } = held === null ? { before: '', after: '' } : splitBody(held);
  return `${before}${SECTION_START}\n${section.replace(/\n$/, '')}\n${SECTION_END}${after}`;
}

/** Characters the maintainer's text of `held` and the section comments take. */
export function aroundLength(held: string | null): number {
  return withSection(held, '').length;
}
