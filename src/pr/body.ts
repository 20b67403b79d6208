import { byScore, type BodyPaper } from './body-paper.js';
import { renderPlacementNote } from './body-placement.js';
import { fitQueue, fitRejected } from './body-sections.js';
import { fitTable } from './body-table.js';
import { formatDayRange } from './day-range.js';
import { funnelSteps } from './funnel.js';
import { encodeMarker, type MarkerData } from './marker.js';
import { inlineMarkdown } from './neutralise.js';
import type { QueuedPaper, RemovedPaper, RunRecord } from './paper-record.js';
import { plural } from './plural.js';
import { fitReviewList, renderReviewList } from './review-list.js';
import { fitCards } from './score-cards.js';

/** GitHub rejects PR bodies over 65,536 characters; stay a little under (emoji count double in UTF-16). */
export const BODY_LIMIT = 65_536;
export const BODY_TARGET = BODY_LIMIT - 536;
/** Room kept for the table (which shortens itself) when the checklist of a very long PR is fitted. */
const TABLE_ROOM = 12_000;
const REVIEW_TITLES = [200, 80, 40, 0];

export interface PullBodyInput {
  listPath: string;
  /** Every paper the PR proposes, as the marker records it. */
  papers: readonly BodyPaper[];
  queue: readonly QueuedPaper[];
  queueDropped: number;
  maxPapers: number;
  /** Papers maintainers took out of this PR. */
  rejected: readonly RemovedPaper[];
  /** The run that last wrote the PR (the preview: this one). */
  run: RunRecord | null;
  /** null in the offline preview, which has no branch to point at. */
  marker: MarkerData | null;
  /** Characters the body may take (default: all GitHub allows); a maintainer's text takes the rest. */
  room?: number;
}

/**
 * The PR body (SPEC §6, Appendix A): a true account of the branch, rendered only from what the
 * marker keeps, so the same PR always renders the same text. The opening sentence, the review
 * checklist, the table, score cards while they fit, the queue, the papers rejected in review, the
 * last run's funnel, how to review, and the hidden marker last. Pure and deterministic; the CLI
 * preview calls it with `marker: null`.
 */
export function renderPullBody(input: PullBodyInput): string {
  const papers = [...input.papers].sort(byScore);
  const footer = [
    renderLastRun(input.run, input.marker === null),
    renderReviewing(),
    input.marker ? encodeMarker(input.marker) : previewNote(),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  // The checklist holds every paper; with very many, their titles get shorter, and past that the
  // last ones are only counted.
  const intro = renderIntro(input, papers);
  const total = input.room ?? BODY_TARGET;
  const placement = renderPlacementNote(papers);
  const headMax = total - footer.length - placement.length - Math.min(TABLE_ROOM, Math.floor(total / 5));
  const head =
    REVIEW_TITLES.map(
      (max) => `${intro}

${renderReviewList(papers, max)}`,
    ).find((text) => text.length <= headMax) ??
    `${intro}

${fitReviewList(papers, headMax - intro.length - 2)}`;
  let room = total - head.length - placement.length - footer.length - 12;
  const table = fitTable(papers, room);
  room -= table.length + 2;
  const cards = fitCards(papers, room);
  room -= cards.length + 2;
  const queue = fitQueue(input.queue, input.queueDropped, input.maxPapers, room);
  room -= queue.length + 2;
  const rejected = fitRejected(input.rejected, room);
  return (
    [head, placement, table, cards, queue, rejected, footer].filter((part) => part !== '').join('\n\n') + '\n'
  );
}

function renderIntro(input: PullBodyInput, papers: readonly BodyPaper[]): string {
  const days = papers
    .map((p) => p.day)
    .filter((d): d is string => d !== undefined)
    .sort();
  const when = days.length > 0 ? ` (submitted ${formatDayRange(days[0]!, days[days.length - 1]!)})` : '';
  const queued =
    input.queue.length > 0 ? `; ${plural(input.queue.length, 'more is', 'more are')} queued` : '';
  return (
    `arxiv-curator proposes **${plural(papers.length, 'new paper', 'new papers')}** for ` +
    `\`${inlineMarkdown(input.listPath).replace(/`/g, '')}\`${when}${queued}.`
  );
}

/** The funnel of the run that last wrote the PR, and how close the best miss came: one count each. */
function renderLastRun(run: RunRecord | null, preview: boolean): string {
  if (run === null) return '';
  const f = run.funnel;
  const threshold = run.minScore.toFixed(1);
  const below =
    f.belowThreshold > 0
      ? ` ${plural(f.belowThreshold, 'paper', 'papers')} scored below the threshold of ${threshold}` +
        `${run.closest !== null ? ` (the closest ${run.closest.toFixed(1)})` : ''}; the run's summary lists the closest.`
      : '';
  return `**${preview ? 'This' : 'Last'} run:** searched ${inlineMarkdown(run.searched)}: ${funnelSteps(f, run.minScore)}.${below}`;
}

function renderReviewing(): string {
  return (
    '**Reviewing:** untick a paper above, or delete its entry from the diff, to reject it: the next run ' +
    'takes it out of this pull request and never proposes it again. Close this pull request to reject all ' +
    'of them; merge to accept. Add an id to `allow` in the config file to undo a rejection. Once someone ' +
    'else pushes to this branch, arxiv-curator stops rebuilding it and only commits on top.'
  );
}

function previewNote(): string {
  return '_Preview: the hidden marker that remembers this pull request is added when it is written to GitHub._';
}
