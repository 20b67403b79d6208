import { compareArxivIds } from '../arxiv/ids.js';
import type { ListStyle } from '../config/schema.js';
import type { FoundLink, Paper } from '../types.js';
import type { ListDoc } from './list-doc.js';
import { renderEntry } from './render-entry.js';
import type { NewEntry } from './splice-entries.js';

export interface PaperToAdd {
  paper: Paper;
  links: FoundLink[];
}

/**
 * Renders the papers a run adds, numbered on from the list's highest number in ascending arXiv
 * id order (the order `spliceEntries` appends them in), ready for `spliceEntries`.
 */
export function renderNewEntries(papers: PaperToAdd[], doc: ListDoc, style: ListStyle): NewEntry[] {
  const { numbering, bullet } = doc.conventions;
  const first = style === 'details' ? numbering.highest + 1 : bullet.nextNumber;
  return [...papers]
    .sort((a, b) => compareArxivIds(a.paper.arxivId, b.paper.arxivId))
    .map(({ paper, links }, i) => ({
      arxivId: paper.arxivId,
      text: renderEntry(paper, links, style, doc.conventions, first + i),
    }));
}
