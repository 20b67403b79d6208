import { StaleListDocError } from './errors.js';
import { applyInsertions, type Insertion } from './insertions.js';
import type { ListDoc } from './list-doc.js';
import { planUpdatesLine } from './updates-line.js';

export interface ListEdit {
  /** The entries' insertions, as offsets into the text `doc` was read from. */
  entries: Insertion[];
  /** The dated updates line; left out when absent or when there is no updates section. */
  updates?: { count: number; date: Date };
}

export interface ListEditResult {
  text: string;
  insertions: Insertion[];
}

/**
 * The whole change a run makes to the list: the entries and the updates line, both placed by
 * the positions read from the original text and inserted in one pass.
 */
export function editList(text: string, doc: ListDoc, edit: ListEdit): ListEditResult {
  if (text.length !== doc.textLength) throw new StaleListDocError();
  const insertions = [...edit.entries];
  const updates =
    edit.updates && insertions.length > 0
      ? planUpdatesLine(text, doc, edit.updates.count, edit.updates.date)
      : null;
  if (updates) insertions.push(updates);
  return { text: applyInsertions(text, insertions), insertions };
}
