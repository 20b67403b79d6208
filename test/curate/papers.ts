import type { ScoringConfig } from '../../src/config/schema.js';
import type { ListEntry, Paper } from '../../src/types.js';

/** A paper with defaults that add no points: override what a test is about. */
export function paper(overrides: Partial<Paper> = {}): Paper {
  return {
    arxivId: '2511.00001',
    version: 1,
    title: 'A study of things',
    abstract: 'We study things.',
    authors: ['A. Author'],
    categories: [],
    primaryCategory: '',
    published: '2025-11-20T00:00:00Z',
    updated: '2025-11-20T00:00:00Z',
    ...overrides,
  };
}

export function scoring(overrides: Partial<ScoringConfig> = {}): ScoringConfig {
  return {
    minScore: 5,
    terms: [],
    exclude: [],
    primaryCategoryWeight: 0,
    crossListWeight: 0,
    similarityWeight: 0,
    ...overrides,
  };
}

export function entry(arxivId: string | null, title: string, abstract: string | null = null): ListEntry {
  return { arxivId, title, abstract };
}
