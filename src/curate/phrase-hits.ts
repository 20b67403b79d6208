import type { ScoringConfig } from '../config/schema.js';
import type { Paper } from '../types.js';
import { PhraseSet, prepareText } from './match.js';

/**
 * Which of the scoring phrases a paper's title and abstract contain: the part of scoring that
 * needs nothing but the config, so that it can be done apart from the rest (in a worker thread,
 * while the list is read). Phrases are numbered as `scoringPhrases` lists them.
 */
export interface PhraseHits {
  title: ReadonlySet<number>;
  abstract: ReadonlySet<number>;
}

export interface ScoringPhrases {
  /** The terms that count (weight other than 0): phrases 0 … terms.length - 1. */
  terms: ScoringConfig['terms'];
  /** The exclude terms: the phrases after the terms. */
  excludes: ScoringConfig['exclude'];
  /** Terms and excludes in one set: each text is scanned once for all of them. */
  set: PhraseSet;
}

export function scoringPhrases(scoring: ScoringConfig): ScoringPhrases {
  const terms = scoring.terms.filter((t) => t.weight !== 0);
  const excludes = scoring.exclude;
  return {
    terms,
    excludes,
    set: new PhraseSet([...terms.map((t) => t.phrase), ...excludes.map((e) => e.phrase)]),
  };
}

export interface PhraseFinder {
  /** How many phrases the scoring has (the numbers in hits are below it). */
  readonly phrases: number;
  find(paper: Pick<Paper, 'title' | 'abstract'>): PhraseHits;
}

export function createPhraseFinder(scoring: ScoringConfig): PhraseFinder {
  const { set } = scoringPhrases(scoring);
  return {
    phrases: set.phrases.length,
    find: (paper) => ({
      title: set.matches(prepareText(paper.title)),
      abstract: set.matches(prepareText(paper.abstract)),
    }),
  };
}
