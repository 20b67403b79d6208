/** Reading and editing the list file (SPEC §3 "listed", §5). Everything here is pure. */
export { readList, type ReadListOptions } from './read-list.js';
export type { ListDoc, ListConventions, ColumnRole, UpdatesConvention } from './list-doc.js';
export type { Section } from './sections.js';
export { findSection } from './sections.js';
export type { EntryGroup, EntrySpan } from './entry-groups.js';
export { findGroup, requireTarget, subgroupsWithEntries } from './target-group.js';
export { normaliseTitle, plainText } from './plain-text.js';
export { findArxivIds, arxivLinks, type ArxivLink } from './arxiv-links.js';
export { editList, type ListEdit, type ListEditResult } from './edit-list.js';
export { addUpdatesLine, planUpdatesLine, updatesLine } from './updates-line.js';
export { applyInsertions, removeInsertions, type Insertion } from './insertions.js';
export {
  ListSectionError,
  ListSectionNotFoundError,
  NoPaperSectionsError,
  SectionHasSubsectionsError,
  StaleListDocError,
} from './errors.js';
export { formatDate, findDate } from './date-format.js';
export type { Order } from './entry-order.js';
