import type { Candidate } from '../types.js';
import { funnelSteps, type Funnel } from '../pr/funnel.js';

/** The funnel on one line, the same words as the PR body's (src/pr/funnel.ts). */
export function funnelLine(funnel: Funnel, minScore: number): string {
  return funnelSteps(funnel, minScore);
}

/** `11.5 "Title" (title "GPT-4o" +6 · abstract "image editing" +1.5)`, plain text. */
export function candidateLine(candidate: Candidate, reasons = 3): string {
  const why = candidate.reasons
    .slice(0, reasons)
    .map((reason) => reason.text)
    .join(' · ');
  return `${candidate.score.toFixed(1)} ${candidate.paper.arxivId} "${candidate.paper.title}"${why ? ` (${why})` : ''}`;
}
