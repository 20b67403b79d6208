import { nextLineStart, type Lines } from './lines.js';

/**
 * Where and what to insert so that new blocks (entries, rows, an updates line) keep the list's
 * blank-line rhythm: `lead` blank lines between what comes before and the first new block,
 * `between` blank lines between new blocks, and the blank lines that followed the anchor still
 * follow the last new block.
 */
export interface Placement {
  offset: number;
  text: string;
}

export interface Rhythm {
  lead: number;
  between: number;
  lineEnding: string;
}

/** New blocks after line `anchor` (the last line of the block they follow). */
export function placeAfterLine(
  text: string,
  lines: Lines,
  anchor: number,
  blocks: string[],
  rhythm: Rhythm,
): Placement {
  const { lead, between, lineEnding: le } = rhythm;
  const joined = blocks.join(le.repeat(between + 1));
  if (lines.ends[anchor] === text.length) {
    // The anchor is the last line and has no line ending: the file keeps ending without one.
    return { offset: text.length, text: le.repeat(lead + 1) + joined };
  }
  const blank = blankLinesAfter(text, lines, anchor);
  const kept = Math.min(blank, lead);
  return {
    offset: nextLineStart(lines, anchor + kept, text.length),
    text: le.repeat(lead - kept) + joined + le.repeat(kept + 1),
  };
}

/** New blocks before line `anchor` (the first line of the block they precede). */
export function placeBeforeLine(lines: Lines, anchor: number, blocks: string[], rhythm: Rhythm): Placement {
  const { between, lineEnding: le } = rhythm;
  return {
    offset: lines.starts[anchor]!,
    text: blocks.map((block) => block + le.repeat(between + 1)).join(''),
  };
}

/**
 * Blank lines after `line` that end with a line ending: not the empty "line" after a final line
 * ending, nor a last line of spaces without one (new text put after it would join that line).
 */
function blankLinesAfter(text: string, lines: Lines, line: number): number {
  const last = lines.starts.length - 2;
  let count = 0;
  for (let i = line + 1; i <= last && /^[ \t]*$/.test(text.slice(lines.starts[i], lines.ends[i])); i++)
    count++;
  return count;
}
