import { rowCells } from '../list/table-cells.js';
import type { EntryGroup, EntrySpan } from '../list/entry-groups.js';
import type { ListDoc } from '../list/list-doc.js';
import type { ColumnRole } from '../list/list-doc.js';
import { columnRole } from '../list/table-columns.js';
import type { Entry } from './parts.js';
import { readEntry } from './read-entry.js';

/** The entries of a group, read into parts; a row by what the columns of its table hold. */
export function readGroupEntries(text: string, doc: ListDoc, group: EntryGroup): Entry[] {
  return group.entries.map((span) => readSpan(text, doc, span));
}

export function readSpan(text: string, doc: ListDoc, span: EntrySpan): Entry {
  const { starts, ends } = doc.lines;
  const body = text.slice(starts[span.startLine], ends[span.endLine]);
  return readEntry(
    body,
    span.kind,
    span.kind === 'row' ? tableColumns(text, doc, span.container.headLine!) : [],
  );
}

/** What each column of a table holds, from its head row. */
export function tableColumns(text: string, doc: ListDoc, headLine: number): ColumnRole[] {
  return rowCells(text.slice(doc.lines.starts[headLine], doc.lines.ends[headLine])).map(columnRole);
}
