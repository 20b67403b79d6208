import { compareArxivIds } from '../arxiv/ids.js';
import type { Candidate } from '../types.js';

/** A scored paper before selection: a candidate without its decision, plus the hard-exclude flag. */
export type ScoredCandidate = Omit<Candidate, 'decision' | 'detail'> & { excluded: boolean };

export interface SelectOptions {
  minScore: number;
  /** How many papers one run may propose; the rest are near-misses (`over-cap`) that stay eligible. */
  maxPapers: number;
}

/** Highest score first; equal scores by arXiv id (oldest first), so the order never depends on input order. */
export function byScoreThenId(a: { score: number; paper: { arxivId: string } }, b: typeof a): number {
  return b.score - a.score || compareArxivIds(a.paper.arxivId, b.paper.arxivId);
}

/**
 * Decides every scored paper: `excluded` (a hard exclude term), `below-threshold`, `proposed` (the
 * best `maxPapers` at or above `minScore`) or `over-cap`. Returned in score order.
 */
export function select(scored: ScoredCandidate[], options: SelectOptions): Candidate[] {
  let proposed = 0;
  return [...scored].sort(byScoreThenId).map(({ excluded, ...candidate }): Candidate => {
    if (excluded) {
      const cause = candidate.reasons.find((r) => r.text.startsWith('excluded by'));
      return { ...candidate, decision: 'excluded', detail: cause?.text ?? 'excluded by an exclude term' };
    }
    if (candidate.score < options.minScore) {
      return {
        ...candidate,
        decision: 'below-threshold',
        detail: `score ${candidate.score} is below the threshold ${options.minScore}`,
      };
    }
    if (proposed >= options.maxPapers) {
      return {
        ...candidate,
        decision: 'over-cap',
        detail: `over this run's cap of ${options.maxPapers} papers; stays eligible for later runs`,
      };
    }
    proposed += 1;
    return { ...candidate, decision: 'proposed' };
  });
}
