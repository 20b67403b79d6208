import type { ScoringConfig } from '../../config/schema.js';
import type { ListEntry } from '../../types.js';
import { createQueryMatcher } from '../query-matcher.js';
import { createScorer, type ScoringMemory } from '../score.js';
import type { LabelledPaper } from './corpus.js';
import { measure, type RunFigures } from './run-figures.js';

/**
 * A list split in two by id: the memory half plays the list, the other half the papers to find.
 * FNV-1a of the id, so the split is the same on every machine and does not depend on order.
 */
export function inMemoryHalf(id: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash & 1) === 0;
}

export function asEntry(item: LabelledPaper): ListEntry {
  return { arxivId: item.paper.arxivId, title: item.paper.title, abstract: item.paper.abstract };
}

export interface SplitSettings {
  scoring: ScoringConfig;
  categories: string[];
  phrases: string[];
}

/** P/R/F1/AP of one profile on the papers to find, at its own threshold, with or without the memory. */
export function splitFigures(
  candidates: LabelledPaper[],
  settings: SplitSettings,
  memory: ScoringMemory,
): RunFigures {
  const scorer = createScorer(settings.scoring, settings.categories, memory);
  const inQuery = createQueryMatcher(settings.phrases, settings.categories);
  const scored = candidates.map((item) => ({
    item,
    result: scorer(item.paper),
    inQuery: inQuery(item.paper),
  }));
  return measure(scored, settings.scoring.minScore);
}
