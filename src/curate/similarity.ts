import type { ListEntry } from '../types.js';
import { builtInBackground, type Background } from './background.js';
import { joinedSpelling, writtenJoinedWords } from './match.js';
import { termOf } from './terms.js';

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

/**
 * A candidate's title and abstract as joined words: `prepareText(text).joined.words` (when the
 * scorer prepared the text for its phrases anyway) or the same words as written,
 * `writtenJoinedWords(text)` (cheaper, when the phrases were found elsewhere). Both give the same
 * terms in the same order, so the same query.
 */
export interface QueryWords {
  title: readonly string[];
  abstract: readonly string[];
}

export interface SimilarityIndex {
  readonly size: number;
  /** The most similar listed and rejected entries; entries whose id is `excludeId` are skipped. */
  nearest(paper: QueryWords, excludeId?: string): Nearest;
}

export const QUERY_TERMS = 40;
/**
 * A listed paper's abstract counts with its first words only: its topic is set out there, and a
 * list of a thousand abstracts is otherwise most of a run's work (SPEC §9).
 */
export const MEMORY_ABSTRACT_WORDS = 150;
/** Room for MEMORY_ABSTRACT_WORDS words: the text is cut before it is read, not after. */
const MEMORY_ABSTRACT_CHARS = MEMORY_ABSTRACT_WORDS * 12;
/**
 * In a memory of at least PRUNE_FROM papers, a query skips the words that more than
 * MAX_POSTING_SHARE of them use (in a 5,000-paper image-generation list, "image" or
 * "autoregressive"): they would make every query visit most of the list, while telling little
 * about which paper is nearest. They still count in the query's norm, so such cosines come out a
 * little lower, never higher. Smaller memories are compared exactly.
 */
export const PRUNE_FROM = 2000;
export const MAX_POSTING_SHARE = 0.2;

interface Doc {
  kind: MemoryKind;
  entry: ListEntry;
  /** Unit vector: parallel arrays of term ids and weights. */
  termIds: Int32Array;
  weights: Float64Array;
}

interface QueryTerm {
  id: number;
  weight: number;
}

/**
 * Term ids for the memory's words, each word's IDF in the background, and the vectors built from
 * them. Counting goes through one reusable array indexed by term id, not a map per text: the memory
 * of a large list is a million words.
 */
class Weighting {
  private readonly ids = new Map<string, number>();
  /** Word as written → its term id, or -1 for a word that is no term. */
  private readonly wordIds = new Map<string, number>();
  /** Ids below this are the memory's terms (see `seal`). */
  private memoryTerms = Infinity;
  private readonly words: string[] = [];
  private readonly idfs: number[] = [];
  private counts = new Int32Array(1024);
  private readonly seen: number[] = [];

  constructor(private readonly background: Background) {}

  private idfOf(term: string): number {
    const df = this.background.df.get(term) ?? 0;
    return Math.log((this.background.documents + 1) / (df + 1)) + 1;
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.idfs.length;
      this.ids.set(term, id);
      this.words.push(term);
      this.idfs.push(this.idfOf(term));
    }
    return id;
  }

  private count(id: number): void {
    if (id >= this.counts.length) {
      const grown = new Int32Array(Math.max(id + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    const before = this.counts[id]!;
    this.counts[id] = before + 1;
    if (before === 0) this.seen.push(id);
  }

  /** Hands the counted ids to `use`, then clears the counts for the next text. */
  private drain<T>(use: (ids: number[], counts: Int32Array) => T): T {
    const result = use(this.seen, this.counts);
    for (const id of this.seen) this.counts[id] = 0;
    this.seen.length = 0;
    return result;
  }

  /**
   * A joined word, or one as written (`writtenJoinedWords`), → term id, through the cache: each
   * distinct form is cut to its term once.
   */
  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      const term = termOf(joinedSpelling(word));
      id = term === null ? -1 : this.idOf(term);
      this.wordIds.set(word, id);
    }
    return id;
  }

  /**
   * Ends the memory: the terms known so far are the ones with postings. Terms that only queries
   * use get ids after them; they only add to a query's norm.
   */
  seal(): number {
    this.memoryTerms = this.idfs.length;
    return this.memoryTerms;
  }

  /** A memory paper as a unit vector, from its words as written; null when it has no terms at all. */
  toDoc(kind: MemoryKind, entry: ListEntry, title: string[], abstract: string[]): Doc | null {
    for (const word of title) {
      const id = this.wordId(word);
      if (id >= 0) this.count(id);
    }
    for (let i = 0; i < abstract.length && i < MEMORY_ABSTRACT_WORDS; i++) {
      const id = this.wordId(abstract[i]!);
      if (id >= 0) this.count(id);
    }
    return this.drain((ids, counts) => {
      if (ids.length === 0) return null;
      const termIds = Int32Array.from(ids);
      const weights = new Float64Array(ids.length);
      let squares = 0;
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j]!;
        const weight = (1 + Math.log(counts[id]!)) * this.idfs[id]!;
        weights[j] = weight;
        squares += weight * weight;
      }
      const norm = Math.sqrt(squares);
      for (let j = 0; j < weights.length; j++) weights[j]! /= norm;
      return { kind, entry, termIds, weights };
    });
  }

  /** The query's most informative terms that the memory knows, weighted as a unit vector over all its terms. */
  toQuery(wordLists: readonly (readonly string[])[]): QueryTerm[] {
    for (const words of wordLists) {
      for (const word of words) {
        const id = this.wordId(word);
        if (id >= 0) this.count(id);
      }
    }
    return this.drain((ids, counts) => {
      const known = this.memoryTerms;
      const weights = new Float64Array(ids.length);
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j]!;
        weights[j] = (1 + Math.log(counts[id]!)) * this.idfs[id]!;
      }
      // The norm sums the memory's terms first, then the others, each in the order they came.
      let squares = 0;
      for (let j = 0; j < ids.length; j++) if (ids[j]! < known) squares += weights[j]! * weights[j]!;
      for (let j = 0; j < ids.length; j++) if (ids[j]! >= known) squares += weights[j]! * weights[j]!;
      const norm = Math.sqrt(squares);
      // Heaviest first, ties by the term itself: the cut depends on nothing but the paper's own text.
      // Only the terms as heavy as the QUERY_TERMS-th heaviest can make the cut, so only they are sorted.
      const lightest =
        ids.length > QUERY_TERMS ? weights.slice().sort()[ids.length - QUERY_TERMS]! : -Infinity;
      const heaviest: number[] = [];
      for (let j = 0; j < ids.length; j++) if (weights[j]! >= lightest) heaviest.push(j);
      heaviest.sort(
        (a, b) => weights[b]! - weights[a]! || (this.words[ids[a]!]! < this.words[ids[b]!]! ? -1 : 1),
      );
      const query: QueryTerm[] = [];
      for (let i = 0; i < heaviest.length && i < QUERY_TERMS; i++) {
        const j = heaviest[i]!;
        if (ids[j]! < known) query.push({ id: ids[j]!, weight: weights[j]! / norm });
      }
      return query;
    });
  }
}

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
  best(query: QueryTerm[], skip: (doc: Doc) => boolean): Nearest {
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
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      const score = scores[d]!;
      const kind = rejected[d]!;
      const current = best[kind]!;
      if (score > top[kind]! || (score === top[kind]! && current >= 0 && rank[d]! < rank[current]!)) {
        if (!skip(this.docs[d]!)) {
          best[kind] = d;
          top[kind] = score;
        }
      }
    }
    for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
    return { listed: this.neighbour(best[0]!, top[0]!), rejected: this.neighbour(best[1]!, top[1]!) };
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
    const abstract = hasAbstract ? writtenJoinedWords(entry.abstract!.slice(0, MEMORY_ABSTRACT_CHARS)) : [];
    const doc = weighting.toDoc(kind, entry, writtenJoinedWords(entry.title), abstract);
    if (doc) (hasAbstract ? full : titleOnly).push(doc);
  };
  listed.forEach(add('listed'));
  rejected.forEach(add('rejected'));
  const terms = weighting.seal();
  const fullIndex = full.length > 0 ? new Postings(full, terms) : null;
  const titleIndex = titleOnly.length > 0 ? new Postings(titleOnly, terms) : null;

  return {
    size: full.length + titleOnly.length,
    nearest(paper, excludeId) {
      const skip = (doc: Doc) => excludeId !== undefined && doc.entry.arxivId === excludeId;
      const fromTitles = titleIndex?.best(weighting.toQuery([paper.title]), skip) ?? NOBODY;
      const fromFull = fullIndex?.best(weighting.toQuery([paper.title, paper.abstract]), skip) ?? NOBODY;
      return {
        listed: nearer(fromFull.listed, fromTitles.listed),
        rejected: nearer(fromFull.rejected, fromTitles.rejected),
      };
    },
  };
}
