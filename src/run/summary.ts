import { formatUtcDay, type ArxivWindow } from '../arxiv/window.js';
import { formatDay } from '../pr/day-range.js';
import { inlineMarkdown, safeUrl } from '../pr/neutralise.js';
import { wouldDo } from '../pr/plan.js';
import { plural } from '../pr/plural.js';
import type { Candidate } from '../types.js';
import type { Funnel } from '../pr/funnel.js';
import { funnelLine } from './funnel-text.js';
import type { NightResult } from './night.js';

/** The job summary is capped by GitHub at 1 MiB per step; stay far below. */
const SUMMARY_DIFF_MAX = 60_000;
const NEAR_MISS_ROWS = 10;

function windowText(window: ArxivWindow): string {
  const last = new Date(window.to.getTime() - 1);
  return `${formatDay(formatUtcDay(window.from))} – ${formatDay(formatUtcDay(last))} (UTC)`;
}

function paperLink(candidate: Candidate): string {
  const url = safeUrl(`https://arxiv.org/abs/${candidate.paper.arxivId}`)!;
  return `[${inlineMarkdown(candidate.paper.title, 120)}](${url})`;
}

function reasonsText(candidate: Candidate, count: number): string {
  const reasons = candidate.reasons.slice(0, count).map((reason) => inlineMarkdown(reason.text, 80));
  return reasons.length > 0 ? reasons.join(' · ') : '—';
}

/** The table of papers; with a `section` column where papers were routed among sections. */
function candidateTable(candidates: readonly Candidate[]): string[] {
  if (!candidates.some((c) => c.section !== undefined))
    return [
      '| score | paper | why |',
      '|---:|---|---|',
      ...candidates.map((c) => `| ${c.score.toFixed(1)} | ${paperLink(c)} | ${reasonsText(c, 3)} |`),
    ];
  return [
    '| score | paper | why | section |',
    '|---:|---|---|---|',
    ...candidates.map(
      (c) => `| ${c.score.toFixed(1)} | ${paperLink(c)} | ${reasonsText(c, 3)} | ${sectionText(c)} |`,
    ),
  ];
}

function sectionText(candidate: Candidate): string {
  const section = candidate.section;
  if (section === undefined) return '—';
  const name = inlineMarkdown(section.name, 80);
  return section.fits ? `${name}: ${inlineMarkdown(section.why, 120)}` : `${name} (fits none well; move it)`;
}

/** Why nothing was proposed, in one sentence a maintainer can act on (SPEC §7); the funnel's counts. */
function emptyNightReason(funnel: Funnel, minScore: number, window: ArxivWindow): string {
  if (funnel.onArxiv === 0) {
    return `arXiv had no papers matching the query submitted ${windowText(window)}: on weekends and holidays arXiv announces nothing, so an empty night is normal.`;
  }
  const parts = [
    funnel.listed && `${funnel.listed} already listed`,
    funnel.inOpenPr && `${funnel.inOpenPr} already in the open pull request`,
    funnel.rejected && `${funnel.rejected} rejected in review or ignored`,
    funnel.excluded && `${funnel.excluded} excluded by an exclude term`,
    funnel.belowThreshold && `${funnel.belowThreshold} below the threshold of ${minScore.toFixed(1)}`,
    funnel.overCap && `${funnel.overCap} queued, as the pull request is full`,
  ].filter(Boolean);
  return `arXiv matched ${funnel.onArxiv} papers submitted ${windowText(window)}: ${parts.join(', ')}.`;
}

/** What the run did to the pull request, in one line (a dry run: what it would have done). */
function operationLine(result: NightResult): string {
  const { plan, pull } = result;
  const prRef = pull ? `[#${pull.number}](${pull.url})` : 'the pull request';
  if (result.dryRun)
    return `**Dry run:** would ${wouldDo(plan.operation)} (${plan.reason}), nothing was written.`;
  switch (plan.operation) {
    case 'create':
      return `Opened ${prRef}: ${plan.reason}.`;
    case 'close':
      return `Closed ${prRef}: ${plan.reason} (not a rejection).`;
    case 'rebuild':
      return `Rebuilt ${prRef}: ${plan.reason}.`;
    case 'append':
      return `Updated ${prRef}: ${plan.reason}.`;
    case 'refresh':
      return `Updated the description of ${prRef}: ${plan.reason}.`;
    case 'unchanged':
      return `The open pull request ${prRef} is unchanged.`;
    case 'none':
      return '';
  }
}

/** The job summary of a run that finished (SPEC §7): what happened, the funnel, papers, misses. */
export function renderSummary(result: NightResult, minScore: number): string {
  const { curation } = result;
  const lines: string[] = [];
  const dry = result.dryRun ? ' (dry run: nothing was written)' : '';
  const proposing = result.plan.operation === 'close' ? 0 : curation.proposed.length;
  const operation = operationLine(result);
  if (proposing > 0) {
    lines.push(
      `### arxiv-curator — ${plural(proposing, 'new paper', 'new papers')} proposed${dry}`,
      '',
      operation,
    );
  } else {
    lines.push(
      `### arxiv-curator — nothing new to propose${dry}`,
      '',
      emptyNightReason(curation.funnel, minScore, result.window),
    );
    if (operation !== '') lines.push('', operation);
  }
  lines.push(
    '',
    `**Funnel:** ${funnelLine(curation.funnel, minScore)}`,
    `**Window:** submissions ${windowText(result.window)}`,
  );
  if (curation.queue.length > 0) {
    lines.push(
      `**Queue:** ${plural(curation.queue.length, 'paper waits', 'papers wait')} for room in the pull request` +
        (curation.queueDropped > 0 ? ` (${curation.queueDropped} more left out: the queue is full)` : ''),
    );
  }

  if (curation.proposed.length > 0) lines.push('', '#### Proposed', '', ...candidateTable(curation.proposed));
  const misses = curation.candidates
    .filter((c) => c.decision === 'over-cap' || (c.decision === 'below-threshold' && c.score > 0))
    .slice(0, NEAR_MISS_ROWS);
  if (misses.length > 0) lines.push('', '#### Closest misses', '', ...candidateTable(misses));
  if (result.warnings.length > 0) {
    lines.push(
      '',
      '#### Warnings',
      '',
      ...result.warnings.map((warning) => `- ${inlineMarkdown(warning, 500)}`),
    );
  }
  if (result.dryRun && result.diff) {
    const diff =
      result.diff.length > SUMMARY_DIFF_MAX
        ? `${result.diff.slice(0, SUMMARY_DIFF_MAX)}\n… (cut)`
        : result.diff;
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(diff) + 1));
    lines.push('', '#### The change to the list', '', `${fence}diff`, diff, fence);
  }
  return `${lines.join('\n')}\n`;
}

/** What a failed run had written to GitHub before it failed, and what it made of it. */
export interface FailureLeft {
  /** Successful write requests, `POST git/refs`, in order. */
  writes: readonly string[];
  /** What the failed write left, in words, when it said. */
  aftermath: string | null;
}

/** The job summary of a failed run: what failed first, then exactly what was and was not left. */
export function renderFailureSummary(message: string, arxivFailed: boolean, left: FailureLeft): string {
  const what = arxivFailed ? 'arXiv could not be read' : 'the run failed';
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(message) + 1));
  return [
    `### arxiv-curator — ${what}`,
    '',
    fence,
    message,
    fence,
    '',
    arxivFailed
      ? 'Nothing was written to GitHub. The next run fetches this window again, so no paper is missed.'
      : whatWasLeft(left),
    '',
  ].join('\n');
}

function whatWasLeft({ writes, aftermath }: FailureLeft): string {
  const written =
    writes.length === 0
      ? 'Nothing was written to GitHub.'
      : `Before it failed, the run made ${plural(writes.length, 'write', 'writes')} to GitHub: ${writes.map((w) => `\`${w}\``).join(', ')}.`;
  return [written, aftermath ?? '', 'The next run starts from what GitHub holds and converges.']
    .filter((part) => part !== '')
    .join(' ');
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}
