import { LINK_LABELS, shownTitle, type BodyPaper } from './body-paper.js';
import { sectionLine } from './body-placement.js';
import { htmlText, inlineMarkdown, safeUrl } from './neutralise.js';
import { plural } from './plural.js';

/** A folded score card per scored paper, best first, as many as fit in `room` characters. */
export function fitCards(papers: readonly BodyPaper[], room: number): string {
  const scored = papers.filter((p) => p.score !== undefined);
  if (scored.length === 0) return '';
  const heading = '### Score cards';
  const cards: string[] = [];
  let length = heading.length;
  for (const [index, paper] of scored.entries()) {
    const card = renderCard(paper);
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

function renderCard(paper: BodyPaper): string {
  const summary = `<details><summary><b>${htmlText(paper.id)}</b> ${htmlText(shownTitle(paper), 160)} — score ${paper.score!.toFixed(1)}</summary>`;
  const reasons = (paper.why ?? []).map((r) => `- ${inlineMarkdown(r, 300)}`);
  // The primary category is recorded first.
  const categories = (paper.cats ?? []).map((c, i) =>
    i === 0 ? `${inlineMarkdown(c)} (primary)` : inlineMarkdown(c),
  );
  const submitted = paper.day !== undefined ? [`- **Submitted:** ${paper.day}`] : [];
  const links = (paper.links ?? [])
    .map((link) => {
      const url = safeUrl(link.url);
      if (!url) return null;
      return `${LINK_LABELS[link.kind]} [${inlineMarkdown(shortUrl(url), 120)}](${url}) (found in the ${link.source})`;
    })
    .filter((text): text is string => text !== null);
  const lines = [
    ...(reasons.length > 0 ? reasons : ['- no scoring reasons recorded']),
    ...sectionLine(paper),
    `- **Categories:** ${categories.length > 0 ? categories.join(' · ') : '—'}`,
    ...submitted,
    `- **Links:** ${links.length > 0 ? links.join(' · ') : 'none found'}`,
  ];
  return `${summary}\n\n${lines.join('\n')}\n\n</details>`;
}

function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
