import type { BodyPaper } from './body-paper.js';
import { formatDayRange } from './day-range.js';

/**
 * `arxiv-curator: 3 new papers (Nov 24–26, 2026)`. The dates span the submission days of the
 * papers the PR holds, whichever night proposed them; `fallback` (`YYYY-MM-DD` days) when none
 * has a recorded day. No clock: the same papers always give the same title.
 */
export function renderPullTitle(
  papers: readonly BodyPaper[],
  fallback?: { from: string; to: string },
): string {
  const count = papers.length;
  const noun = count === 1 ? 'paper' : 'papers';
  const days = papers
    .map((p) => p.day)
    .filter((d): d is string => d !== undefined)
    .sort();
  const from = days[0] ?? fallback?.from;
  const to = days[days.length - 1] ?? fallback?.to;
  const range = from !== undefined && to !== undefined ? ` (${formatDayRange(from, to)})` : '';
  return `arxiv-curator: ${count} new ${noun}${range}`;
}
