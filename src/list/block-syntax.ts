/**
 * Recognisers for the starts and ends of CommonMark (0.31) and GFM blocks, applied to the rest of
 * a line after its container prefixes and indentation. https://spec.commonmark.org/0.31.2/
 */

export const ATX_HEADING = /^#{1,6}(?:[ \t]+|$)/;
export const FENCE_OPEN = /^(?:`{3,}(?!.*`)|~{3,})/;
const CLOSING_FENCE = /^(?:`{3,}|~{3,})(?=[ \t]*$)/;
export const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
export const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
export const BULLET_MARKER = /^[*+-]/;
export const ORDERED_MARKER = /^(\d{1,9})([.)])/;
/** GFM footnote definition start: `[^label]:`; the label has no whitespace (micromark). */
export const FOOTNOTE_DEFINITION = /^\[\^(?:\\[[\]\\]|[^\s[\]\\]|\\(?![[\]\\]))+\]:/;

/**
 * A one-line link reference definition (`[label]: url "title"`); a paragraph made only of these
 * is no paragraph, so a setext underline after it is not one either.
 */
export const LINK_DEFINITION =
  /^ {0,3}\[(?=[^\]]*\S)(?:[^\\[\]]|\\.){1,999}\]:[ \t]*(?:<[^<>\n]*>|[^\s<][^\s]*)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/;

/** Closing fence of a fenced code block opened with `fenceChar` × `fenceLength`. */
export function closesFence(rest: string, fenceChar: string, fenceLength: number): boolean {
  if (rest[0] !== fenceChar) return false;
  const match = CLOSING_FENCE.exec(rest);
  return match !== null && match[0].length >= fenceLength;
}

/** ATX heading text without the opening and the optional closing `#` sequence. */
export function atxHeadingText(rest: string): { depth: number; text: string } {
  const marker = ATX_HEADING.exec(rest)![0];
  const depth = marker.trimEnd().length;
  const text = rest
    .slice(marker.length)
    .replace(/^[ \t]*#+[ \t]*$/, '')
    .replace(/[ \t]+#+[ \t]*$/, '')
    .trim();
  return { depth, text };
}

const RAW_TAGS = /^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i;
const BLOCK_TAG_NAMES =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|' +
  'div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|' +
  'li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|' +
  'tfoot|th|thead|title|tr|track|ul';
const BLOCK_TAG = new RegExp(String.raw`^</?(?:${BLOCK_TAG_NAMES})(?:[ \t>]|/>|$)`, 'i');
const ATTRIBUTE =
  String.raw`(?:[ \t]+[a-zA-Z_:][a-zA-Z0-9_.:-]*` +
  String.raw`(?:[ \t]*=[ \t]*(?:[^"'=<>\x60\x00-\x20]+|'[^']*'|"[^"]*"))?)`;
const COMPLETE_TAG = new RegExp(
  String.raw`^(?:<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*[ \t]*/?>|</[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$`,
);

/**
 * The kind (1–7) of HTML block the line starts, or 0. Kind 7 (any other complete tag alone on
 * its line) cannot interrupt a paragraph. As in micromark, a closing `</pre>` is of kind 7.
 */
export function htmlBlockKind(rest: string, interruptsParagraph: boolean): number {
  if (rest[0] !== '<') return 0;
  if (RAW_TAGS.test(rest)) return 1;
  if (rest.startsWith('<!--')) return 2;
  if (rest.startsWith('<?')) return 3;
  if (/^<![A-Za-z]/.test(rest)) return 4;
  if (rest.startsWith('<![CDATA[')) return 5;
  if (BLOCK_TAG.test(rest)) return 6;
  if (!interruptsParagraph && COMPLETE_TAG.test(rest)) return 7;
  return 0;
}

const HTML_END: Record<number, RegExp> = {
  1: /<\/(?:script|pre|style|textarea)>/i,
  2: /-->/,
  3: /\?>/,
  4: />/,
  5: /\]\]>/,
};

/** Whether an HTML block of kind 1–5 ends on a line with this content (6 and 7 end at a blank line). */
export function endsHtmlBlock(kind: number, content: string): boolean {
  return HTML_END[kind]?.test(content) ?? false;
}

/**
 * Number of cells in a GFM table head row, or 0 when the line cannot be one. As in
 * micromark-extension-gfm-table: unescaped pipes split cells, a leading or trailing pipe adds
 * no cell, and a line that is only a pipe is no row.
 */
export function headRowCells(row: string): number {
  return rowCells(row).length;
}

/** The cells of a table row as written, without the outer pipes. */
export function rowCells(row: string): string[] {
  const cells = splitCells(row.trim());
  // The text is trimmed, so an empty first or last cell means a leading or trailing pipe.
  if (cells[0] === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** Splits a row at its unescaped pipes (`\\|` is a literal pipe, `\\\\` a literal backslash). */
export function splitCells(text: string): string[] {
  const cells: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && (text[i + 1] === '|' || text[i + 1] === '\\')) {
      i++;
      continue;
    }
    if (c !== '|') continue;
    cells.push(text.slice(start, i));
    start = i + 1;
  }
  cells.push(text.slice(start));
  return cells;
}

/**
 * Number of cells in a GFM delimiter row (`| :-- | --: |`), or 0 when the line is none. It needs
 * a pipe or a colon somewhere, so a bare `---` stays a setext underline or a thematic break.
 */
export function delimiterRowCells(row: string): number {
  const s = row.trimEnd();
  let i = 0;
  let cells = 0;
  let marked = false;
  const skipSpace = (): void => {
    while (s[i] === ' ' || s[i] === '\t') i++;
  };
  if (s[i] === '|') {
    marked = true;
    i++;
    skipSpace();
  }
  while (i < s.length) {
    if (s[i] === ':') {
      marked = true;
      i++;
    }
    if (s[i] !== '-') return 0;
    while (s[i] === '-') i++;
    if (s[i] === ':') {
      marked = true;
      i++;
    }
    cells++;
    skipSpace();
    if (i >= s.length) break;
    if (s[i] !== '|') return 0;
    marked = true;
    i++;
    skipSpace();
  }
  return marked ? cells : 0;
}
