import type { ListEntry } from '../types.js';
import { builtInBackground, type Background } from './background.js';
import { TermWeights, type MemoryKind, type MemoryVector, type QueryTerm } from './term-weights.js';
import { joinedWords } from './words.js';

/**
 * TF-IDF cosine similarity between a candidate and the papers a list already holds (and the papers
 * its maintainers rejected). Built once per run: the memory's papers become sparse unit vectors in
 * an inverted index, so a query touches only the papers that share a word with it.
 *
 * - Words are weighted by 1 + log(count) times their IDF in the background sample of arXiv
 *   abstracts (`background.ts`), not in the list (see there why); a query is its most informative
 *   words (`term-weights.ts`).
 * - Entries with an abstract are compared with the candidate's title and abstract; entries that are
 *   only a title (bullet and table lists) with the candidate's title alone, because a title against a
 *   whole abstract always looks dissimilar.
 */

export interface Neighbour {
  kind: MemoryKind;
  entry: ListEntry;
  similarity: number;
}

export interface Nearest {
  listed: Neighbour | null;
  /** The cosines of the TOP_LISTED nearest listed papers, highest first (fewer when fewer share a word). */
  listedTop: number[];
  rejected: Neighbour | null;
}

/** A candidate's title and abstract as joined words (`prepareText(text).joined.words`). */
export interface QueryWords {
  title: readonly string[];
  abstract: readonly string[];
}

export interface SimilarityIndex {
  readonly size: number;
  /**
   * The most similar listed and rejected entries; `skip` leaves out the entries whose id it is, or
   * (an entry of the memory) that entry itself.
   */
  nearest(paper: QueryWords, skip?: string | ListEntry): Nearest;
}

/**
 * A listed paper's abstract counts with its first 150 words, read from its first 1,800 characters:
 * its topic is set out there. (The cut was made for speed; the cosines on score cards follow it.)
 */
export const MEMORY_ABSTRACT_WORDS = 150;
const MEMORY_ABSTRACT_CHARS = MEMORY_ABSTRACT_WORDS * 12;
/**
 * In a memory of at least PRUNE_FROM papers, a query skips the words that more than
 * MAX_POSTING_SHARE of them use (in a 5,000-paper image-generation list, "image" or
 * "autoregressive"): they tell little about which paper is nearest. They still count in the
 * query's norm, so such cosines come out a little lower, never higher. Smaller memories are
 * compared on every word. (Made for speed, kept as part of the model: large lists' scores follow it.)
 */
export const PRUNE_FROM = 2000;
export const MAX_POSTING_SHARE = 0.2;

/** Postings in compressed rows: the documents and weights of term t are `docIds/weights[offsets[t]..offsets[t+1])`. */
class Postings {
  private readonly offsets: Int32Array;
  private readonly docIds: Int32Array;
  private readonly weights: Float64Array;
  /** 1 for a rejected paper, 0 for a listed one. */
  private readonly rejected: Uint8Array;
  /** Each document's place in id order, for ties. */
  private readonly rank: Int32Array;
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  constructor(
    private readonly docs: MemoryVector[],
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
    this.rejected = Uint8Array.from(docs, (doc) => (doc.kind === 'rejected' ? 1 : 0));
    this.rank = new Int32Array(docs.length);
    docs
      .map((doc, d) => ({ key: keyOf(doc.entry), d }))
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.d - y.d))
      .forEach(({ d }, place) => (this.rank[d] = place));
    this.scores = new Float64Array(docs.length);
    this.touched = new Int32Array(docs.length);
  }

  /**
   * The best listed and the best rejected document for a query: highest cosine, ties to the lower
   * id (never to list order); `skip` leaves documents out (the paper's own entry).
   */
  best(query: QueryTerm[], skip: (doc: MemoryVector) => boolean): Nearest {
    const { scores, touched, offsets, docIds, weights, rejected, rank } = this;
    const longest = this.docs.length >= PRUNE_FROM ? this.docs.length * MAX_POSTING_SHARE : Infinity;
    let count = 0;
    for (const { id, weight } of query) {
      const end = offsets[id + 1]!;
      if (end - offsets[id]! > longest) continue;
      for (let i = offsets[id]!; i < end; i++) {
        const doc = docIds[i]!;
        if (scores[doc] === 0) touched[count++] = doc;
        scores[doc]! += weight * weights[i]!;
      }
    }
    const best = [-1, -1];
    const top = [0, 0];
    const listedTop: number[] = [];
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      const score = scores[d]!;
      const kind = rejected[d]!;
      if (kind === 0 && !skip(this.docs[d]!)) keepTop(listedTop, Math.min(1, score));
      const current = best[kind]!;
      if (score > top[kind]! || (score === top[kind]! && current >= 0 && rank[d]! < rank[current]!)) {
        if (!skip(this.docs[d]!)) {
          best[kind] = d;
          top[kind] = score;
        }
      }
    }
    for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
    return {
      listed: this.neighbour(best[0]!, top[0]!),
      listedTop,
      rejected: this.neighbour(best[1]!, top[1]!),
    };
  }

  private neighbour(d: number, score: number): Neighbour | null {
    const doc = this.docs[d];
    return doc === undefined ? null : { kind: doc.kind, entry: doc.entry, similarity: Math.min(1, score) };
  }
}

function keyOf(entry: ListEntry): string {
  return entry.arxivId ?? entry.title;
}

function nearer(a: Neighbour | null, b: Neighbour | null): Neighbour | null {
  if (a === null || b === null) return a ?? b;
  if (a.similarity !== b.similarity) return a.similarity > b.similarity ? a : b;
  return keyOf(a.entry) <= keyOf(b.entry) ? a : b;
}

const NOBODY: Nearest = { listed: null, listedTop: [], rejected: null };

/** How many of the nearest listed papers `Nearest.listedTop` keeps. */
export const TOP_LISTED = 10;

/** Inserts `value` into `top` (highest first), keeping at most TOP_LISTED values. */
function keepTop(top: number[], value: number): void {
  if (top.length === TOP_LISTED && value <= top[TOP_LISTED - 1]!) return;
  let at = top.length;
  while (at > 0 && top[at - 1]! < value) at -= 1;
  top.splice(at, 0, value);
  if (top.length > TOP_LISTED) top.pop();
}

export function buildSimilarityIndex(
  listed: ListEntry[],
  rejected: ListEntry[] = [],
  background: Background = builtInBackground(),
): SimilarityIndex {
  const weights = new TermWeights(background);
  const full: MemoryVector[] = [];
  const titleOnly: MemoryVector[] = [];
  const add = (kind: MemoryKind) => (entry: ListEntry) => {
    const hasAbstract = entry.abstract !== null && entry.abstract.trim() !== '';
    const abstract = hasAbstract ? joinedWords(entry.abstract!.slice(0, MEMORY_ABSTRACT_CHARS)) : [];
    const vector = weights.toVector(kind, entry, [
      joinedWords(entry.title),
      abstract.slice(0, MEMORY_ABSTRACT_WORDS),
    ]);
    if (vector) (hasAbstract ? full : titleOnly).push(vector);
  };
  listed.forEach(add('listed'));
  rejected.forEach(add('rejected'));
  const terms = weights.seal();
  const fullIndex = full.length > 0 ? new Postings(full, terms) : null;
  const titleIndex = titleOnly.length > 0 ? new Postings(titleOnly, terms) : null;

  return {
    size: full.length + titleOnly.length,
    nearest(paper, left) {
      const skip = (doc: MemoryVector) =>
        left !== undefined && (typeof left === 'string' ? doc.entry.arxivId === left : doc.entry === left);
      const fromTitles = titleIndex?.best(weights.toQuery([paper.title]), skip) ?? NOBODY;
      const fromFull = fullIndex?.best(weights.toQuery([paper.title, paper.abstract]), skip) ?? NOBODY;
      return {
        listed: nearer(fromFull.listed, fromTitles.listed),
        listedTop: [...fromFull.listedTop, ...fromTitles.listedTop]
          .sort((a, b) => b - a)
          .slice(0, TOP_LISTED),
        rejected: nearer(fromFull.rejected, fromTitles.rejected),
      };
    },
  };
}
