import type { EntrySpan } from './entry-groups.js';
import type { ListDoc } from './list-doc.js';
import { nextLineStart } from './lines.js';

/**
 * The offsets an entry takes in the text, for cutting it out: an item or a row with its line
 * ending; a heading entry with the blank lines after it, so that its neighbours keep their gap.
 */
export function entryRange(text: string, doc: ListDoc, span: EntrySpan): [number, number] {
  const { lines } = doc;
  const start = lines.starts[span.startLine]!;
  let last = span.blockEndLine;
  if (span.kind === 'heading') {
    while (
      last + 1 < lines.starts.length - 1 &&
      /^[ \t]*$/.test(text.slice(lines.starts[last + 1], lines.ends[last + 1]))
    )
      last++;
  }
  return [start, nextLineStart(lines, last, text.length)];
}
