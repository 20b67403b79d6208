import type { Candidate } from '../types.js';
import type { Funnel } from './curate.js';

/** `37 on arXiv → 37 fetched → 37 unique → 12 listed → …`: every step, in the order of SPEC §7. */
export function funnelLine(funnel: Funnel, minScore: number): string {
  const steps: [number, string][] = [
    [funnel.onArxiv, 'on arXiv'],
    [funnel.fetched, 'fetched'],
    [funnel.unique, 'unique'],
    [funnel.listed, 'already listed'],
    [funnel.inOpenPr, 'already in the open PR'],
    [funnel.rejected, 'rejected before'],
    [funnel.excluded, 'excluded'],
    [funnel.belowThreshold, `below the threshold of ${minScore.toFixed(1)}`],
    [funnel.overCap, 'over the cap'],
    [funnel.proposed, 'proposed'],
  ];
  return steps
    .filter(([count, label], i) => count > 0 || i < 3 || label === 'proposed')
    .map(([count, label]) => `${count} ${label}`)
    .join(' → ');
}

/** `11.5 "Title" (title "GPT-4o" +6 · abstract "image editing" +1.5)`, plain text. */
export function candidateLine(candidate: Candidate, reasons = 3): string {
  const why = candidate.reasons
    .slice(0, reasons)
    .map((reason) => reason.text)
    .join(' · ');
  return `${candidate.score.toFixed(1)} ${candidate.paper.arxivId} "${candidate.paper.title}"${why ? ` (${why})` : ''}`;
}
