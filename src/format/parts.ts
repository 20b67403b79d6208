import type { ColumnRole } from '../list/list-doc.js';
import type { LinkRole } from './link-role.js';

/**
 * An entry read as the maintainer wrote it: its lines, each a run of parts that are either text
 * kept as written (markup, labels, separators) or a field the bot fills for a new paper.
 */
export type Part =
  | { type: 'text'; text: string }
  /** `12` in `### 12.` or in an ordered list item. */
  | { type: 'number'; text: string }
  /** A title written as text (a heading, a table cell), as markdown. */
  | { type: 'title'; text: string }
  /**
   * A link as written. `label` is its markdown; for a `title` link it is the title. `repo` is the
   * owner/repo inside a stars badge label; `named`: the label is the paper's short name.
   */
  | { type: 'link'; role: LinkRole; label: string; url: string; repo?: string; named?: boolean }
  /** A shields.io GitHub-stars image that is not a link (the badge after a title). */
  | { type: 'stars'; text: string; repo: string }
  | { type: 'date'; text: string; format: string }
  | { type: 'venue'; text: string }
  | { type: 'authors'; text: string; form: AuthorForm }
  | { type: 'name'; text: string }
  /** `html`: inside an HTML block (escaped as HTML), else a markdown paragraph. */
  | { type: 'abstract'; text: string; html: boolean }
  /** What the bot cannot fill: a citation into a .bib file, an image, a maintainer's own field. */
  | { type: 'fixed'; text: string }
  /** A table cell: its column, its padding as written, and what it holds. */
  | { type: 'cell'; column: number; role: ColumnRole; lead: string; trail: string; parts: Part[] };

/** `Jane Doe, Alan Turing, …` (capped at 20), `Jane Doe et al.`, `Doe et al.`. */
export type AuthorForm = 'list' | 'full-et-al' | 'surname-et-al';

export type Line = Part[];

export type EntryKind = 'heading' | 'item' | 'row';

/** One entry of a list, read into parts. */
export interface Entry {
  kind: EntryKind;
  lines: Line[];
  arxivId: string | null;
}

/** Found-link kinds, in the order the seed list writes them. */
export const LINK_KINDS = ['code', 'project', 'dataset', 'model', 'demo'] as const;

export function isLinkKind(role: string): role is (typeof LINK_KINDS)[number] {
  return (LINK_KINDS as readonly string[]).includes(role);
}

/** Parts a new entry may or may not have, by the paper: its links and badges. */
export function isOptional(part: Part): boolean {
  return (part.type === 'link' && (isLinkKind(part.role) || part.role === 'stars')) || part.type === 'stars';
}
