import type { ListStyle } from '../config/schema.js';
import { firstArxivId } from './arxiv-links.js';
import type { Block } from './blocks.js';
import { nextLineStart } from './lines.js';
import type { ListDoc } from './list-doc.js';
import { requireTarget } from './splice-entries.js';
import { entryHeadingDepth, sectionBody } from './target-blocks.js';

/** One entry of the target section as it stands in the file. */
export interface EntryBlock {
  arxivId: string | null;
  /** Offsets of the block: a `details` entry runs from its heading to the next heading (blank
   * lines included), a list item takes in its continuation lines, a table row is its line. */
  start: number;
  end: number;
  text: string;
}

/**
 * The entries of the target section, so that the bot's entries can be carried from one version
 * of the file to another by id, and entries a maintainer deleted can be noticed.
 */
export function findEntryBlocks(text: string, doc: ListDoc, style?: ListStyle): EntryBlock[] {
  const section = requireTarget(text, doc);
  const body = sectionBody(doc.blocks, section);
  const { lines } = doc;
  const block = (start: number, end: number): EntryBlock => {
    const slice = text.slice(start, end);
    return { arxivId: firstArxivId(slice), start, end, text: slice };
  };
  const lineEnd = (line: number): number => nextLineStart(lines, line, text.length);
  switch (style ?? inferStyle(body)) {
    case 'details': {
      const depth = entryHeadingDepth(body, section);
      const headings = body.filter((b) => b.type === 'heading');
      return headings.flatMap((heading, i) => {
        if (heading.depth !== depth) return [];
        const next = headings[i + 1];
        return [block(lines.starts[heading.startLine]!, next ? lines.starts[next.startLine]! : section.end)];
      });
    }
    case 'bullet':
      return body
        .filter((b) => b.type === 'list')
        .flatMap((list) =>
          list.children.map((item) => block(lines.starts[item.startLine]!, lineEnd(item.endLine))),
        );
    case 'table':
      return body
        .filter((b) => b.type === 'table')
        .flatMap((table) => table.rowLines!.map((row) => block(lines.starts[row]!, lineEnd(row))));
  }
}

function inferStyle(body: Block[]): ListStyle {
  if (body.some((b) => b.type === 'heading')) return 'details';
  if (body.some((b) => b.type === 'table')) return 'table';
  return 'bullet';
}

/** `### 7. Title…` → `### 9. Title…`; an unnumbered entry comes back unchanged. */
export function renumberEntry(blockText: string, n: number): string {
  return blockText.replace(/^( {0,3}#{1,6}[ \t]+)\d{1,9}([.)])/, `$1${n}$2`);
}
