import type { Candidate, FoundLink, Reason } from '../types.js';
import { encodeMarker, type MarkerData } from './marker.js';
import { htmlText, inlineMarkdown, plainLine, safeUrl } from './neutralise.js';

/** GitHub rejects PR bodies over 65,536 characters; stay a little under (emoji count double in UTF-16). */
export const BODY_LIMIT = 65_536;
const BODY_TARGET = BODY_LIMIT - 536;

/** One paper the PR proposes. */
export interface BodyPaper {
  arxivId: string;
  version: number;
  title: string;
  /** The entry's number in the list (`### 6.`) when the list numbers its entries. */
  entryNumber: number | null;
  /** This run's score card; null for a paper carried over from a night whose window has passed. */
  candidate: Candidate | null;
}

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

interface TableStyle {
  titleMax: number;
  reasons: number;
  reasonMax: number;
  links: boolean;
}

// Each step gives up detail so that the table always fits next to the marker.
const TABLE_LADDER: readonly TableStyle[] = [
  { titleMax: 200, reasons: 3, reasonMax: 90, links: true },
  { titleMax: 120, reasons: 2, reasonMax: 60, links: true },
  { titleMax: 80, reasons: 1, reasonMax: 50, links: true },
  { titleMax: 60, reasons: 0, reasonMax: 0, links: false },
];

const LINK_LABELS: Record<FoundLink['kind'], string> = {
  code: '💻 code',
  project: '🌐 page',
  dataset: '📁 dataset',
  model: '🤗 model',
  demo: '🎮 demo',
};

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

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
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

function fitTable(papers: readonly BodyPaper[], room: number): string {
  for (const style of TABLE_LADDER) {
    const table = renderTable(papers, style);
    if (table.length <= room) return table;
  }
  // Thousands of papers: keep the table's shape and say where the rest is.
  const smallest = TABLE_LADDER[TABLE_LADDER.length - 1]!;
  let shown = papers.length;
  let table = renderTable(papers, smallest);
  while (shown > 0 && table.length > room) {
    shown = Math.max(0, Math.min(shown - 1, Math.floor((shown * room) / table.length)));
    table = renderTable(papers.slice(0, shown), smallest, papers.length - shown);
  }
  return table;
}

function renderTable(papers: readonly BodyPaper[], style: TableStyle, hidden = 0): string {
  const numbered = papers.some((p) => p.entryNumber !== null);
  const header = `| ${numbered ? 'entry' : 'rank'} | paper | score | why | links |\n|---|---|---|---|---|`;
  const rows = papers.map((paper, index) => {
    const first = numbered
      ? paper.entryNumber === null
        ? '—'
        : String(paper.entryNumber)
      : String(index + 1);
    const link = `[${inlineMarkdown(shownTitle(paper), style.titleMax)}](https://arxiv.org/abs/${paper.arxivId})`;
    const score = paper.candidate ? paper.candidate.score.toFixed(1) : '—';
    const why = paper.candidate ? renderWhy(paper.candidate.reasons, style) : 'proposed on an earlier night';
    const links = style.links && paper.candidate ? renderLinkCell(paper.candidate.links) : '—';
    return `| ${first} | ${link} | ${score} | ${why} | ${links} |`;
  });
  const more =
    hidden > 0 ? `\n\n${plural(hidden, 'more paper is', 'more papers are')} in the run's summary.` : '';
  return [header, ...rows].join('\n') + more;
}

/** A link needs visible text: a paper whose title is empty (or only invisible) shows its id, as in the list. */
function shownTitle(paper: BodyPaper): string {
  return plainLine(paper.title) || `arXiv:${paper.arxivId}`;
}

function topReasons(reasons: readonly Reason[], count: number): Reason[] {
  return reasons
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => Math.abs(b.reason.points) - Math.abs(a.reason.points) || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.reason);
}

function renderWhy(reasons: readonly Reason[], style: TableStyle): string {
  if (style.reasons === 0) return '—';
  const top = topReasons(reasons, style.reasons);
  if (top.length === 0) return '—';
  const more = reasons.length > top.length ? ' · …' : '';
  return top.map((r) => inlineMarkdown(r.text, style.reasonMax)).join(' · ') + more;
}

function renderLinkCell(links: readonly FoundLink[]): string {
  const rendered = links
    .map((link) => {
      const url = safeUrl(link.url);
      return url ? `[${LINK_LABELS[link.kind]}](${url})` : null;
    })
    .filter((text): text is string => text !== null);
  return rendered.length > 0 ? rendered.join(' · ') : '—';
}

function fitCards(papers: readonly BodyPaper[], room: number): string {
  const scored = papers.filter((p): p is BodyPaper & { candidate: Candidate } => p.candidate !== null);
  if (scored.length === 0) return '';
  const heading = '### Score cards';
  const cards: string[] = [];
  let length = heading.length;
  for (const [index, paper] of scored.entries()) {
    const card = renderCard(paper, paper.candidate);
    const left = scored.length - index - 1;
    const moreLine = left > 0 ? moreCardsLine(left).length + 2 : 0;
    if (length + card.length + 2 + moreLine > room) break;
    cards.push(card);
    length += card.length + 2;
  }
  const missing = scored.length - cards.length;
  if (cards.length === 0)
    return missing > 0 && moreCardsLine(missing).length <= room ? moreCardsLine(missing) : '';
  return [heading, ...cards, missing > 0 ? moreCardsLine(missing) : ''].filter((p) => p !== '').join('\n\n');
}

function moreCardsLine(count: number): string {
  return `_${plural(count, 'more score card is', 'more score cards are')} in the run's summary._`;
}

function renderCard(paper: BodyPaper, candidate: Candidate): string {
  const summary = `<details><summary><b>${htmlText(paper.arxivId)}</b> ${htmlText(shownTitle(paper), 160)} — score ${candidate.score.toFixed(1)}</summary>`;
  const reasons = candidate.reasons.map((r) => `- ${inlineMarkdown(r.text, 300)}`);
  const categories = candidate.paper.categories.map((c) =>
    c === candidate.paper.primaryCategory ? `${inlineMarkdown(c)} (primary)` : inlineMarkdown(c),
  );
  const links = candidate.links
    .map((link) => {
      const url = safeUrl(link.url);
      if (!url) return null;
      return `${LINK_LABELS[link.kind]} [${inlineMarkdown(shortUrl(url), 120)}](${url}) (found in the ${link.source})`;
    })
    .filter((text): text is string => text !== null);
  const lines = [
    ...(reasons.length > 0 ? reasons : ['- no scoring reasons recorded']),
    `- **Categories:** ${categories.length > 0 ? categories.join(' · ') : '—'}`,
    `- **Links:** ${links.length > 0 ? links.join(' · ') : 'none found'}`,
  ];
  return `${summary}\n\n${lines.join('\n')}\n\n</details>`;
}

function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
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
