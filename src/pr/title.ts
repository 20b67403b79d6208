import type { BodyPaper } from './body-paper.js';
import { formatDayRange } from './day-range.js';

export interface DateWindow {
  from: string;
  to: string;
}

/**
 * `arxiv-curator: 3 new papers (Nov 24–26, 2026)`. The dates span the proposed papers' submission
 * dates (a rolling PR carries papers from earlier nights, which this run's window would mislabel);
 * the window is the fallback when no paper has a date. No clock: the same inputs give the same title.
 */
export function renderPullTitle(papers: readonly BodyPaper[], window?: DateWindow): string {
  const count = papers.length;
  const noun = count === 1 ? 'paper' : 'papers';
  const days = papers
    .map((p) => utcDay(p.candidate?.paper.published))
    .filter((d): d is string => d !== null)
    .sort();
  const from = days[0] ?? utcDay(window?.from);
  const to = days[days.length - 1] ?? utcDay(window?.to);
  const range = from !== null && to !== null ? ` (${formatDayRange(from, to)})` : '';
  return `arxiv-curator: ${count} new ${noun}${range}`;
}

function utcDay(iso: string | undefined): string | null {
  if (iso === undefined) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
