import type { FoundLink, Paper } from '../../src/types.js';
import { entryAbstract, paperOf } from '../format/entry-paper.js';
import type { RemovedEntry } from './choose-removed.js';

/** What the corpus knows of a paper: its real abstract and categories. */
export interface KnownPaper {
  abstract: string;
  categories: string[];
}

/** How each kind of link is introduced in an arXiv comment, as authors write them. */
const COMMENT_LABELS: Record<FoundLink['kind'], string> = {
  code: 'Code',
  project: 'Project page',
  dataset: 'Dataset',
  model: 'Model',
  demo: 'Demo',
};

/**
 * The paper a removed entry shows, as arXiv would serve it: the entry's id, title and authors
 * (stand-ins where it shows none), the corpus abstract and categories when the corpus has the
 * paper (else the abstract the entry itself shows, as a list with abstracts copies arXiv's, else a
 * neutral abstract built from the title, in cs.CV), and the code and project links
 * the entry carried in the arXiv comment (`Code: https://github.com/… Project page: https://…`).
 * `published` puts it in the run's window: arXiv is searched by submission date and a run
 * reaches back a year at most, while the lists' papers span several.
 */
export function servedPaper(removed: RemovedEntry, known: KnownPaper | undefined, published: string): Paper {
  const { paper, links } = paperOf(removed.entry);
  const comment = links.map((link) => `${COMMENT_LABELS[link.kind]}: ${link.url}`).join(' ');
  const categories = known && known.categories.length > 0 ? known.categories : ['cs.CV'];
  return {
    ...paper,
    abstract: known?.abstract || entryAbstract(removed.entry) || neutralAbstract(paper.title),
    categories,
    primaryCategory: categories[0]!,
    published,
    updated: published,
    ...(comment === '' ? {} : { comment }),
  };
}

/** Where a served paper's abstract comes from: the corpus, the list's own entry, or a stand-in. */
export type AbstractSource = 'corpus' | 'entry' | 'stand-in';

export function abstractSource(removed: RemovedEntry, known: KnownPaper | undefined): AbstractSource {
  if (known?.abstract) return 'corpus';
  return entryAbstract(removed.entry) ? 'entry' : 'stand-in';
}

/** An abstract that says no more than the title does. */
export function neutralAbstract(title: string): string {
  return `This paper presents ${title.replace(/[.\s]+$/, '')}. We describe the method and report experiments.`;
}

/**
 * `count` submission times a few minutes apart, newest first, inside the week before `now`
 * (the default window), starting a day before it: every paper of the run is in the window.
 */
export function windowTimes(now: string, count: number): string[] {
  const start = Date.parse(now) - 86_400_000;
  const step = Math.max(1, Math.floor((4 * 86_400_000) / Math.max(1, count)));
  return Array.from({ length: count }, (_, i) =>
    new Date(start - i * step).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  );
}
