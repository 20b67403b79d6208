import type { PaperScore } from '../score.js';
import type { LabelledPaper } from './corpus.js';
import { averagePrecision, figures, type Counts, type Figures } from './metrics.js';

/** The figures of one scored run of labelled papers: at a threshold, the best threshold, a mean. */

export interface RunFigures extends Figures {
  threshold: number;
  averagePrecision: number;
  measured: number;
  positives: number;
  proposed: number;
  proposedNear: number;
  proposedOff: number;
  /** Share of `on` papers the arXiv query would return at all. */
  queryRecall: number;
  /** Share of `on` papers the query returns and the scorer proposes. */
  endToEndRecall: number;
}

export interface Scored {
  item: LabelledPaper;
  result: PaperScore;
  inQuery: boolean;
}

export function proposes(result: PaperScore, threshold: number): boolean {
  return !result.excluded && result.score >= threshold;
}

/** True and false positives and false negatives at `threshold` (`on` papers are the positives). */
function confusion(scored: Scored[], threshold: number): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { item, result } of scored) {
    const proposed = proposes(result, threshold);
    if (item.label === 'on') {
      if (proposed) tp += 1;
      else fn += 1;
    } else if (proposed) fp += 1;
  }
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn };
}

export function measure(scored: Scored[], threshold: number): RunFigures {
  const counts = confusion(scored, threshold);
  let near = 0;
  let off = 0;
  let inQuery = 0;
  let endToEnd = 0;
  for (const { item, result, inQuery: queried } of scored) {
    const proposed = proposes(result, threshold);
    const on = item.label === 'on';
    if (proposed && item.label === 'near') near += 1;
    if (proposed && item.label === 'off') off += 1;
    if (on && queried) inQuery += 1;
    if (on && queried && proposed) endToEnd += 1;
  }
  const positives = counts.truePositives + counts.falseNegatives;
  const ranked = [...scored]
    .sort((a, b) => rankKey(b.result) - rankKey(a.result) || byId(a.item.paper.arxivId, b.item.paper.arxivId))
    .map((s) => s.item.label === 'on');
  return {
    ...figures(counts),
    threshold,
    averagePrecision: averagePrecision(ranked),
    measured: scored.length,
    positives,
    proposed: counts.truePositives + counts.falsePositives,
    proposedNear: near,
    proposedOff: off,
    queryRecall: positives === 0 ? 1 : inQuery / positives,
    endToEndRecall: positives === 0 ? 1 : endToEnd / positives,
  };
}

function f1At(scored: Scored[], threshold: number): number {
  return figures(confusion(scored, threshold)).f1;
}

/** Ids in code-unit order: corpus ids need not be arXiv-shaped (`compareArxivIds` assumes they are). */
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Hard-excluded papers rank last, whatever their points. */
function rankKey(result: PaperScore): number {
  return result.excluded ? -Infinity : result.score;
}

/**
 * The threshold that maximises F1 on the training papers; ties go to the one nearest the profile's
 * own threshold, so a flat region does not drift.
 */
export function bestThreshold(scored: Scored[], preferred: number): number {
  const candidates = [...new Set(scored.filter((s) => !s.result.excluded).map((s) => s.result.score))];
  let best = preferred;
  let bestF1 = f1At(scored, preferred);
  for (const threshold of candidates.sort((a, b) => a - b)) {
    const f1 = f1At(scored, threshold);
    const closer = Math.abs(threshold - preferred) < Math.abs(best - preferred);
    if (f1 > bestF1 + 1e-12 || (Math.abs(f1 - bestF1) <= 1e-12 && closer)) {
      best = threshold;
      bestF1 = f1;
    }
  }
  return best;
}

export function meanOf(folds: RunFigures[]): RunFigures {
  const mean = (pick: (f: RunFigures) => number) => folds.reduce((s, f) => s + pick(f), 0) / folds.length;
  const sum = (pick: (f: RunFigures) => number) => folds.reduce((s, f) => s + pick(f), 0);
  return {
    truePositives: sum((f) => f.truePositives),
    falsePositives: sum((f) => f.falsePositives),
    falseNegatives: sum((f) => f.falseNegatives),
    precision: mean((f) => f.precision),
    recall: mean((f) => f.recall),
    f1: mean((f) => f.f1),
    threshold: mean((f) => f.threshold),
    averagePrecision: mean((f) => f.averagePrecision),
    measured: sum((f) => f.measured),
    positives: sum((f) => f.positives),
    proposed: sum((f) => f.proposed),
    proposedNear: sum((f) => f.proposedNear),
    proposedOff: sum((f) => f.proposedOff),
    queryRecall: mean((f) => f.queryRecall),
    endToEndRecall: mean((f) => f.endToEndRecall),
  };
}
