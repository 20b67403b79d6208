import type { Config } from '../config/schema.js';
import { addToGroup, type EntryToAdd } from '../format/new-entries.js';
import { editList, readList, requireTarget, type Insertion, type ListDoc } from '../list/index.js';
import type { Candidate } from '../types.js';
import type { PrPaper } from './body-input.js';

/** An entry the PR holds: rendered tonight, or carried over verbatim from the PR's branch. */
export type PrEntry = { arxivId: string; candidate: Candidate } | { arxivId: string; text: string };

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

/** The PR's entries placed in the target section, as insertions into `text`. */
export function entryInsertions(
  text: string,
  doc: ListDoc,
  config: Config,
  entries: readonly PrEntry[],
): { insertions: Insertion[]; numbers: Map<string, number | null> } {
  const target = requireTarget(text, doc);
  const toAdd: EntryToAdd[] = entries.map((entry) =>
    'candidate' in entry
      ? { arxivId: entry.arxivId, paper: entry.candidate.paper, links: entry.candidate.links }
      : entry,
  );
  return addToGroup(text, doc, target, toAdd, { order: config.list.order, style: config.list.style });
}

export function readListFor(text: string, config: Config): ListDoc {
  return readList(text, { section: config.list.section, updatesSection: config.list.updatesSection });
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
