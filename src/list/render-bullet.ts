import type { Paper } from '../types.js';
import type { ListConventions } from './list-doc.js';
import { inlineMarkdown, text } from './markdown-inline.js';
import { entryTitle, firstAuthorEtAl, monthYear } from './paper-text.js';
import { arxivUrl } from './safe-url.js';

/** `- [Title](https://arxiv.org/abs/ID) — First Author et al., Mon YYYY` with the list's marker. */
export function renderBullet(paper: Paper, conventions: ListConventions, number?: number): string {
  const { bullet } = conventions;
  const marker = bullet.ordered ? `${number ?? bullet.nextNumber}${bullet.marker}` : bullet.marker;
  const byline = [firstAuthorEtAl(paper), monthYear(paper)].filter((part) => part !== '').join(', ');
  const line = inlineMarkdown([
    {
      type: 'link',
      url: arxivUrl(paper.arxivId, conventions.arxivLink ?? 'abs'),
      children: [text(entryTitle(paper))],
    },
    ...(byline === '' ? [] : [text(` — ${byline}`)]),
  ]);
  return `${marker} ${line}${conventions.lineEnding}`;
}
