import type { FoundLink } from '../types.js';
import { LINK_LABELS, shownTitle, type BodyPaper } from './body-paper.js';
import { inlineMarkdown, safeUrl } from './neutralise.js';
import { plural } from './plural.js';

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

/** The papers' table in at most `room` characters: less detail per row first, then fewer rows. */
export function fitTable(papers: readonly BodyPaper[], room: number): string {
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
  const numbered = papers.some((p) => p.entry !== undefined);
  const header = `| ${numbered ? 'entry' : 'rank'} | paper | score | why | links |\n|---|---|---|---|---|`;
  const rows = papers.map((paper, index) => {
    const first = numbered ? (paper.entry === undefined ? '—' : String(paper.entry)) : String(index + 1);
    const link = `[${inlineMarkdown(shownTitle(paper), style.titleMax)}](https://arxiv.org/abs/${paper.id})`;
    const score = paper.score !== undefined ? paper.score.toFixed(1) : '—';
    const why = paper.why !== undefined ? renderWhy(paper.why, style) : 'not recorded';
    const links = style.links && paper.links ? renderLinkCell(paper.links) : '—';
    return `| ${first} | ${link} | ${score} | ${why} | ${links} |`;
  });
  const more =
    hidden > 0 ? `\n\n${plural(hidden, 'more paper is', 'more papers are')} in the run's summary.` : '';
  return [header, ...rows].join('\n') + more;
}

/** The reasons as recorded, strongest first: the first few, and `…` when there are more. */
export function renderWhy(reasons: readonly string[], style: { reasons: number; reasonMax: number }): string {
  if (style.reasons === 0) return '—';
  const top = reasons.slice(0, style.reasons);
  if (top.length === 0) return '—';
  const more = reasons.length > top.length ? ' · …' : '';
  return top.map((r) => inlineMarkdown(r, style.reasonMax)).join(' · ') + more;
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
