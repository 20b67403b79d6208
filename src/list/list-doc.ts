import type { ListEntry } from '../types.js';
import type { Block } from './blocks.js';
import type { Lines } from './lines.js';
import type { Section } from './sections.js';

/** How the list writes things, so that new entries look like the ones already there. */
export interface ListConventions {
  lineEnding: '\n' | '\r\n';
  bom: boolean;
  trailingNewline: boolean;
  /** The arxiv.org path most paper links in the target section (else the file) use. */
  arxivLink: 'abs' | 'pdf' | null;
  /** The marker new list items get: `-`, `*`, `+`, or `.`/`)` after a number in an ordered list. */
  bullet: BulletConvention;
  /** Entry headings in the `details` style. */
  numbering: NumberingConvention;
  updates: UpdatesConvention | null;
  /** The table new rows go into, when the target section has one. */
  table: TableConvention | null;
}

export interface BulletConvention {
  marker: string;
  ordered: boolean;
  /** Ordered lists: the number the next item gets. */
  nextNumber: number;
}

export interface NumberingConvention {
  numbered: boolean;
  /** Highest number among the entry headings where new ones go (0 when none). */
  highest: number;
  /** Depth of entry headings (`###` → 3). */
  depth: number;
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

export interface TableColumn {
  header: string;
  role: ColumnRole;
  /** The date format the column uses (role `date`). */
  dateFormat: string | null;
  /** The link text most cells of the column use, e.g. `Github`. */
  linkLabel: string | null;
}

export interface TableConvention {
  columns: TableColumn[];
  /** What the table writes in a cell with nothing to say: `-`, `—`, `N/A`, or nothing. */
  emptyCell: string;
  leadingPipe: boolean;
  trailingPipe: boolean;
}

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
  /** The section new entries go to, or null when no heading matches `section`. */
  target: Section | null;
  /** The section the updates line goes to, or null. */
  updates: Section | null;
  conventions: ListConventions;
  /** The name the target section was looked up by, for error messages. */
  sectionName: string;
  /** Top-level blocks and line offsets, for splicing. */
  blocks: Block[];
  lines: Lines;
}
