/** The lines of a document, as offsets into its text (string indices, as `slice` takes them). */
export interface Lines {
  /** Offset of the first character of each line. */
  starts: number[];
  /** Offset just past each line's content, before its line ending. */
  ends: number[];
}

/**
 * Splits at `\n`, `\r\n` and `\r` (CommonMark's line endings, which markdown-it counts lines
 * by). A text that ends with a line ending gets a final empty line, where text added at the end
 * goes.
 */
export function splitLines(text: string, from = 0): Lines {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    starts.push(start);
    ends.push(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  starts.push(start);
  ends.push(text.length);
  return { starts, ends };
}

/** Offset where the line after `line` starts, or the end of the text after the last line. */
export function nextLineStart(lines: Lines, line: number, textLength: number): number {
  return lines.starts[line + 1] ?? textLength;
}
