import type { Candidate } from '../types.js';
import type { BodyPaper } from './body-paper.js';
import { fitTable } from './body-table.js';
import { encodeMarker, type MarkerData } from './marker.js';
import { inlineMarkdown } from './neutralise.js';
import { plural } from './plural.js';
import { fitCards } from './score-cards.js';

/** GitHub rejects PR bodies over 65,536 characters; stay a little under (emoji count double in UTF-16). */
export const BODY_LIMIT = 65_536;
const BODY_TARGET = BODY_LIMIT - 536;

/** This run's funnel (SPEC §7), for the opening sentence. */
export interface BodyFunnel {
  /** Papers on arXiv that matched the query. */
  matched: number;
  listed: number;
  inOpenPr: number;
  rejected: number;
  excluded: number;
  belowThreshold: number;
  overCap: number;
}

export interface PullBodyInput {
  listPath: string;
  /** Every paper the PR proposes after this run, carried-over ones included. */
  papers: readonly BodyPaper[];
  funnel: BodyFunnel;
  windowDays: number;
  /** What this run searched, in words (`arXiv submissions of Nov 19–26, 2026`); default: the last windowDays days. */
  searched?: string;
  minScore: number;
  maxPapers: number;
  /** The best below-threshold and over-cap candidates. */
  nearMisses: readonly Candidate[];
  /** null in the offline preview, which has no branch to point at. */
  marker: MarkerData | null;
}

/**
 * The PR body (SPEC §6, Appendix A): the opening sentence with the funnel, the table, score cards
 * while they fit, how to review, near misses, and the hidden marker last. Pure and deterministic.
 * The CLI preview calls it with the same inputs (and `marker: null`).
 */
export function renderPullBody(input: PullBodyInput): string {
  const papers = sortByScore(input.papers);
  const intro = renderIntro(input, papers);
  const footer = [
    renderReviewing(),
    renderNearMisses(input),
    input.marker ? encodeMarker(input.marker) : previewNote(),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  const fixedLength = intro.length + footer.length + 4;

  const table = fitTable(papers, BODY_TARGET - fixedLength);
  const cards = fitCards(papers, BODY_TARGET - fixedLength - table.length - 2);
  return [intro, table, cards, footer].filter((part) => part !== '').join('\n\n') + '\n';
}

function sortByScore(papers: readonly BodyPaper[]): BodyPaper[] {
  return [...papers].sort((a, b) => {
    const sa = a.candidate?.score ?? Number.NEGATIVE_INFINITY;
    const sb = b.candidate?.score ?? Number.NEGATIVE_INFINITY;
    if (sa !== sb) return sb - sa;
    return a.arxivId < b.arxivId ? -1 : a.arxivId > b.arxivId ? 1 : 0;
  });
}

function renderIntro(input: PullBodyInput, papers: readonly BodyPaper[]): string {
  const carried = papers.filter((p) => p.candidate === null).length;
  const f = input.funnel;
  const parts = [
    `${f.matched} on arXiv matched the query`,
    f.listed > 0 ? `${f.listed} already listed` : '',
    f.inOpenPr > 0 ? `${f.inOpenPr} already in this pull request` : '',
    f.rejected > 0 ? `${f.rejected} rejected before` : '',
    f.excluded > 0 ? `${f.excluded} excluded` : '',
    f.belowThreshold > 0 ? `${f.belowThreshold} below the threshold of ${input.minScore.toFixed(1)}` : '',
    f.overCap > 0 ? `${f.overCap} over the cap of ${input.maxPapers} per run` : '',
  ].filter((part) => part !== '');
  const carriedNote = carried > 0 ? `, ${plural(carried, 'paper', 'papers')} of them from earlier runs` : '';
  return (
    `arxiv-curator proposes **${plural(papers.length, 'new paper', 'new papers')}** for ` +
    `\`${inlineMarkdown(input.listPath).replace(/`/g, '')}\`${carriedNote}. This run searched ` +
    `${input.searched !== undefined ? inlineMarkdown(input.searched) : `arXiv submissions of the last ${plural(input.windowDays, 'day', 'days')}`} (${parts.join(' · ')}).`
  );
}

function renderReviewing(): string {
  return (
    '**Reviewing:** delete an entry from the diff to reject that paper; close this pull request to reject ' +
    'all of them; merge to accept. Rejected papers are never proposed again (add an id to `allow` in the ' +
    'config file to undo a rejection). Once someone else pushes to this branch, arxiv-curator stops ' +
    'rebuilding it and only adds new papers on top.'
  );
}

function renderNearMisses(input: PullBodyInput): string {
  const below = input.nearMisses.filter((c) => c.decision === 'below-threshold');
  const overCap = input.nearMisses.filter((c) => c.decision === 'over-cap');
  const parts: string[] = [];
  if (below.length > 0) {
    const scores = below.map((c) => c.score);
    const low = Math.min(...scores).toFixed(1);
    const high = Math.max(...scores).toFixed(1);
    const range = low === high ? `scored ${low}` : `scored ${low}–${high}`;
    parts.push(
      `${plural(below.length, 'paper', 'papers')} ${range}, below the threshold of ${input.minScore.toFixed(1)}`,
    );
  }
  if (overCap.length > 0) {
    parts.push(
      `${plural(overCap.length, 'paper was', 'papers were')} over the cap of ${input.maxPapers} per run and stay eligible`,
    );
  }
  if (parts.length === 0) return '';
  const count = below.length + overCap.length;
  return `**Near misses:** ${parts.join('; ')}. ${count === 1 ? 'It is' : 'They are'} listed in the run's summary.`;
}

function previewNote(): string {
  return '_Preview: the hidden marker that remembers this pull request is added when it is written to GitHub._';
}
