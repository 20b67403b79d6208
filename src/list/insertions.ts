/** Text put into the list at one offset of the original; everything else stays byte for byte. */
export interface Insertion {
  /** Offset in the text before any insertion. */
  offset: number;
  text: string;
  /** The papers whose entries this text holds (none for the updates line). */
  arxivIds: string[];
}

export function applyInsertions(text: string, insertions: Insertion[]): string {
  const sorted = [...insertions].sort((a, b) => a.offset - b.offset);
  let out = '';
  let at = 0;
  for (const insertion of sorted) {
    out += text.slice(at, insertion.offset) + insertion.text;
    at = insertion.offset;
  }
  return out + text.slice(at);
}

/**
 * Takes the inserted text out again (the inverse of `applyInsertions`); throws when the text
 * does not hold it where expected.
 */
export function removeInsertions(text: string, insertions: Insertion[]): string {
  const sorted = [...insertions].sort((a, b) => a.offset - b.offset);
  let out = '';
  let at = 0;
  let shift = 0;
  for (const insertion of sorted) {
    const start = insertion.offset + shift;
    if (text.slice(start, start + insertion.text.length) !== insertion.text) {
      throw new Error(`The text does not hold the inserted text at offset ${start}.`);
    }
    out += text.slice(at, start);
    at = start + insertion.text.length;
    shift += insertion.text.length;
  }
  return out + text.slice(at);
}
