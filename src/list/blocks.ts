import MarkdownIt, { type Token } from 'markdown-it';
import { splitLines, type Lines } from './lines.js';

/**
 * The block structure of a markdown document, line by line: containers (block quotes, lists)
 * and leaves (headings, paragraphs, code, HTML, tables), from markdown-it's block tokens.
 * markdown-it follows CommonMark (https://spec.commonmark.org/0.31.2/) and GFM tables, as
 * GitHub's renderer does. A test compares the outline with remark-parse's on every fixture.
 */
export type BlockType =
  'blockquote' | 'list' | 'listItem' | 'heading' | 'paragraph' | 'code' | 'html' | 'table' | 'thematicBreak';

export interface Block {
  type: BlockType;
  /** 0-based index of the first and the last line with content of this block. */
  startLine: number;
  endLine: number;
  children: Block[];
  /** Heading depth (1–6). */
  depth?: number;
  /** Heading text as written (inline markdown not parsed). */
  text?: string;
  /** List: the bullet character, or the delimiter (`.`/`)`) of an ordered list. */
  marker?: string;
  /** Ordered list: the number of its first item. */
  start?: number;
  /** Table: lines of the head row, the delimiter row and the body rows. */
  headLine?: number;
  delimiterLine?: number;
  rowLines?: number[];
}

export interface DocumentBlocks {
  /** The top-level blocks. */
  blocks: Block[];
  lines: Lines;
}

// Only the block rules run: inline content (links, emphasis) is never needed for the outline.
// Link reference definitions are kept as tokens (markdown-it 15 strips them by default), as they
// are lines of the text that a section or a heading's entry holds.
const md = new MarkdownIt({ html: true });
md.core.ruler.enableOnly(['normalize', 'block']);

const BLOCK_TYPES: Record<string, BlockType> = {
  blockquote_open: 'blockquote',
  bullet_list_open: 'list',
  ordered_list_open: 'list',
  list_item_open: 'listItem',
  heading_open: 'heading',
  paragraph_open: 'paragraph',
  reference_definition: 'paragraph',
  table_open: 'table',
  fence: 'code',
  code_block: 'code',
  html_block: 'html',
  hr: 'thematicBreak',
};
const CONTAINERS = new Set<BlockType>(['blockquote', 'list', 'listItem']);

/** The blocks of `text` from offset `from` (past a byte order mark), with line offsets into `text`. */
export function readBlocks(text: string, from = 0): DocumentBlocks {
  const lines = splitLines(text, from);
  const isBlank = (line: number): boolean =>
    /^[ \t]*$/.test(text.slice(lines.starts[line], lines.ends[line]));
  const blocks: Block[] = [];
  const open: Block[] = [];
  for (const token of md.parse(text.slice(from), {})) {
    const parent = open[open.length - 1];
    const type = BLOCK_TYPES[token.type];
    if (type && token.map) {
      // A leaf's map ends after its last line; a container's is cut back when it closes.
      const [startLine, mapEnd] = token.map;
      const siblings = parent?.children ?? blocks;
      const previous = siblings[siblings.length - 1];
      let block: Block;
      if (type === 'paragraph' && previous?.type === 'paragraph' && previous.endLine === startLine - 1) {
        // Only link reference definitions touch another paragraph: they and the text after them
        // are one paragraph of the text, as the outline has always read them.
        block = previous;
        block.endLine = mapEnd - 1;
      } else {
        block = { type, startLine, endLine: mapEnd - 1, children: [], ...typeFields(token, type) };
        siblings.push(block);
      }
      if (token.nesting === 1) open.push(block);
    } else if (token.type === 'inline' && parent?.type === 'heading') {
      // A setext heading's later lines keep their indentation in markdown-it's content.
      parent.text = token.content.replace(/\n[ \t]+/g, '\n');
    } else if (token.type === 'tr_open' && parent?.type === 'table') {
      if (parent.headLine === undefined) {
        parent.headLine = token.map![0];
        parent.delimiterLine = parent.headLine + 1;
      } else {
        parent.rowLines!.push(token.map![0]);
      }
    } else if (token.nesting === -1 && BLOCK_TYPES[token.type.replace(/_close$/, '_open')]) {
      const block = open.pop()!;
      if (CONTAINERS.has(block.type)) block.endLine = lastContentLine(block, isBlank);
    }
  }
  return { blocks, lines };
}

/**
 * A container's map also takes in the blank lines after it. Its last line with content may be a
 * lone `>`, or a blank line that a fence or an HTML comment inside it holds.
 */
function lastContentLine(block: Block, isBlank: (line: number) => boolean): number {
  let end = block.endLine;
  while (end > block.startLine && isBlank(end)) end--;
  return Math.max(end, block.children[block.children.length - 1]?.endLine ?? end);
}

/** Fields that only some block types have. */
function typeFields(token: Token, type: BlockType): Partial<Block> {
  switch (type) {
    case 'heading':
      return { depth: Number(token.tag.slice(1)), text: '' };
    case 'list':
      return token.type === 'ordered_list_open'
        ? { marker: token.markup, start: Number(token.attrGet('start') ?? 1) }
        : { marker: token.markup };
    case 'table':
      return { rowLines: [] };
    default:
      return {};
  }
}
