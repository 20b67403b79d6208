import { renderWhy } from './body-table.js';
import { shownTitle } from './body-paper.js';
import { inlineMarkdown } from './neutralise.js';
import type { QueuedPaper, RemovedPaper } from './paper-record.js';
import { plural } from './plural.js';

/**
 * The queue (SPEC §6): papers that qualified beyond `max-papers`, best first, as many rows as fit
 * in `room` characters; the rest are counted.
 */
export function fitQueue(
  queue: readonly QueuedPaper[],
  dropped: number,
  maxPapers: number,
  room: number,
): string {
  if (queue.length === 0 && dropped === 0) return '';
  const lead =
    `### Queued, not yet in this PR\n${plural(queue.length, 'paper', 'papers')} qualified beyond ` +
    `\`max-papers: ${maxPapers}\`: the best-scoring are proposed as room frees up (a merge, a close, a rejection).`;
  const droppedLine =
    dropped > 0
      ? `_${plural(dropped, 'more paper', 'more papers')} qualified but ${dropped === 1 ? 'was' : 'were'} left out to keep the queue at ${queue.length} (the lowest scores)._`
      : '';
  const rows = queue.map(
    (paper) =>
      `| ${paper.score.toFixed(1)} | [${inlineMarkdown(shownTitle(paper), 120)}](https://arxiv.org/abs/${paper.id}) | ${renderWhy(paper.why, { reasons: 2, reasonMax: 60 })} |`,
  );
  return fitRows(
    lead,
    '| score | paper | why |\n|---:|---|---|',
    rows,
    droppedLine,
    room,
    (n) => `_${plural(n, 'more queued paper is', 'more queued papers are')} in the hidden marker below._`,
  );
}

/** Papers maintainers took out of this PR, struck out, as many as fit; the rest are counted. */
export function fitRejected(removed: readonly RemovedPaper[], room: number): string {
  if (removed.length === 0) return '';
  const rows = removed.map(
    (paper) =>
      `- ~~${paper.id} ${inlineMarkdown(shownTitle(paper), 160)}~~ (${paper.how === 'unticked' ? 'unticked' : 'entry deleted'})`,
  );
  return fitRows(
    '### Rejected in review',
    '',
    rows,
    '',
    room,
    (n) => `_${plural(n, 'more rejected paper is', 'more rejected papers are')} in the hidden marker below._`,
  );
}

function fitRows(
  lead: string,
  header: string,
  rows: readonly string[],
  tail: string,
  room: number,
  more: (hidden: number) => string,
): string {
  const join = (shown: readonly string[], hidden: number): string =>
    [lead, [header, ...shown].filter((p) => p !== '').join('\n'), hidden > 0 ? more(hidden) : '', tail]
      .filter((part) => part !== '')
      .join('\n\n');
  let shown = rows.length;
  let text = join(rows, 0);
  while (text.length > room && shown > 0) {
    shown -= 1;
    text = join(rows.slice(0, shown), rows.length - shown);
  }
  return text.length <= room ? text : '';
}
