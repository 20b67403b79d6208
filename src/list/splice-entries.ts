import { compareArxivIds } from '../arxiv/ids.js';
import type { ListStyle } from '../config/schema.js';
import type { Block } from './blocks.js';
import { ListSectionNotFoundError, StaleListDocError } from './errors.js';
import { applyInsertions, type Insertion } from './insertions.js';
import type { ListDoc } from './list-doc.js';
import { placeAfterLine, placeBeforeLine, type Placement } from './place-text.js';
import type { Section } from './sections.js';
import {
  entryHeadingDepth,
  entryHeadingRun,
  isLooseList,
  sectionBody,
  targetList,
  targetTable,
  type Order,
} from './target-blocks.js';

export interface NewEntry {
  arxivId: string;
  /** The rendered entry; trailing blank lines are ignored, the splice adds the list's own. */
  text: string;
}

export interface SpliceOptions {
  order: Order;
  /** Read from the entries when absent: `#` starts a `details` entry, `|` a table row. */
  style?: ListStyle;
}

export interface SpliceResult {
  text: string;
  insertions: Insertion[];
}

/**
 * Puts new entries into the target section at positions read from the list, never re-printing
 * it: every byte outside the inserted text stays as it was (SPEC §5). Appended entries go in
 * ascending arXiv id order (roughly by date) after the section's last entry; prepended ones in
 * descending order before its first, so that a newest-first list stays newest-first.
 */
export function spliceEntries(
  text: string,
  doc: ListDoc,
  entries: NewEntry[],
  options: SpliceOptions,
): SpliceResult {
  const insertion = planEntries(text, doc, entries, options);
  return insertion
    ? { text: applyInsertions(text, [insertion]), insertions: [insertion] }
    : { text, insertions: [] };
}

/** The insertion `spliceEntries` makes, as an offset into the original text; null for no entries. */
export function planEntries(
  text: string,
  doc: ListDoc,
  entries: NewEntry[],
  options: SpliceOptions,
): Insertion | null {
  const section = requireTarget(text, doc);
  if (entries.length === 0) return null;
  const sorted = [...entries].sort((a, b) => compareArxivIds(a.arxivId, b.arxivId));
  if (options.order === 'prepend') sorted.reverse();
  const le = doc.conventions.lineEnding;
  const blocks = sorted.map((entry) => {
    const lines = entryLines(entry.text, le);
    if (lines.trim() === '')
      throw new Error(`The entry for ${entry.arxivId} is empty; nothing to add to the list.`);
    return lines;
  });
  const style = options.style ?? styleOf(blocks[0]!);
  const placement = place(text, doc, section, style, options.order, blocks);
  return { ...placement, arxivIds: sorted.map((entry) => entry.arxivId) };
}

export function requireTarget(text: string, doc: ListDoc): Section {
  if (text.length !== doc.textLength) throw new StaleListDocError();
  if (!doc.target) {
    throw new ListSectionNotFoundError(
      doc.sectionName,
      doc.sections.map((section) => section.heading),
    );
  }
  return doc.target;
}

/** The entry's lines in the list's line ending, without trailing blank lines. */
function entryLines(text: string, lineEnding: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  while (lines.length > 1 && /^[ \t]*$/.test(lines[lines.length - 1]!)) lines.pop();
  return lines.join(lineEnding);
}

function styleOf(entry: string): ListStyle {
  if (/^ {0,3}#/.test(entry)) return 'details';
  if (/^\s*\|/.test(entry)) return 'table';
  return 'bullet';
}

function place(
  text: string,
  doc: ListDoc,
  section: Section,
  style: ListStyle,
  order: Order,
  blocks: string[],
): Placement {
  const { lines } = doc;
  const lineEnding = doc.conventions.lineEnding;
  const body = sectionBody(doc.blocks, section);
  const lastLine =
    body.length > 0 ? body[body.length - 1]!.endLine : doc.blocks[section.headingBlock]!.endLine;
  if (style === 'table') {
    const table = targetTable(body, order);
    if (!table) {
      throw new Error(`The section "${section.heading}" has no table to add rows to (list.style is table).`);
    }
    const anchor = order === 'append' ? table.endLine : table.delimiterLine!;
    return placeAfterLine(text, lines, anchor, blocks, { lead: 0, between: 0, lineEnding });
  }
  if (style === 'bullet') {
    const list = targetList(body, order, (line) => text.slice(lines.starts[line], lines.ends[line]));
    if (!list) return placeAfterLine(text, lines, lastLine, blocks, { lead: 1, between: 0, lineEnding });
    const between = looseness(list, body, doc.blocks) ? 1 : 0;
    return order === 'append'
      ? placeAfterLine(text, lines, list.endLine, blocks, { lead: between, between, lineEnding })
      : placeBeforeLine(lines, list.children[0]!.startLine, blocks, { lead: between, between, lineEnding });
  }
  const depth = entryHeadingDepth(body, section);
  const between = headingGap(body, depth);
  const first = order === 'prepend' ? entryHeadingRun(body, depth, 'prepend')[0] : undefined;
  return first
    ? placeBeforeLine(lines, first.startLine, blocks, { lead: between, between, lineEnding })
    : placeAfterLine(text, lines, lastLine, blocks, { lead: between, between, lineEnding });
}

/**
 * Whether items are separated by blank lines: as in the target list, or when it has only one
 * item, as in most other lists of the section (else of the file) with more than one.
 */
function looseness(list: Block, body: Block[], blocks: Block[]): boolean {
  if (list.children.length > 1) return isLooseList(list);
  for (const pool of [body, blocks]) {
    const lists = pool.filter((b) => b.type === 'list' && b.children.length > 1);
    if (lists.length > 0) return lists.filter(isLooseList).length * 2 > lists.length;
  }
  return false;
}

/** Blank lines most entry headings have before them (at most 2); 1 when there are none yet. */
function headingGap(body: Block[], depth: number): number {
  const counts = new Map<number, number>();
  body.forEach((block, i) => {
    const previous = body[i - 1];
    if (block.type !== 'heading' || block.depth !== depth || !previous) return;
    const blank = block.startLine - previous.endLine - 1;
    counts.set(blank, (counts.get(blank) ?? 0) + 1);
  });
  let best = 1;
  for (const [blank, count] of counts) if (count > (counts.get(best) ?? 0)) best = blank;
  return Math.min(best, 2);
}
