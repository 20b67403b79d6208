/**
 * One run's funnel (SPEC §7): every count the PR body, the job summary and the outputs show comes
 * from this one object, and its counts add up:
 *   fetched = unique + duplicates
 *   unique  = listed + inOpenPr + rejected + excluded + belowThreshold + overCap + proposed
 * Papers proposed from the queue were fetched on earlier nights; they are counted apart (`fromQueue`).
 */
export interface Funnel {
  /** arXiv's own count of papers matching the query. */
  onArxiv: number;
  /** Entries received (pages, queries and versions of one paper counted separately). */
  fetched: number;
  /** Entries that were another copy of a paper already received. */
  duplicates: number;
  unique: number;
  listed: number;
  inOpenPr: number;
  rejected: number;
  excluded: number;
  belowThreshold: number;
  /** Qualified, but the open PR had no room: queued. */
  overCap: number;
  proposed: number;
  /** Papers queued on earlier nights and proposed by this run. */
  fromQueue: number;
}

export const EMPTY_FUNNEL: Funnel = {
  onArxiv: 0,
  fetched: 0,
  duplicates: 0,
  unique: 0,
  listed: 0,
  inOpenPr: 0,
  rejected: 0,
  excluded: 0,
  belowThreshold: 0,
  overCap: 0,
  proposed: 0,
  fromQueue: 0,
};

/**
 * `37 on arXiv → 37 fetched → 35 unique (2 duplicates) → 12 already listed → … → 3 proposed`:
 * every step with papers, in the order of SPEC §7. Plain text; the counts are the only variable part.
 */
export function funnelSteps(f: Funnel, minScore: number): string {
  const unique = f.duplicates > 0 ? `${f.unique} unique (${f.duplicates} duplicates)` : `${f.unique} unique`;
  const steps: Array<[number, string]> = [
    [f.listed, 'already listed'],
    [f.inOpenPr, 'already in the open PR'],
    [f.rejected, 'rejected in review or ignored'],
    [f.excluded, 'excluded'],
    [f.belowThreshold, `below the threshold of ${minScore.toFixed(1)}`],
    [f.overCap, 'queued (over the cap)'],
  ];
  const proposed =
    f.fromQueue > 0 ? `${f.proposed} proposed (+${f.fromQueue} from the queue)` : `${f.proposed} proposed`;
  return [
    `${f.onArxiv} on arXiv`,
    `${f.fetched} fetched`,
    unique,
    ...steps.filter(([count]) => count > 0).map(([count, label]) => `${count} ${label}`),
    proposed,
  ].join(' → ');
}
