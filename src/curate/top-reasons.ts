import type { Reason } from '../types.js';

/** The `count` reasons that moved the score most (either way), in that order; ties keep their order. */
export function topReasons(reasons: readonly Reason[], count: number): Reason[] {
  return reasons
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => Math.abs(b.reason.points) - Math.abs(a.reason.points) || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.reason);
}
