import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { readBlocks, type Block } from '../../src/list/blocks.js';

/**
 * The block structure of a document as one line per block, `type from-to` (1-based lines),
 * indented by nesting, so that remark's tree and the scanner's can be compared as text.
 * Link reference definitions count as paragraphs: the scanner does not tell them apart, and
 * nothing in a list edit depends on them.
 */
export function remarkOutline(text: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  return outlineRemark(tree.children, 0, contentEnd(text)).join('\n');
}

export function blocksOutline(text: string): string {
  return outlineBlocks(readBlocks(text).blocks, 0, contentEnd(text)).join('\n');
}

type EndOf = (line: number, from: number) => number;

/**
 * Both parsers agree on where content is but not always on whether a block's position takes in
 * a following line that holds only whitespace or block quote markers (remark's list inside a
 * quote does, its item does not), so ends are compared at the last line with content.
 */
function contentEnd(text: string): EndOf {
  const lines = text.split(/\r\n|\r|\n/);
  return (line, from) => {
    let end = line;
    while (end > from && /^[\s>]*$/.test(lines[end - 1] ?? '')) end--;
    return end;
  };
}

interface Item {
  type: string;
  from: number;
  to: number;
  children: string[];
}

function outlineRemark(nodes: Nodes[], depth: number, endOf: EndOf): string[] {
  const items: Item[] = [];
  let notBefore = 0;
  for (const node of nodes) {
    const { start, end } = node.position!;
    // remark sometimes starts a setext heading at the definitions before its text.
    const from = Math.max(start.line, notBefore);
    notBefore = node.type === 'definition' ? end.line + 1 : 0;
    // A leaf that ends with its line ending has its end at the start of the next line.
    let to = endOf(end.column === 1 && end.line > start.line ? end.line - 1 : end.line, from);
    let type: string = node.type;
    let children: string[] = [];
    if (node.type === 'heading') type = `heading${node.depth}`;
    if (node.type === 'definition') type = 'paragraph';
    if (node.type === 'table') {
      children = node.children.map((row) =>
        line(depth + 1, 'row', row.position!.start.line, row.position!.end.line),
      );
    } else if (
      node.type === 'list' ||
      node.type === 'listItem' ||
      node.type === 'blockquote' ||
      node.type === 'footnoteDefinition'
    ) {
      children = outlineRemark(node.children, depth + 1, endOf);
      // An unclosed fence in a list item makes remark end the item inside the next line's
      // marker; a container's content ends where its last child's content ends.
      to = Math.max(from, ...children.map((child) => Number(/-(\d+)$/.exec(child)![1])));
    }
    const previous = items[items.length - 1];
    if (type === 'paragraph' && previous?.type === 'paragraph' && previous.to + 1 === from) {
      previous.to = to;
      continue;
    }
    items.push({ type, from, to, children });
  }
  return items.flatMap((item) => [line(depth, item.type, item.from, item.to), ...item.children]);
}

function outlineBlocks(blocks: Block[], depth: number, endOf: EndOf): string[] {
  return blocks.flatMap((block) => {
    const type = block.type === 'heading' ? `heading${block.depth}` : block.type;
    const own = line(depth, type, block.startLine + 1, endOf(block.endLine + 1, block.startLine + 1));
    if (block.type === 'table') {
      const rows = [block.headLine!, ...block.rowLines!];
      return [own, ...rows.map((row) => line(depth + 1, 'row', row + 1, row + 1))];
    }
    return [own, ...outlineBlocks(block.children, depth + 1, endOf)];
  });
}

function line(depth: number, type: string, from: number, to: number): string {
  return `${'  '.repeat(depth)}${type} ${from}-${to}`;
}
