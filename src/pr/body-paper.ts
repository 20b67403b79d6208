import type { FoundLink } from '../types.js';
import { plainLine } from './neutralise.js';
import type { PaperRecord } from './paper-record.js';

/** One paper the PR proposes, as the body shows it: its record from the marker. */
export type BodyPaper = PaperRecord;

/** A link needs visible text: a paper whose title is empty (or only invisible) shows its id, as in the list. */
export function shownTitle(paper: { id: string; title: string }): string {
  return plainLine(paper.title) || `arXiv:${paper.id}`;
}

/** How the table and the score cards name each kind of link a paper's text gave. */
export const LINK_LABELS: Record<FoundLink['kind'], string> = {
  code: '💻 code',
  project: '🌐 page',
  dataset: '📁 dataset',
  model: '🤗 model',
  demo: '🎮 demo',
};

/** Highest score first (papers without a recorded score last); equal scores by id. */
export function byScore(a: BodyPaper, b: BodyPaper): number {
  const sa = a.score ?? Number.NEGATIVE_INFINITY;
  const sb = b.score ?? Number.NEGATIVE_INFINITY;
  if (sa !== sb) return sb - sa;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
