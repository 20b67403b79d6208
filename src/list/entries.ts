import type { ListEntry } from '../types.js';
import { firstArxivId, type ArxivLinkIndex } from './arxiv-links.js';
import type { Block } from './blocks.js';
import { bulletTitle, headingTitle } from './entry-title.js';
import type { Lines } from './lines.js';
import { plainText } from './plain-text.js';
import { rowCells } from './table-cells.js';
import { columnRole } from './table-columns.js';

/**
 * The papers the list shows, in every section, for dedup by title and for similarity: a heading
 * with a paper under it (the `details` style), a list item with a titled link, a table row.
 * Headings, lists and tables inside HTML comments or code are not read.
 */
export function readEntries(text: string, lines: Lines, blocks: Block[], links: ArxivLinkIndex): ListEntry[] {
  const slice = (from: number, to: number): string => text.slice(lines.starts[from], lines.ends[to]);
  /** The first arXiv id linked in lines `from … to`. */
  const firstId = (from: number, to: number): string | null =>
    links.firstId(lines.starts[from]!, lines.ends[to]!);
  const entries: ListEntry[] = [];
  const nextHeading: number[] = [];
  let next = blocks.length;
  for (let i = blocks.length - 1; i >= 0; i--) {
    nextHeading[i] = next;
    if (blocks[i]!.type === 'heading') next = i;
  }
  blocks.forEach((block, index) => {
    if (block.type === 'heading' && block.depth! >= 2) {
      // The heading's own paragraphs and HTML: a list or a table under a heading holds other
      // entries, and code (a BibTeX block citing the list's own paper) says nothing about it.
      const own = blocks
        .slice(index + 1, nextHeading[index])
        .filter((b) => b.type === 'paragraph' || b.type === 'html');
      const body = own.map((b) => slice(b.startLine, b.endLine)).join('\n');
      let arxivId: string | null = null;
      for (let b = 0; b < own.length && arxivId === null; b++)
        arxivId = firstId(own[b]!.startLine, own[b]!.endLine);
      const entry = headingEntry(block.text!, body, arxivId);
      if (entry) entries.push(entry);
    } else if (block.type === 'list') {
      entries.push(...listEntries(block, slice, firstId));
    } else if (block.type === 'table') {
      entries.push(
        ...tableEntries(
          block,
          (line) => slice(line, line),
          (line) => firstId(line, line),
        ),
      );
    }
  });
  return entries;
}

const AUTHORS = /\*\*Authors?:?\*\*|^Authors?:/im;
const ABSTRACT = /<summary>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/i;

export function headingEntry(heading: string, body: string, arxivId: string | null): ListEntry | null {
  const abstract = abstractOf(body);
  if (arxivId === null && abstract === null && !AUTHORS.test(body)) return null;
  const title = headingTitle(heading);
  return title === '' ? null : { arxivId, title, abstract };
}

function abstractOf(body: string): string | null {
  const match = ABSTRACT.exec(body);
  if (!match || !/abstract/i.test(match[1]!)) return null;
  const abstract = plainText(match[2]!);
  return abstract === '' ? null : abstract;
}

/**
 * Each item up to its nested lists is an entry or not; the nested lists are read the same way,
 * so `- Editing` with the papers one level down gives the papers.
 */
function listEntries(
  list: Block,
  slice: (from: number, to: number) => string,
  firstId: (from: number, to: number) => string | null,
): ListEntry[] {
  return entryItems(list, slice, firstId).map(({ entry }) => entry);
}

/** The items of a list (nested lists included, in reading order) that are entries. */
export function entryItems(
  list: Block,
  slice: (from: number, to: number) => string,
  firstId: (from: number, to: number) => string | null,
): Array<{ item: Block; entry: ListEntry }> {
  return list.children.flatMap((item) => {
    const nested = item.children.filter((child) => child.type === 'list');
    const ownEnd = nested.length > 0 ? Math.max(item.startLine, nested[0]!.startLine - 1) : item.endLine;
    const entry = bulletEntry(slice(item.startLine, ownEnd), () => firstId(item.startLine, ownEnd));
    return [
      ...(entry ? [{ item, entry }] : []),
      ...nested.flatMap((child) => entryItems(child, slice, firstId)),
    ];
  });
}

/** A link with a title of a few words, or any link on an item that links an arXiv paper. */
function bulletEntry(item: string, firstId: () => string | null): ListEntry | null {
  const found = bulletTitle(item);
  if (!found) return null;
  const arxivId = firstId();
  const words = found.title.split(/\s+/).length;
  if (arxivId === null && (words < 4 || !/^https?:/i.test(found.url))) return null;
  return { arxivId, title: found.title, abstract: null };
}

/** A `-`, `N/A` or `TBD` in a title column is no title; a paper titled `0` or `R` is one. */
function isPlaceholder(title: string): boolean {
  return !/[\p{L}\p{N}]/u.test(title) || /^(?:n\/?a|tbd|todo|none)$/i.test(title.trim());
}

function tableEntries(
  table: Block,
  lineText: (line: number) => string,
  firstId: (line: number) => string | null,
): ListEntry[] {
  return entryRows(table, lineText, firstId).map(({ entry }) => entry);
}

/** The body rows of a table that are entries: a title in the title column, or an arXiv link. */
export function entryRows(
  table: Block,
  lineText: (line: number) => string,
  firstId: (line: number) => string | null,
): Array<{ line: number; entry: ListEntry }> {
  const titleColumn = rowCells(lineText(table.headLine!)).findIndex((cell) => columnRole(cell) === 'title');
  const rows: Array<{ line: number; entry: ListEntry }> = [];
  for (const line of table.rowLines!) {
    const cells = rowCells(lineText(line));
    const arxivId = firstId(line);
    const cell = titleColumn >= 0 ? cells[titleColumn] : cells.find((c) => firstArxivId(c) !== null);
    if (cell === undefined || (titleColumn < 0 && arxivId === null)) continue;
    const title = bulletTitle(cell)?.title ?? plainText(cell);
    // A title cell linking a paper is an entry whatever its title says (a paper may be titled `---`).
    if (!isPlaceholder(title) || firstArxivId(cell) !== null)
      rows.push({ line, entry: { arxivId, title, abstract: null } });
  }
  return rows;
}
