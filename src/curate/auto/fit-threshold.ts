import type { ListEntry, Paper } from '../../types.js';
import type { Background } from '../background.js';
import { roundPoints } from '../points.js';
import { createScorer } from '../score.js';
import { chooseTerms, rankPhrases, toTerms } from './choose-terms.js';

export const THRESHOLD_RULES = {
  /** The threshold is this percentile of the listed papers' own leave-one-out scores (those above 0). */
  percentile: 0.2,
  /** …and never below this. */
  least: 2,
  /**
   * A title-only entry's score is multiplied by this: a paper's abstract uses the list's phrases
   * too, and candidates are scored on both (fitted on dev's seed topic with its abstracts hidden).
   * Checked on the title-only lists (`npm run eval`, per list): the 20th percentile of the papers
   * to find, scored on title and abstract, is 3.5 (AIDC-AI), 5 (showlab), 2.5 (Text-to-3D) against
   * a fitted 3, so the projection is about right; their low precision came from the many corpus
   * papers that use the same common phrases of the field, which `background-floor.ts` now bounds
   * (on AIDC-AI at 3, 38 of its 92 false positives were papers of the seed topic the list does
   * not link).
   */
  titleOnlyFactor: 2,
  /** The strongest phrases of the whole list among which each leave-one-out choice is made. */
  candidates: 2000,
  /** Papers scored for it, at most (taken evenly in id order). */
  sample: 200,
} as const;

function asPaper(entry: ListEntry): Paper {
  return {
    arxivId: entry.arxivId ?? '',
    version: 1,
    title: entry.title,
    abstract: entry.abstract ?? '',
    authors: [],
    categories: [],
    primaryCategory: '',
    published: '',
    updated: '',
  };
}

/**
 * The threshold of a derived profile: each sampled listed paper is scored with the terms derived
 * from the other papers (it does not vote for its own phrases), and the threshold is a low
 * percentile of those scores, so that most papers like the listed ones pass it.
 */
export function fitThreshold(
  listed: readonly ListEntry[],
  papers: readonly Set<string>[],
  counts: ReadonlyMap<string, number>,
  background: Background,
): number {
  // Without a paper, a phrase's count and lift can only fall: only the phrases that qualify with
  // every paper can qualify without one, and one paper fewer moves a phrase only a little in the
  // ranking, so the leave-one-out choice is made among the strongest CANDIDATES (for speed).
  const shares = new Map<string, number>();
  const eligible = new Map(
    rankPhrases(counts, listed.length, background, shares)
      .slice(0, THRESHOLD_RULES.candidates)
      .map((s) => [s.phrase, s.papers]),
  );
  const step = Math.max(1, listed.length / THRESHOLD_RULES.sample);
  const scores: number[] = [];
  for (let at = 0; at < listed.length; at += step) {
    const i = Math.floor(at);
    const others = new Map(eligible);
    for (const phrase of papers[i]!) if (others.has(phrase)) others.set(phrase, others.get(phrase)! - 1);
    const terms = toTerms(chooseTerms(rankPhrases(others, listed.length - 1, background, shares)));
    const scorer = createScorer(
      { minScore: 0, terms, exclude: [], primaryCategoryWeight: 0, crossListWeight: 0, similarityWeight: 0 },
      [],
    );
    const entry = listed[i]!;
    const factor = entry.abstract ? 1 : THRESHOLD_RULES.titleOnlyFactor;
    scores.push(scorer(asPaper(entry)).score * factor);
  }
  // No threshold finds a paper none of the terms find (similarity earns only a few points, derive.ts):
  // the threshold is set among the others.
  scores.sort((a, b) => a - b);
  while (scores.length > 1 && scores[0]! <= 0) scores.shift();
  const at = scores[Math.floor(THRESHOLD_RULES.percentile * (scores.length - 1))] ?? 0;
  return roundPoints(Math.max(THRESHOLD_RULES.least, at));
}
