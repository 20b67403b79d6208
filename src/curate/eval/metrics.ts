/** Precision/recall arithmetic for one decision threshold and for a ranking. */

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision of an empty proposal is 1 (nothing wrong was proposed); recall with no positives is 1. */
export function figures(counts: Counts): Figures {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/**
 * Average precision of a ranking: the mean, over every positive, of the precision at its rank.
 * `ranked` is best first; positives never ranked count as 0.
 */
export function averagePrecision(ranked: boolean[], positives = ranked.filter(Boolean).length): number {
  if (positives === 0) return 1;
  let hits = 0;
  let sum = 0;
  ranked.forEach((positive, index) => {
    if (!positive) return;
    hits += 1;
    sum += hits / (index + 1);
  });
  return sum / positives;
}
