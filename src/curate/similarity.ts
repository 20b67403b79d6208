import type { ListEntry } from '../types.js';
import { builtInBackground, type Background } from './background.js';
import { joinedWords, type PreparedText } from './match.js';
import { countTerms } from './terms.js';

/**
 * TF-IDF cosine similarity between a candidate and the papers a list already holds (and the papers
 * its maintainers rejected). Built once per run: the memory's papers become sparse unit vectors in
 * an inverted index, so a query touches only the papers that share a word with it.
 *
 * - Words are weighted by 1 + log(count) times their IDF in the background sample of arXiv
 *   abstracts (`background.ts`), not in the list (see there why).
 * - A query uses its `QUERY_TERMS` most informative words (its norm counts all of them): the rest
 *   are words so common that they barely move a cosine, yet their long postings would dominate the
 *   time of a query against a 5,000-entry list.
 * - Entries with an abstract are compared with the candidate's title and abstract; entries that are
 *   only a title (bullet and table lists) with the candidate's title alone, because a title against a
 *   whole abstract always looks dissimilar.
 */

export type MemoryKind = 'listed' | 'rejected';

export interface Neighbour {
  kind: MemoryKind;
  entry: ListEntry;
  similarity: number;
}

export interface Nearest {
  listed: Neighbour | null;
  rejected: Neighbour | null;
}

/** A candidate's title and abstract, prepared once by the scorer and shared with the phrase matcher. */
export interface PreparedPaper {
  title: PreparedText;
  abstract: PreparedText;
}

export interface SimilarityIndex {
  readonly size: number;
  /** The most similar listed and rejected entries; entries whose id is `excludeId` are skipped. */
  nearest(paper: PreparedPaper, excludeId?: string): Nearest;
}

export const QUERY_TERMS = 40;

interface Doc {
  kind: MemoryKind;
  entry: ListEntry;
  /** Unit vector: parallel arrays of term ids and weights. */
  termIds: Int32Array;
  weights: Float64Array;
}

/**
 * Term ids and IDF weights. Every term met gets an id, memory terms first: ids below `memoryTerms`
 * have postings; later ones (words only candidates use) just cache their IDF.
 */
class Weighting {
  private readonly ids = new Map<string, number>();
  private readonly idfs: number[] = [];
  memoryTerms = 0;

  constructor(private readonly background: Background) {}

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.idfs.length;
      this.ids.set(term, id);
      const df = this.background.df.get(term) ?? 0;
      this.idfs.push(Math.log((this.background.documents + 1) / (df + 1)) + 1);
    }
    return id;
  }

  /** A memory paper as a unit vector. */
  toDoc(kind: MemoryKind, entry: ListEntry, counts: Map<string, number>): Doc {
    const termIds = new Int32Array(counts.size);
    const weights = new Float64Array(counts.size);
    let norm = 0;
    let i = 0;
    for (const [term, count] of counts) {
      const id = this.idOf(term);
      const weight = (1 + Math.log(count)) * this.idfs[id]!;
      termIds[i] = id;
      weights[i++] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (let j = 0; j < weights.length; j++) weights[j]! /= norm || 1;
    this.memoryTerms = this.idfs.length;
    return { kind, entry, termIds, weights };
  }

  /** The query's most informative terms that the memory knows, weighted as a unit vector over all its terms. */
  toQuery(counts: Map<string, number>): { id: number; weight: number }[] {
    const all: { term: string; id: number; weight: number }[] = [];
    let norm = 0;
    for (const [term, count] of counts) {
      const id = this.idOf(term);
      const weight = (1 + Math.log(count)) * this.idfs[id]!;
      all.push({ term, id, weight });
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    // Heaviest first, ties by the term itself: the cut depends on nothing but the paper's own text.
    all.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
    const query: { id: number; weight: number }[] = [];
    for (let i = 0; i < all.length && i < QUERY_TERMS; i++) {
      const { id, weight } = all[i]!;
      if (id < this.memoryTerms) query.push({ id, weight: weight / norm });
    }
    return query;
  }
}

/** Postings in compressed rows: the documents and weights of term t are `docIds/weights[offsets[t]..offsets[t+1])`. */
class Postings {
  private readonly offsets: Int32Array;
  private readonly docIds: Int32Array;
  private readonly weights: Float64Array;
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  constructor(
    private readonly docs: Doc[],
    terms: number,
  ) {
    const offsets = new Int32Array(terms + 1);
    for (const doc of docs) for (const id of doc.termIds) offsets[id + 1]! += 1;
    for (let t = 0; t < terms; t++) offsets[t + 1]! += offsets[t]!;
    const fill = offsets.slice(0, terms);
    this.docIds = new Int32Array(offsets[terms]!);
    this.weights = new Float64Array(offsets[terms]!);
    docs.forEach((doc, d) => {
      for (let i = 0; i < doc.termIds.length; i++) {
        const at = fill[doc.termIds[i]!]!++;
        this.docIds[at] = d;
        this.weights[at] = doc.weights[i]!;
      }
    });
    this.offsets = offsets;
    this.scores = new Float64Array(docs.length);
    this.touched = new Int32Array(docs.length);
  }

  /** The best listed and the best rejected document for a query; `skip` leaves documents out. */
  best(query: { id: number; weight: number }[], skip: (doc: Doc) => boolean): Nearest {
    const { scores, touched, offsets, docIds, weights } = this;
    let count = 0;
    for (const { id, weight } of query) {
      const end = offsets[id + 1]!;
      for (let i = offsets[id]!; i < end; i++) {
        const doc = docIds[i]!;
        if (scores[doc] === 0) touched[count++] = doc;
        scores[doc]! += weight * weights[i]!;
      }
    }
    const best: Record<MemoryKind, number> = { listed: -1, rejected: -1 };
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      const doc = this.docs[d]!;
      const current = best[doc.kind];
      if (!skip(doc) && (current < 0 || beats(scores[d]!, doc, scores[current]!, this.docs[current]!))) {
        best[doc.kind] = d;
      }
    }
    const found: Nearest = { listed: null, rejected: null };
    for (const kind of ['listed', 'rejected'] as const) {
      const d = best[kind];
      if (d >= 0) found[kind] = { kind, entry: this.docs[d]!.entry, similarity: Math.min(1, scores[d]!) };
    }
    for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
    return found;
  }
}

function keyOf(entry: ListEntry): string {
  return entry.arxivId ?? entry.title;
}

/** Higher similarity wins; equal similarity goes to the lower id (then title), never to list order. */
function beats(score: number, doc: Doc, bestScore: number, bestDoc: Doc): boolean {
  if (score !== bestScore) return score > bestScore;
  return keyOf(doc.entry) < keyOf(bestDoc.entry);
}

function nearer(a: Neighbour | null, b: Neighbour | null): Neighbour | null {
  if (a === null || b === null) return a ?? b;
  if (a.similarity !== b.similarity) return a.similarity > b.similarity ? a : b;
  return keyOf(a.entry) <= keyOf(b.entry) ? a : b;
}

const NOBODY: Nearest = { listed: null, rejected: null };

export function buildSimilarityIndex(
  listed: ListEntry[],
  rejected: ListEntry[] = [],
  background: Background = builtInBackground(),
): SimilarityIndex {
  const weighting = new Weighting(background);
  const full: Doc[] = [];
  const titleOnly: Doc[] = [];
  const add = (kind: MemoryKind) => (entry: ListEntry) => {
    const hasAbstract = entry.abstract !== null && entry.abstract.trim() !== '';
    const counts = countTerms(
      hasAbstract ? [joinedWords(entry.title), joinedWords(entry.abstract!)] : [joinedWords(entry.title)],
    );
    if (counts.size > 0) (hasAbstract ? full : titleOnly).push(weighting.toDoc(kind, entry, counts));
  };
  listed.forEach(add('listed'));
  rejected.forEach(add('rejected'));
  const terms = weighting.memoryTerms;
  const fullIndex = full.length > 0 ? new Postings(full, terms) : null;
  const titleIndex = titleOnly.length > 0 ? new Postings(titleOnly, terms) : null;

  return {
    size: full.length + titleOnly.length,
    nearest(paper, excludeId) {
      const skip = (doc: Doc) => excludeId !== undefined && doc.entry.arxivId === excludeId;
      const fromTitles =
        titleIndex?.best(weighting.toQuery(countTerms([paper.title.joined.words])), skip) ?? NOBODY;
      const fromFull =
        fullIndex?.best(
          weighting.toQuery(countTerms([paper.title.joined.words, paper.abstract.joined.words])),
          skip,
        ) ?? NOBODY;
      return {
        listed: nearer(fromFull.listed, fromTitles.listed),
        rejected: nearer(fromFull.rejected, fromTitles.rejected),
      };
    },
  };
}
