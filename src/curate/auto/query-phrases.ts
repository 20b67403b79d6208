import { groupPhrases } from '../../arxiv/query.js';
import { DEFAULT_ARXIV_API_URL } from '../../config/resolve.js';
import { hasTitleHook } from '../title-hooks.js';
import type { PhraseStat } from './choose-terms.js';

/** The constants of `profile: auto`'s query, fixed once on dev's seed topic (README). */
export const QUERY_RULES = {
  /** At most this many phrases (and never more than one query URL holds). */
  phrases: 20,
  /**
   * What a night may cost: the chosen phrases' background shares add up to at most this (an upper
   * bound on the share of the background's papers the query returns). On dev the derived queries
   * match 17–29 % of the corpus as substrings, the hand profile's 10 %; 0.5 let single words
   * such as "generation" and "visual" in (34 %), 0.2 kept "3d" out of a Text-to-3D list.
   */
  maxTotalBackgroundShare: 0.3,
  /** …and no one phrase takes more than this of it. */
  maxBackgroundShare: 0.2,
  /** A query phrase is at least this many times more common in the list than in the background. */
  minLift: 3,
  /**
   * …at least this long (arXiv's search reads `AR` as the word `ar`) unless a digit and a letter
   * (`3d`), and with no title hook (`title-hooks.ts`: `Unleashing …`, `Technical Report`).
   */
  minLength: 4,
  /** Phrases are added until each listed paper uses this many of them (or none is left). */
  coverTimes: 2,
} as const;

/** A phrase arXiv's search reads as meant: long enough, or a digit and a letter (`3d`, `4d`). */
const searchable = (phrase: string): boolean =>
  phrase.length >= QUERY_RULES.minLength || /^\d[a-z]$/.test(phrase);

/**
 * The phrases for the arXiv query: greedily, the term with the most value — listed papers it
 * reaches that `coverTimes` chosen phrases do not yet reach (twice, so that a new paper need not
 * use the one phrase its listed twin used), × ln(lift), so that a phrase many titles share beats
 * a rare word a few happen to use, and a topic word beats a broad one — cheaper first on a tie,
 * while the phrases' background shares stay within the night's budget and one URL holds them.
 */
export function queryPhrases(
  terms: readonly PhraseStat[],
  papers: readonly Set<string>[],
  categories: readonly string[],
): { phrases: string[]; covered: number } {
  const reached = papers.map(() => 0);
  const usable = terms.filter(
    (t) =>
      t.backgroundShare <= QUERY_RULES.maxBackgroundShare &&
      t.lift >= QUERY_RULES.minLift &&
      searchable(t.phrase) &&
      // A word titles use to turn a phrase (`Unleashing …`, `Technical Report`) finds no topic.
      !hasTitleHook(t.phrase),
  );
  const phrases: string[] = [];
  let spent = 0;
  while (phrases.length < QUERY_RULES.phrases) {
    let best: PhraseStat | null = null;
    let bestValue = 0;
    for (const stat of usable) {
      // A phrase that contains a chosen one would bring arXiv nothing new.
      if (phrases.some((chosen) => ` ${stat.phrase} `.includes(` ${chosen} `))) continue;
      if (spent + stat.backgroundShare > QUERY_RULES.maxTotalBackgroundShare) continue;
      let gain = 0;
      papers.forEach((has, i) => {
        if (reached[i]! < QUERY_RULES.coverTimes && has.has(stat.phrase)) gain += 1;
      });
      const value = gain * Math.log(stat.lift);
      if (
        value > bestValue ||
        (value === bestValue && best !== null && stat.backgroundShare < best.backgroundShare)
      ) {
        best = stat;
        bestValue = value;
      }
    }
    if (best === null) break;
    const phrase = best.phrase;
    if (groupPhrases([...phrases, phrase], [...categories], DEFAULT_ARXIV_API_URL).length > 1) break;
    phrases.push(phrase);
    spent += best.backgroundShare;
    papers.forEach((has, i) => {
      if (has.has(phrase)) reached[i]! += 1;
    });
  }
  return { phrases, covered: reached.filter((n) => n > 0).length };
}
