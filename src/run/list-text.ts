import type { Config } from '../config/schema.js';
import { addToGroup, type EntryToAdd } from '../format/new-entries.js';
import {
  editList,
  readList,
  StaleListDocError,
  type EntryGroup,
  type Insertion,
  type ListDoc,
} from '../list/index.js';
import { groupByLabel } from '../route/group-label.js';
import { routeGroups } from '../route/route-groups.js';
import type { Candidate } from '../types.js';
import type { PrPaper } from './body-input.js';

/**
 * An entry the PR holds: rendered tonight (its section on the candidate), or carried over verbatim
 * from the PR's branch (its section as the marker recorded it).
 */
export type PrEntry =
  { arxivId: string; candidate: Candidate } | { arxivId: string; text: string; section?: string };

/** The PR papers this run renders itself: those with a candidate (carried-over ones have text). */
export function newEntries(papers: readonly PrPaper[]): PrEntry[] {
  return papers.flatMap((paper) =>
    paper.candidate ? [{ arxivId: paper.arxivId, candidate: paper.candidate }] : [],
  );
}

export interface ListChange {
  text: string;
  /** Where the text was inserted, in the coordinates of the text it was built on. */
  insertions: Insertion[];
  /** The entry number each paper got (`### 6.`), when the list numbers its entries. */
  numbers: Map<string, number | null>;
}

/**
 * The list with the PR's entries spliced in (SPEC §5): each where the target section's order puts
 * it, written as its neighbours are; carried-over entries keep their text and get their new number;
 * one dated updates line counting every entry.
 */
export function buildListChange(
  text: string,
  doc: ListDoc,
  config: Config,
  entries: readonly PrEntry[],
  date: Date,
): ListChange {
  const { insertions, numbers } = entryInsertions(text, doc, config, entries);
  const result = editList(text, doc, { entries: insertions, updates: { count: entries.length, date } });
  return { text: result.text, insertions: result.insertions, numbers };
}

/**
 * The PR's entries placed in their sections (`list.section`; an entry without one, or whose section
 * the list no longer has, in the default section), as insertions into `text`. Each section gets its
 * papers in its own format and order, numbered on from its own entries.
 */
export function entryInsertions(
  text: string,
  doc: ListDoc,
  config: Config,
  entries: readonly PrEntry[],
): { insertions: Insertion[]; numbers: Map<string, number | null> } {
  if (text.length !== doc.textLength) throw new StaleListDocError();
  const { fallback } = routeGroups(doc, config.list.section);
  const byGroup = new Map<EntryGroup, EntryToAdd[]>();
  for (const entry of entries) {
    const label = 'candidate' in entry ? entry.candidate.section?.name : entry.section;
    const group = (label !== undefined ? groupByLabel(doc.groups, label) : null) ?? fallback;
    const toAdd: EntryToAdd =
      'candidate' in entry
        ? { arxivId: entry.arxivId, paper: entry.candidate.paper, links: entry.candidate.links }
        : { arxivId: entry.arxivId, text: entry.text };
    byGroup.set(group, [...(byGroup.get(group) ?? []), toAdd]);
  }
  const insertions: Insertion[] = [];
  const numbers = new Map<string, number | null>();
  for (const [group, toAdd] of byGroup) {
    const change = addToGroup(text, doc, group, toAdd, {
      order: config.list.order,
      style: config.list.style,
    });
    insertions.push(...change.insertions);
    for (const [id, number] of change.numbers) numbers.set(id, number);
  }
  return { insertions, numbers };
}

/** The list read for a run: `list.section`'s first name is the target (`auto`: none). */
export function readListFor(text: string, config: Config): ListDoc {
  const section = config.list.section === 'auto' ? undefined : config.list.section[0];
  return readList(text, { section, updatesSection: config.list.updatesSection });
}

/** The entries the text holds, by id, as written (for carrying them over to a rebuilt branch). */
export function entryTexts(text: string, doc: ListDoc): Map<string, string> {
  const texts = new Map<string, string>();
  for (const group of doc.groups) {
    for (const entry of group.entries) {
      if (entry.arxivId === null || texts.has(entry.arxivId)) continue;
      texts.set(
        entry.arxivId,
        text.slice(doc.lines.starts[entry.startLine], doc.lines.ends[entry.blockEndLine]),
      );
    }
  }
  return texts;
}
