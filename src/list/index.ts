/** Reading and editing the list file (SPEC §3 "listed", §5). Everything here is pure. */
export { readList, type ReadListOptions } from './read-list.js';
export type {
  ListDoc,
  ListConventions,
  TableConvention,
  TableColumn,
  ColumnRole,
  UpdatesConvention,
  NumberingConvention,
  BulletConvention,
} from './list-doc.js';
export type { Section } from './sections.js';
export { findSection } from './sections.js';
export { normaliseTitle, plainText } from './plain-text.js';
export { findArxivIds, arxivLinks, type ArxivLink } from './arxiv-links.js';
export { renderEntry } from './render-entry.js';
export { renderNewEntries, type PaperToAdd } from './render-new-entries.js';
export {
  spliceEntries,
  planEntries,
  type NewEntry,
  type SpliceOptions,
  type SpliceResult,
} from './splice-entries.js';
export { editList, type ListEdit } from './edit-list.js';
export { addUpdatesLine, planUpdatesLine, updatesLine } from './updates-line.js';
export { findEntryBlocks, renumberEntry, type EntryBlock } from './entry-blocks.js';
export { applyInsertions, removeInsertions, type Insertion } from './insertions.js';
export { ListSectionNotFoundError, StaleListDocError } from './errors.js';
export { formatDate, findDate } from './date-format.js';
