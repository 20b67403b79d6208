import { describe, expect, it } from '@jest/globals';
import { createQueryMatcher, matchesQuery } from '../../src/curate/query-matcher.js';

describe('matchesQuery', () => {
  const paper = (title: string, abstract: string, categories: string[]) => ({ title, abstract, categories });

  it.each<[string, ReturnType<typeof paper>, boolean]>([
    ['a phrase in the title and a wanted category', paper('GPT-4o as a painter', '…', ['cs.CV']), true],
    ['a phrase in the abstract', paper('A study', 'We edit with GPT-4o.', ['cs.AI', 'math.OC']), true],
    ['no wanted category', paper('GPT-4o as a painter', '…', ['math.OC']), false],
    ['no phrase', paper('Diffusion for proteins', 'Folding.', ['cs.CV']), false],
    ['unknown categories: judged on phrases alone', paper('GPT-4o as a painter', '…', []), true],
    ['no joined spelling (arXiv splits hyphens)', paper('GPT4o as a painter', '…', ['cs.CV']), false],
  ])('%s', (_name, candidate, expected) => {
    expect(matchesQuery(candidate, ['GPT-4o', 'image editing'], ['cs.CV', 'cs.AI'])).toBe(expected);
  });

  it('without categories, the query has no category clause', () => {
    const matcher = createQueryMatcher(['GPT-4o'], []);
    expect(matcher({ title: 'GPT-4o', abstract: '', categories: ['q-bio.GN'] })).toBe(true);
  });
});
