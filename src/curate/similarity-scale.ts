import type { ListEntry } from '../types.js';
import { TOP_LISTED, type SimilarityIndex } from './similarity.js';
import { joinedWords } from './words.js';

/**
 * How near a candidate is to the list, measured on the list's own scale. Nearness is the mean cosine
 * to the TOP_LISTED nearest listed papers (missing neighbours count 0): one lucky look-alike title
 * moves it less than a single nearest cosine does. Each listed paper's nearness to the other listed
 * papers (leave-one-out) gives the distribution of "how alike the papers of this list are"; a
 * candidate's nearness is placed in it. Measured on dev (`npm run eval`, folds): single nearest
 * 0.887 F1, mean of 3 0.890, of 5 0.899, of 10 0.894 / AP 0.942 (best AP), of 20 0.898.
 * A title-only list has high title-to-title cosines and a list with abstracts low ones; the place in
 * the list's own distribution means the same in both, and it keeps ranking where a fixed ramp
 * saturated (85–278 ties at full points on title-only lists).
 *
 * The distribution is read from at most CALIBRATION_SAMPLE listed papers, taken evenly in id order
 * (deterministic, whatever the list order), so a 5,000-entry list costs a few hundred lookups once
 * per run.
 */
export const CALIBRATION_SAMPLE = 400;

/**
 * Listed points come only from the part of the scale above this share: a candidate no nearer the
 * list than the median listed paper earns nothing, one nearer than every listed paper earns the full
 * weight. On dev (`npm run eval`, folds) this raised F1 from 0.894 to 0.899 (keyword-only 0.906;
 * what is left is one off-topic paper nearer the list than 87% of its papers), and on title-only
 * lists it halved the extra proposals of profile: auto (AIDC-AI 194 → 128, keyword-only 114).
 * Centring instead (below the median takes points away) gave 0.893: the on papers keywords miss
 * are far from the list too. (Those figures are at weight 3; the weights are now ~8% of the
 * threshold, `profiles.ts` and `AUTO_RULES`, which ties keyword-only F1 at 0.906, AP 0.938. Points
 * from the nearest tenth at weight 3 tied it too, but lost the seed topic's auto gain with the list.)
 */
export const POINTS_FROM_SHARE = 0.5;

/** The part of the weight a listed nearness earns: 0 up to POINTS_FROM_SHARE, rising to 1. */
export function pointsShare(share: number): number {
  return Math.max(0, (share - POINTS_FROM_SHARE) / (1 - POINTS_FROM_SHARE));
}

export interface SimilarityScale {
  /** How many leave-one-out cosines the scale holds (0: none, the raw cosine is used). */
  readonly size: number;
  /** Share of the listed papers that are less close to their nearest other listed paper, in [0, 1]. */
  share(cosine: number): number;
}

function keyOf(entry: ListEntry): string {
  return entry.arxivId ?? entry.title;
}

/** Up to `limit` entries spread evenly over the entries sorted by id (then title). */
export function evenSample<T>(items: readonly T[], limit: number, key: (item: T) => string): T[] {
  const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  if (sorted.length <= limit) return sorted;
  return Array.from({ length: limit }, (_, i) => sorted[Math.floor((i * sorted.length) / limit)]!);
}

/** The mean cosine of the nearest listed papers (0 for none): what the scale measures. */
export function closeness(listedTop: readonly number[]): number {
  if (listedTop.length === 0) return 0;
  return listedTop.reduce((sum, c) => sum + c, 0) / TOP_LISTED;
}

/** The sorted leave-one-out cosines of (a sample of) the listed papers. */
export function leaveOneOutCosines(index: SimilarityIndex, listed: readonly ListEntry[]): number[] {
  const cosines = evenSample(listed, CALIBRATION_SAMPLE, keyOf).map((entry) => {
    const words = { title: joinedWords(entry.title), abstract: joinedWords(entry.abstract ?? '') };
    return closeness(index.nearest(words, entry.arxivId ?? entry).listedTop);
  });
  return cosines.sort((a, b) => a - b);
}

/** The scale over sorted cosines: ties count half, a cosine of 0 is nowhere near the list. */
export function similarityScale(sorted: readonly number[]): SimilarityScale {
  return {
    size: sorted.length,
    share(cosine) {
      if (cosine <= 0) return 0;
      if (sorted.length === 0) return Math.min(1, cosine);
      let below = 0;
      let equal = 0;
      for (const value of sorted) {
        if (value < cosine) below += 1;
        else if (value === cosine) equal += 1;
        else break;
      }
      return (below + equal / 2) / sorted.length;
    },
  };
}
