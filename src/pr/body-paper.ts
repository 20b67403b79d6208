import type { Candidate, FoundLink } from '../types.js';
import { plainLine } from './neutralise.js';

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

/** A link needs visible text: a paper whose title is empty (or only invisible) shows its id, as in the list. */
export function shownTitle(paper: BodyPaper): string {
  return plainLine(paper.title) || `arXiv:${paper.arxivId}`;
}

/** How the table and the score cards name each kind of link a paper's text gave. */
export const LINK_LABELS: Record<FoundLink['kind'], string> = {
  code: '💻 code',
  project: '🌐 page',
  dataset: '📁 dataset',
  model: '🤗 model',
  demo: '🎮 demo',
};
