import type { Config } from '../config/schema.js';
import {
  editList,
  findEntryBlocks,
  readList,
  renderEntry,
  renumberEntry,
  type Insertion,
  type ListDoc,
} from '../list/index.js';
import { compareArxivIds } from '../arxiv/ids.js';
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
 * The list with the PR's entries spliced in (SPEC §5): entries in ascending arXiv id order,
 * numbered on from the highest number of `doc`; carried-over entries keep their text and get
 * their new number; one dated updates line counting every entry.
 */
export function buildListChange(
  text: string,
  doc: ListDoc,
  config: Config,
  entries: readonly PrEntry[],
  date: Date,
): ListChange {
  const { rendered, numbers } = renderPrEntries(doc, config, entries);
  const result = editList(text, doc, {
    entries: rendered,
    order: config.list.order,
    style: config.list.style,
    updates: { count: entries.length, date },
  });
  return { text: result.text, insertions: result.insertions, numbers };
}

/**
 * The PR's entries as text, in ascending arXiv id order, numbered on from the highest number of
 * `doc` (headings in `details`, items of an ordered list otherwise), the highest to the newest
 * entry; `spliceEntries` puts a prepended run newest first. Carried-over entries keep their text
 * and get their new number.
 */
export function renderPrEntries(
  doc: ListDoc,
  config: Config,
  entries: readonly PrEntry[],
): { rendered: Array<{ arxivId: string; text: string }>; numbers: Map<string, number | null> } {
  const { style } = config.list;
  const sorted = [...entries].sort((a, b) => compareArxivIds(a.arxivId, b.arxivId));
  const numbered = style === 'details' && doc.conventions.numbering.numbered;
  const first =
    style === 'details' ? doc.conventions.numbering.highest + 1 : doc.conventions.bullet.nextNumber;
  const numbers = new Map<string, number | null>();
  const rendered = sorted.map((entry, i) => {
    // Ascending ids, ascending numbers: the newest entry gets the highest, whichever end it goes to.
    const number = first + i;
    numbers.set(entry.arxivId, numbered ? number : null);
    const text =
      'candidate' in entry
        ? renderEntry(entry.candidate.paper, entry.candidate.links, style, doc.conventions, number)
        : numbered
          ? renumberEntry(entry.text, number)
          : entry.text;
    return { arxivId: entry.arxivId, text };
  });
  return { rendered, numbers };
}

export function readListFor(text: string, config: Config): ListDoc {
  return readList(text, {
    section: config.list.section,
    updatesSection: config.list.updatesSection,
    order: config.list.order,
  });
}

/** Each paper's entry as the text holds it, by base id (for carrying entries over to a rebuilt branch). */
export function entryTexts(text: string, doc: ListDoc, config: Config): Map<string, string> {
  const texts = new Map<string, string>();
  for (const block of findEntryBlocks(text, doc, config.list.style)) {
    if (block.arxivId !== null && !texts.has(block.arxivId)) texts.set(block.arxivId, block.text);
  }
  return texts;
}
