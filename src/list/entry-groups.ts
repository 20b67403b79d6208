import type { ListEntry } from '../types.js';
import type { ArxivLinkIndex } from './arxiv-links.js';
import type { Block } from './blocks.js';
import { entryItems, entryRows, headingEntry } from './entries.js';
import { nextLineStart, type Lines } from './lines.js';
import { plainText } from './plain-text.js';

/** One entry of the list where it stands: a heading with its paper, a list item, a table row. */
export interface EntrySpan {
  kind: 'heading' | 'item' | 'row';
  /** First and last line with content (a heading entry: up to its last block). */
  startLine: number;
  endLine: number;
  /** Last line of the entry's block: an item's nested lists included. */
  blockEndLine: number;
  arxivId: string | null;
  /** The paper as the entry shows it: its title, and its abstract where the list has one. */
  paper: ListEntry;
  /** The list or table holding the item or row; the heading of a heading entry. */
  container: Block;
}

/**
 * The smallest groups entries come in: a heading's own entries, or those of a
 * `<details><summary>Name</summary>` block (the Text-to-3D list's sections). A group's entries do
 * not include those of the groups inside it.
 */
export interface EntryGroup {
  /** The heading or the summary, as plain text. */
  name: string;
  kind: 'section' | 'details';
  /** Names of the groups it is inside, outermost first. */
  path: string[];
  /** Heading depth (a `details` group: that of the section it is in). */
  depth: number;
  /** Index of the enclosing group in the list of groups, or null. */
  parent: number | null;
  /** The heading line, or the last line of the block with `<summary>`. */
  openLine: number;
  /** Last line with content of the group's own blocks (the open line when it has none). */
  ownEndLine: number;
  /** Offsets: from the heading (or `<details>` block) to the next heading of the same or a higher level. */
  start: number;
  end: number;
  /** The group's own top-level blocks (not those of the groups inside it or of its entries). */
  blocks: Block[];
  entries: EntrySpan[];
}

export interface GroupInput {
  text: string;
  lines: Lines;
  blocks: Block[];
  links: ArxivLinkIndex;
}

const DETAILS_OPEN = /<details\b/gi;
const DETAILS_CLOSE = /<\/details>/gi;
const SUMMARY = /<summary>([\s\S]*?)<\/summary>/i;

export function entryGroups({ text, lines, blocks, links }: GroupInput): EntryGroup[] {
  const slice = (from: number, to: number): string => text.slice(lines.starts[from], lines.ends[to]);
  const firstId = (from: number, to: number): string | null =>
    links.firstId(lines.starts[from]!, lines.ends[to]!);
  const groups: EntryGroup[] = [];
  const open: number[] = [];
  const current = (): EntryGroup | undefined => groups[open[open.length - 1]!];
  const openGroup = (
    group: Omit<EntryGroup, 'path' | 'parent' | 'ownEndLine' | 'blocks' | 'entries' | 'end'>,
  ) => {
    const parent = open.length > 0 ? open[open.length - 1]! : null;
    const path = parent === null ? [] : [...groups[parent]!.path, groups[parent]!.name];
    groups.push({
      ...group,
      path,
      parent,
      ownEndLine: group.openLine,
      blocks: [],
      entries: [],
      end: text.length,
    });
    open.push(groups.length - 1);
  };
  const close = (offset: number): void => {
    groups[open.pop()!]!.end = offset;
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const offset = lines.starts[block.startLine]!;
    if (block.type === 'heading') {
      const body = headingBody(blocks, i);
      const notComment = (b: Block): boolean =>
        !slice(b.startLine, b.startLine).trimStart().startsWith('<!--');
      const own = body.filter((b) => (b.type === 'paragraph' || b.type === 'html') && notComment(b));
      const leading = leadingText(body).filter(notComment);
      let arxivId: string | null = null;
      for (let b = 0; b < leading.length && arxivId === null; b++)
        arxivId = firstId(leading[b]!.startLine, leading[b]!.endLine);
      const ownText = own.map((b) => slice(b.startLine, b.endLine)).join('\n');
      const paper = block.depth! >= 2 ? headingEntry(block.text!, ownText, arxivId) : null;
      const isEntry = paper !== null;
      // An entry heading belongs to the nearest group above its level (`### 3.` under `## Papers`).
      while (isEntry && current()?.kind === 'section' && current()!.depth >= block.depth!) close(offset);
      const group = current();
      if (isEntry && group) {
        const last = body[body.length - 1] ?? block;
        group.entries.push({
          kind: 'heading',
          startLine: block.startLine,
          endLine: last.endLine,
          blockEndLine: last.endLine,
          arxivId,
          paper: paper!,
          container: block,
        });
        group.ownEndLine = last.endLine;
        i += body.length;
        continue;
      }
      const depth = block.depth!;
      const at = open.findIndex((g) => groups[g]!.kind === 'section' && groups[g]!.depth >= depth);
      while (at >= 0 && open.length > at) close(offset);
      openGroup({
        name: plainText(block.text!),
        kind: 'section',
        depth,
        openLine: block.endLine,
        start: offset,
      });
      continue;
    }
    const group = current();
    if (block.type === 'html') {
      const html = slice(block.startLine, block.endLine);
      const opens = html.match(DETAILS_OPEN)?.length ?? 0;
      const closes = html.match(DETAILS_CLOSE)?.length ?? 0;
      const summary = SUMMARY.exec(html);
      if (opens > closes && summary && group) {
        openGroup({
          name: plainText(summary[1]!),
          kind: 'details',
          depth: group.depth,
          openLine: block.endLine,
          start: offset,
        });
        continue;
      }
      if (closes > opens && group?.kind === 'details') {
        close(nextLineStart(lines, block.endLine, text.length));
        continue;
      }
    }
    if (!group) continue;
    group.blocks.push(block);
    group.ownEndLine = block.endLine;
    if (block.type === 'list') {
      for (const { item, entry } of entryItems(block, slice, firstId)) {
        group.entries.push({
          kind: 'item',
          startLine: item.startLine,
          endLine: itemOwnEnd(item),
          blockEndLine: item.endLine,
          arxivId: entry.arxivId,
          paper: entry,
          container: block,
        });
      }
    } else if (block.type === 'table') {
      for (const { line, entry } of entryRows(
        block,
        (l) => slice(l, l),
        (l) => firstId(l, l),
      )) {
        group.entries.push({
          kind: 'row',
          startLine: line,
          endLine: line,
          blockEndLine: line,
          arxivId: entry.arxivId,
          paper: entry,
          container: block,
        });
      }
    }
  }
  while (open.length > 0) close(text.length);
  return groups;
}

/** The blocks after a heading up to the next heading. */
function headingBody(blocks: Block[], index: number): Block[] {
  const body: Block[] = [];
  for (let i = index + 1; i < blocks.length && blocks[i]!.type !== 'heading'; i++) body.push(blocks[i]!);
  return body;
}

/**
 * The paragraphs and HTML right under a heading, up to a list or table: where a heading entry links
 * its paper (a section heading may link a survey in an introduction above its list of papers).
 */
function leadingText(body: Block[]): Block[] {
  const end = body.findIndex((b) => b.type !== 'paragraph' && b.type !== 'html');
  return end < 0 ? body : body.slice(0, end);
}

/** An item's lines up to its nested list (whose items are entries of their own). */
function itemOwnEnd(item: Block): number {
  const nested = item.children.find((child) => child.type === 'list');
  return nested ? Math.max(item.startLine, nested.startLine - 1) : item.endLine;
}
