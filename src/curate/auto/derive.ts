import { groupPhrases } from '../../arxiv/query.js';
import { DEFAULT_ARXIV_API_URL } from '../../config/resolve.js';
import { AUTO_PROFILE, DEFAULT_PROFILE, PROFILES, type Profile } from '../../config/profiles.js';
import type { ListEntry } from '../../types.js';
import { builtInBackground, type Background } from '../background.js';
import { evenSample } from '../similarity-scale.js';
import { roundPoints } from '../points.js';
import { chooseTerms, rankPhrases, toTerms, type PhraseStat } from './choose-terms.js';
import { backgroundFloor } from './background-floor.js';
import { fitThreshold } from './fit-threshold.js';
import { countPhrases, paperPhrases } from './phrase-counts.js';

/**
 * `profile: auto`: a profile derived from the list itself, with no hand tuning per list. The
 * constants here and in `choose-terms.ts` were fixed once on dev's seed topic (README, "profile:
 * auto"); what each part learns:
 * - terms: the phrases (1–3 words) the list's papers use far more than arXiv papers in general
 *   (the background sample), weighted by that lift;
 * - query phrases: among the terms that are rare in the background, the fewest that cover the
 *   list's papers, within one query URL (SPEC §2);
 * - categories: the list does not say; the query asks the broad AUTO_CATEGORIES set and they earn
 *   no points;
 * - threshold: a low percentile of the listed papers' own scores under terms derived without them,
 *   and at least the score one arXiv paper in a thousand reaches by chance (`background-floor.ts`).
 */
export const AUTO_RULES = {
  /** Fewer papers with an arXiv id than this: nothing to learn from, the built-in profile is used. */
  minPapers: 20,
  queryPhrases: 20,
  /** A query phrase is used by at most this share of background papers (a night stays small). */
  queryMaxBackgroundShare: 0.05,
  /** …at least this many times more common in the list than in the background… */
  queryMinLift: 5,
  /** …and at least this long (arXiv's search reads `AR` as the word `ar`). */
  queryMinLength: 4,
  /** Query phrases are added until each listed paper uses this many of them (or none is left). */
  coverTimes: 2,
  categories: ['cs.CV', 'cs.AI', 'cs.CL', 'cs.LG', 'cs.MM', 'cs.GR', 'cs.RO', 'eess.IV'],
  /**
   * Similarity to the list earns at most this, and at most `similarityShareOfThreshold` of the
   * derived threshold (the built-in profile's weight is the same share of its min-score): it
   * reorders papers near the bar and does not carry one the list's phrases leave well below it.
   * On dev, the on papers the phrases miss are far from the list, and the near/off papers just
   * under the bar as near as most listed papers, so a larger share proposed more off papers than
   * it found on ones: at half the threshold, the title-only lists proposed 8 (AIDC-AI, one of them
   * on) and 2 (showlab, none on) more papers with the list; at 8%, none more, and the seed topic's
   * auto still finds one on paper more with the list than without (`npm run eval`).
   */
  similarityWeight: 3,
  similarityShareOfThreshold: 0.08,
} as const;

export type Derivation =
  | { ok: true; profile: Profile; papers: number; covered: number }
  | { ok: false; papers: number; reason: string };

/**
 * The phrases for the arXiv query: greedily, the rarer term that reaches the most papers not yet
 * reached by COVER_TIMES chosen phrases (twice, so that a new paper need not use the one phrase its
 * listed twin used), while one URL holds them.
 */
function queryPhrases(
  terms: readonly PhraseStat[],
  papers: readonly Set<string>[],
): { phrases: string[]; covered: number } {
  const reached = papers.map(() => 0);
  const usable = terms.filter(
    (t) =>
      t.backgroundShare <= AUTO_RULES.queryMaxBackgroundShare &&
      t.lift >= AUTO_RULES.queryMinLift &&
      t.phrase.length >= AUTO_RULES.queryMinLength,
  );
  const phrases: string[] = [];
  while (phrases.length < AUTO_RULES.queryPhrases) {
    let best: { phrase: string; gain: number } | null = null;
    for (const { phrase } of usable) {
      // A phrase that contains a chosen one would bring arXiv nothing new.
      if (phrases.some((chosen) => ` ${phrase} `.includes(` ${chosen} `))) continue;
      let gain = 0;
      papers.forEach((has, i) => {
        if (reached[i]! < AUTO_RULES.coverTimes && has.has(phrase)) gain += 1;
      });
      if (gain > (best?.gain ?? 0)) best = { phrase, gain };
    }
    if (best === null) break;
    if (groupPhrases([...phrases, best.phrase], [...AUTO_RULES.categories], DEFAULT_ARXIV_API_URL).length > 1)
      break;
    phrases.push(best.phrase);
    papers.forEach((has, i) => {
      if (has.has(best.phrase)) reached[i]! += 1;
    });
  }
  return { phrases, covered: reached.filter((n) => n > 0).length };
}

/** Derives the profile from the list's papers (entries with an arXiv id, one per id). */
export function deriveProfile(
  entries: readonly ListEntry[],
  background: Background = builtInBackground(),
): Derivation {
  const byId = new Map<string, ListEntry>();
  for (const entry of entries)
    if (entry.arxivId !== null && !byId.has(entry.arxivId)) byId.set(entry.arxivId, entry);
  const listed = evenSample([...byId.values()], Infinity, (e) => e.arxivId!);
  if (listed.length < AUTO_RULES.minPapers) {
    return {
      ok: false,
      papers: listed.length,
      reason: `the list has ${listed.length} papers with an arXiv id, fewer than the ${AUTO_RULES.minPapers} profile: auto needs`,
    };
  }
  const papers = listed.map((entry) => paperPhrases(entry));
  const counts = countPhrases(papers);
  const terms = chooseTerms(rankPhrases(counts, papers.length, background));
  const query = queryPhrases(terms, papers);
  const base = PROFILES[DEFAULT_PROFILE]!;
  const minScore = Math.max(
    fitThreshold(listed, papers, counts, background),
    backgroundFloor(toTerms(terms), background),
  );
  const profile: Profile = {
    name: AUTO_PROFILE,
    description: `derived from the ${listed.length} papers of the list`,
    categories: [...AUTO_RULES.categories],
    phrases: query.phrases,
    terms: toTerms(terms),
    exclude: [],
    minScore,
    primaryCategoryWeight: 0,
    crossListWeight: 0,
    similarityWeight: Math.min(
      AUTO_RULES.similarityWeight,
      roundPoints(AUTO_RULES.similarityShareOfThreshold * minScore),
    ),
    // Learned from every paper of the list, so each new paper goes where its neighbours are.
    list: { ...base.list, section: 'auto' },
  };
  return { ok: true, profile, papers: listed.length, covered: query.covered };
}
