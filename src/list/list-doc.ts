import type { ListEntry } from '../types.js';
import type { Block } from './blocks.js';
import type { EntryGroup } from './entry-groups.js';
import type { Lines } from './lines.js';
import type { Section } from './sections.js';

/**
 * How the list writes things around its entries. How it writes an entry is learned from the
 * entries themselves (`src/format/`).
 */
export interface ListConventions {
  lineEnding: '\n' | '\r\n';
  bom: boolean;
  trailingNewline: boolean;
  updates: UpdatesConvention | null;
}

export interface UpdatesConvention {
  marker: string;
  /** From `findDate`, e.g. `MMM-DD-YYYY`. */
  dateFormat: string;
  /** What surrounds the date in the existing lines: `**[`, `]**`, then `: `. */
  before: string;
  after: string;
  separator: string;
}

export type ColumnRole =
  | 'title'
  | 'name'
  | 'authors'
  | 'venue'
  | 'date'
  | 'code'
  | 'project'
  | 'demo'
  | 'dataset'
  | 'arxiv'
  | 'other';

/** A list file as read: what it holds, where its sections are, how it writes entries. */
export interface ListDoc {
  /** Length of the text it was read from: a guard against splicing into another version. */
  textLength: number;
  /** Every base arXiv id linked anywhere in the file (comments and code included). */
  ids: Set<string>;
  entries: ListEntry[];
  /** `normaliseTitle(title)` → title, for every entry. */
  listedTitles: Map<string, string>;
  sections: Section[];
  /** The groups entries come in (sections and `<details>` blocks), in document order. */
  groups: EntryGroup[];
  /** The group new entries go to, or null when no heading or summary matches `section`. */
  target: EntryGroup | null;
  /** The section the updates line goes to, or null. */
  updates: Section | null;
  conventions: ListConventions;
  /** The name the target section was looked up by, for error messages. */
  sectionName: string;
  /** Top-level blocks and line offsets, for splicing. */
  blocks: Block[];
  lines: Lines;
}
