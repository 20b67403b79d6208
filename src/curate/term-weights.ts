import type { ListEntry } from '../types.js';
import type { Background } from './background.js';
import { termOf } from './terms.js';

export type MemoryKind = 'listed' | 'rejected';

/** A paper of the similarity memory as a unit vector: parallel arrays of term ids and weights. */
export interface MemoryVector {
  kind: MemoryKind;
  entry: ListEntry;
  termIds: Int32Array;
  weights: Float64Array;
}

export interface QueryTerm {
  id: number;
  weight: number;
}

/**
 * A query is its 40 most informative terms, though its norm counts all of them: the words beyond
 * them are common ones that would add small shared weight with almost every paper. Part of the
 * scoring model (every cosine on a score card comes out of this cut), not only of its speed.
 */
export const QUERY_TERMS = 40;

/**
 * The TF-IDF weighting of the similarity index: a term weighs 1 + log(count) times its IDF in the
 * background sample of arXiv abstracts (`background.ts`). Terms get ids in the order they are met;
 * the memory's terms first, then (`seal`) the ones only queries use, which have no postings.
 */
export class TermWeights {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly idfs: number[] = [];
  /** Ids below this are the memory's terms. */
  private memoryTerms = Infinity;

  constructor(private readonly background: Background) {}

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.idfs.length;
      this.ids.set(term, id);
      this.terms.push(term);
      const df = this.background.df.get(term) ?? 0;
      this.idfs.push(Math.log((this.background.documents + 1) / (df + 1)) + 1);
    }
    return id;
  }

  /** Term id → its weight in these words (joined words, `words.ts`), in the order terms first occur. */
  private weigh(wordLists: readonly (readonly string[])[]): Map<number, number> {
    const counts = new Map<number, number>();
    for (const words of wordLists) {
      for (const word of words) {
        const term = termOf(word);
        if (term === null) continue;
        const id = this.idOf(term);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    for (const [id, count] of counts) counts.set(id, (1 + Math.log(count)) * this.idfs[id]!);
    return counts;
  }

  /** Ends the memory: the terms known so far are the ones with postings. */
  seal(): number {
    this.memoryTerms = this.idfs.length;
    return this.memoryTerms;
  }

  /** A memory paper as a unit vector; null when its words hold no term at all. */
  toVector(
    kind: MemoryKind,
    entry: ListEntry,
    wordLists: readonly (readonly string[])[],
  ): MemoryVector | null {
    const weighed = this.weigh(wordLists);
    if (weighed.size === 0) return null;
    const termIds = Int32Array.from(weighed.keys());
    const weights = Float64Array.from(weighed.values());
    let squares = 0;
    for (const weight of weights) squares += weight * weight;
    const norm = Math.sqrt(squares);
    for (let j = 0; j < weights.length; j++) weights[j]! /= norm;
    return { kind, entry, termIds, weights };
  }

  /** The query's `QUERY_TERMS` heaviest terms that the memory knows, weighted as a unit vector over all its terms. */
  toQuery(wordLists: readonly (readonly string[])[]): QueryTerm[] {
    const terms = [...this.weigh(wordLists)].map(([id, weight]) => ({ id, weight }));
    const known = (term: QueryTerm): boolean => term.id < this.memoryTerms;
    // The memory's terms are summed first: the order the scores were tested with, to the last bit.
    let squares = 0;
    for (const { weight } of terms.filter(known)) squares += weight * weight;
    for (const { weight } of terms.filter((term) => !known(term))) squares += weight * weight;
    const norm = Math.sqrt(squares);
    // Heaviest first, ties by the term itself: the cut depends on nothing but the paper's own text.
    terms.sort((a, b) => b.weight - a.weight || (this.terms[a.id]! < this.terms[b.id]! ? -1 : 1));
    return terms
      .slice(0, QUERY_TERMS)
      .filter(known)
      .map(({ id, weight }) => ({ id, weight: weight / norm }));
  }
}
