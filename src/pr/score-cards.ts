import type { Candidate } from '../types.js';
import { LINK_LABELS, shownTitle, type BodyPaper } from './body-paper.js';
import { htmlText, inlineMarkdown, safeUrl } from './neutralise.js';
import { plural } from './plural.js';

/** A folded score card per scored paper, best first, as many as fit in `room` characters. */
export function fitCards(papers: readonly BodyPaper[], room: number): string {
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
