import { AUTO_PROFILE, DEFAULT_PROFILE, PROFILES, type Profile } from '../../config/profiles.js';
import type { ListEntry } from '../../types.js';
import { builtInBackground, type Background } from '../background.js';
import { evenSample } from '../similarity-scale.js';
import { roundPoints } from '../points.js';
import { chooseTerms, rankPhrases, toTerms } from './choose-terms.js';
import { backgroundFloor } from './background-floor.js';
import { fitThreshold } from './fit-threshold.js';
import { QUERY_RULES, queryPhrases } from './query-phrases.js';
import { countPhrases, paperPhrases } from './phrase-counts.js';

/**
 * `profile: auto`: a profile derived from the list itself, with no hand tuning per list. The
 * constants here and in `choose-terms.ts` were fixed once on dev's seed topic (README, "profile:
 * auto"); what each part learns:
 * - terms: the phrases (1–3 words) the list's papers use far more than arXiv papers in general
 *   (the background sample), weighted by that lift;
 * - query phrases: the terms that cover the list's papers best, within a night's budget of
 *   background papers and one query URL (SPEC §2; `query-phrases.ts`);
 * - categories: the list does not say; the query asks the broad AUTO_CATEGORIES set and they earn
 *   no points;
 * - threshold: a low percentile of the listed papers' own scores under terms derived without them,
 *   and at least the score one arXiv paper in a thousand reaches by chance (`background-floor.ts`).
 */
export const AUTO_RULES = {
  /** Fewer papers with an arXiv id than this: nothing to learn from, the built-in profile is used. */
  minPapers: 20,
  /** At most this many query phrases (`query-phrases.ts` chooses them). */
  queryPhrases: QUERY_RULES.phrases,
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
  const query = queryPhrases(terms, papers, AUTO_RULES.categories);
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
