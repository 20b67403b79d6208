import { applyInsertions, type Insertion } from './insertions.js';
import type { ListDoc } from './list-doc.js';
import { planEntries, type NewEntry, type SpliceOptions, type SpliceResult } from './splice-entries.js';
import { planUpdatesLine } from './updates-line.js';

export interface ListEdit extends SpliceOptions {
  entries: NewEntry[];
  /** The dated updates line; left out when absent or when there is no updates section. */
  updates?: { count: number; date: Date };
}

/**
 * The whole change a run makes to the list: the entries and the updates line, both placed by
 * the positions read from the original text and inserted in one pass.
 */
export function editList(text: string, doc: ListDoc, edit: ListEdit): SpliceResult {
  const insertions: Insertion[] = [];
  const entries = planEntries(text, doc, edit.entries, edit);
  if (entries) insertions.push(entries);
  const updates =
    edit.updates && entries ? planUpdatesLine(text, doc, edit.updates.count, edit.updates.date) : null;
  if (updates) insertions.push(updates);
  return { text: applyInsertions(text, insertions), insertions };
}
