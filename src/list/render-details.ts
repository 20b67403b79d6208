import type { PhrasingContent } from 'mdast';
import type { FoundLink, Paper } from '../types.js';
import { linksByKind } from './entry-links.js';
import type { ListConventions } from './list-doc.js';
import { escapeHtmlText, headingMarkdown, inlineMarkdown, text } from './markdown-inline.js';
import { authorList, entryAbstract, entryTitle } from './paper-text.js';
import { arxivUrl } from './safe-url.js';

const LABELS: Record<FoundLink['kind'], string> = {
  code: '💻 Code',
  project: '🌐 Project Page',
  dataset: '📁 Dataset',
  model: '🤗 Model',
  demo: '🎮 Demo',
};

/**
 * The seed list's format (SPEC §5), without the image line:
 * `### N. Title`, `**Authors:** …`, the abstract in `<details span>`, a blank line, the links.
 * The abstract sits inside an HTML block, which ends at the first blank line, so it is one
 * HTML-escaped line; an entry whose abstract is empty gets no `<details>` at all.
 */
export function renderDetails(
  paper: Paper,
  links: FoundLink[],
  conventions: ListConventions,
  number?: number,
): string {
  const { numbering, lineEnding } = conventions;
  const depth = Math.min(Math.max(numbering.depth, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6;
  let title = headingMarkdown([text(entryTitle(paper))], depth);
  if (numbering.numbered) title = `${number ?? numbering.highest + 1}. ${title}`;
  // Unnumbered: a title like `3. Results` must not read as a number later.
  else title = title.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  const lines = [`${'#'.repeat(depth)} ${title}`];
  const authors = authorList(paper);
  if (authors !== '') {
    lines.push(inlineMarkdown([{ type: 'strong', children: [text('Authors:')] }, text(` ${authors}`)]));
  }
  const abstract = entryAbstract(paper);
  if (abstract !== '') {
    lines.push(
      '<details span>',
      '<summary><b>Abstract</b></summary>',
      escapeHtmlText(abstract),
      '</details>',
    );
  }
  lines.push('', linksLine(paper, links, conventions), '', '');
  return lines.join(lineEnding);
}

function linksLine(paper: Paper, links: FoundLink[], conventions: ListConventions): string {
  const parts: PhrasingContent[][] = [
    [link('📄 Paper', arxivUrl(paper.arxivId, conventions.arxivLink ?? 'pdf'))],
  ];
  for (const [kind, url] of linksByKind(links)) parts.push([link(LABELS[kind], url)]);
  return parts.map((part) => inlineMarkdown(part)).join(' | ');
}

function link(label: string, url: string): PhrasingContent {
  return { type: 'link', url, children: [text(label)] };
}
