import type { Paper } from '../types.js';
import { PhraseSet } from './phrase-set.js';
import { prepareText } from './words.js';

type QueryPaper = Pick<Paper, 'title' | 'abstract' | 'categories'>;

/**
 * Would the arXiv query (phrases OR-ed over `ti:` and `abs:`, AND-ed with the categories) have
 * returned this paper? A local, slightly conservative approximation: arXiv also stems words, so it
 * can return more. A paper with no categories (some corpus records lack them) is judged on its
 * phrases alone. Empty `categories` means the query has no category clause.
 */
export function createQueryMatcher(phrases: string[], categories: string[]): (paper: QueryPaper) => boolean {
  const set = new PhraseSet(phrases, { joinHyphens: false });
  const wanted = new Set(categories.map((c) => c.toLowerCase()));
  return (paper) => {
    if (wanted.size > 0 && paper.categories.length > 0) {
      if (!paper.categories.some((c) => wanted.has(c.toLowerCase()))) return false;
    }
    return (
      set.matches(prepareText(paper.title)).size > 0 || set.matches(prepareText(paper.abstract)).size > 0
    );
  };
}

export function matchesQuery(paper: QueryPaper, phrases: string[], categories: string[]): boolean {
  return createQueryMatcher(phrases, categories)(paper);
}
