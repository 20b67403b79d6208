import type { Profile } from '../../config/profiles.js';
import type { ListEntry } from '../../types.js';
import { deriveProfile, type Derivation } from '../auto/derive.js';
import type { LabelledPaper } from './corpus.js';
import type { RunFigures } from './run-figures.js';
import { asEntry, inMemoryHalf, splitFigures, type SplitSettings } from './split.js';

/** A profile's settings as the split measures them. */
export function settingsOf(profile: Profile): SplitSettings {
  return {
    scoring: {
      minScore: profile.minScore,
      terms: profile.terms,
      exclude: profile.exclude,
      primaryCategoryWeight: profile.primaryCategoryWeight,
      crossListWeight: profile.crossListWeight,
      similarityWeight: profile.similarityWeight,
    },
    categories: profile.categories,
    phrases: profile.phrases,
  };
}

export interface SplitRow {
  name: string;
  /** Keywords and categories only. */
  keywords: RunFigures;
  /** With the memory half as the similarity memory. */
  withList: RunFigures;
}

export interface SplitReport {
  /** Papers that are the list's labels in the corpus, and the halves. */
  linked: number;
  memory: number;
  find: number;
  candidates: number;
  derivation: Derivation;
  rows: SplitRow[];
}

function rowFor(
  name: string,
  settings: SplitSettings,
  candidates: LabelledPaper[],
  memory: ListEntry[],
): SplitRow {
  return {
    name,
    keywords: splitFigures(candidates, settings, { listed: [], rejected: [] }),
    withList: splitFigures(candidates, settings, { listed: memory, rejected: [] }),
  };
}

/**
 * The seed topic on a labelled corpus: its `on` papers play the list, split by id into a memory
 * half (the list) and a half to find; candidates are every corpus paper but the memory half.
 * Auto is derived from the memory half; every profile is measured at its own threshold.
 */
export function seedSplit(corpus: LabelledPaper[], hand: Profile): SplitReport {
  const isMemory = (item: LabelledPaper) => item.label === 'on' && inMemoryHalf(item.paper.arxivId);
  const memory = corpus.filter(isMemory).map(asEntry);
  const candidates = corpus.filter((item) => !isMemory(item));
  return report(corpus.filter((i) => i.label === 'on').length, memory, candidates, hand);
}

/**
 * A real list on the corpus: the corpus papers it links are its labels. The linked papers are
 * split by id; the list without the half to find is the memory (and what auto derives from);
 * candidates are every corpus paper but the memory half, `on` when the list links it.
 */
export function listSplit(corpus: LabelledPaper[], entries: ListEntry[], fallback: Profile): SplitReport {
  const inCorpus = new Set(corpus.map((item) => item.paper.arxivId));
  const linked = new Set(
    entries.map((e) => e.arxivId).filter((id): id is string => id !== null && inCorpus.has(id)),
  );
  const find = new Set([...linked].filter((id) => !inMemoryHalf(id)));
  const memory = entries.filter((e) => e.arxivId === null || !find.has(e.arxivId));
  const candidates = corpus
    .filter((item) => !linked.has(item.paper.arxivId) || find.has(item.paper.arxivId))
    .map((item) => ({ ...item, label: find.has(item.paper.arxivId) ? ('on' as const) : ('off' as const) }));
  return report(linked.size, memory, candidates, fallback);
}

function report(
  linked: number,
  memory: ListEntry[],
  candidates: LabelledPaper[],
  other: Profile,
): SplitReport {
  const derivation = deriveProfile(memory);
  const rows = [rowFor(other.name, settingsOf(other), candidates, memory)];
  if (derivation.ok) rows.unshift(rowFor('auto', settingsOf(derivation.profile), candidates, memory));
  return {
    linked,
    memory: linked - candidates.filter((c) => c.label === 'on').length,
    find: candidates.filter((c) => c.label === 'on').length,
    candidates: candidates.length,
    derivation,
    rows,
  };
}
