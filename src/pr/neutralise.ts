import { INVISIBLE } from '../list/clean-text.js';

/**
 * Text from arXiv (and anything derived from it) shown in a PR body must not ping people, link
 * issues, run HTML, break the table, or forge the bot's marker. GitHub renders `&#8203;` as a
 * zero-width space, which is enough to stop mention and issue autolinking while the text reads the
 * same (the trick Renovate uses for release notes).
 */
const ZERO_WIDTH_SPACE = '&#8203;';

/** Collapses whitespace and drops invisible characters; every other character is kept. */
export function plainLine(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Cuts text to `max` characters (code points), ending with `…` when cut. */
export function clipText(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function breakAutolinks(text: string): string {
  // One pass, so the `#` of an inserted `&#8203;` is never itself broken.
  return text.replace(/@(?=[A-Za-z0-9_])|#(?=\d)|\bGH-(?=\d)/gi, (match) =>
    match === '@' || match === '#'
      ? `${match}${ZERO_WIDTH_SPACE}`
      : `${match.slice(0, 2)}${ZERO_WIDTH_SPACE}-`,
  );
}

/**
 * For markdown inline context (table cells, list items, link text): one line, markdown
 * punctuation backslash-escaped (`|` included, so a cell cannot split; `$` so it is not math),
 * HTML escaped, autolinks broken.
 */
export function inlineMarkdown(text: string, maxChars?: number): string {
  let line = plainLine(text);
  if (maxChars !== undefined) line = clipText(line, maxChars);
  const escaped = line.replace(/[\\`*_[\]{}()|~$!]/g, (ch) => `\\${ch}`);
  return breakAutolinks(escapeHtml(escaped));
}

/**
 * For text inside raw HTML (`<summary>`), where markdown escapes would show literally: one line,
 * HTML escaped, autolinks broken.
 */
export function htmlText(text: string, maxChars?: number): string {
  let line = plainLine(text);
  if (maxChars !== undefined) line = clipText(line, maxChars);
  // Brackets as entities: should GitHub ever read the line as markdown, no link can form.
  return breakAutolinks(escapeHtml(line)).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');
}

/**
 * An http(s) URL safe inside a markdown link destination and a table cell, or null when the URL is
 * not http(s) or not a URL at all.
 */
export function safeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(
    /[()|<>"'`\\\s]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
