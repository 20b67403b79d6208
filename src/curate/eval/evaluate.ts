import type { ScoringConfig } from '../../config/schema.js';
import type { ListEntry } from '../../types.js';
import { createQueryMatcher } from '../query-matcher.js';
import { createScorer, SCORING_RULES, type ScoringMemory, type ScoringRules } from '../score.js';
import type { LabelledPaper, TopicLabel } from './corpus.js';
import { simpleNormaliseTitle } from '../dedup.js';
import { stratifiedFolds } from './folds.js';
import { bestThreshold, meanOf, measure, proposes, type RunFigures, type Scored } from './run-figures.js';

export interface EvalOptions {
  scoring: ScoringConfig;
  /** The query's categories and phrases (for the query-stage recall and the category reasons). */
  categories: string[];
  phrases: string[];
  /** Entries of a real list: the similarity memory, and papers already listed are not measured. */
  list?: ListEntry[];
  /** Normalises titles to recognise listed papers without an arXiv id. */
  normaliseTitle?: (title: string) => string;
  /** How many folds (default 5); 0 measures the main figure only. */
  folds?: number;
  seed?: number;
  rules?: ScoringRules;
}

export interface FoldFigures extends RunFigures {
  fold: number;
  listedMemory: number;
  rejectedMemory: number;
}

export interface EvalReport {
  corpusSize: number;
  labels: Record<TopicLabel, number>;
  /** Papers with no categories in the corpus (the category reasons cannot apply to them). */
  withoutCategories: number;
  /** Measured papers the arXiv query would return. */
  queryReturns: number;
  /** Papers left out of the measurement because the list already holds them. */
  alreadyListed: number;
  listMemory: number;
  main: RunFigures;
  folds: FoldFigures[];
  /** null when no folds were asked for (`folds: 0`). */
  foldMean: RunFigures | null;
  /** The same folds without the similarity memory (keywords and categories, threshold fitted alike). */
  keywordFoldMean: RunFigures | null;
  foldCount: number;
  seed: number;
}

export const DEFAULT_FOLDS = 5;
export const DEFAULT_SEED = 20260401;

const NO_MEMORY: ScoringMemory = { listed: [], rejected: [] };

function toEntry(item: LabelledPaper): ListEntry {
  return { arxivId: item.paper.arxivId, title: item.paper.title, abstract: item.paper.abstract };
}

export function evaluate(corpus: LabelledPaper[], options: EvalOptions): EvalReport {
  const rules = options.rules ?? SCORING_RULES;
  const foldCount = options.folds ?? DEFAULT_FOLDS;
  const seed = options.seed ?? DEFAULT_SEED;
  const list = options.list ?? [];
  const normalise = options.normaliseTitle ?? simpleNormaliseTitle;
  const listedIds = new Set(list.map((e) => e.arxivId).filter((id): id is string => id !== null));
  const listedTitles = new Set(list.map((e) => normalise(e.title)));
  const measured = corpus.filter(
    (item) => !listedIds.has(item.paper.arxivId) && !listedTitles.has(normalise(item.paper.title)),
  );
  const inQuery = createQueryMatcher(options.phrases, options.categories);
  const scoreAll = (items: LabelledPaper[], memory: ScoringMemory, scoring = options.scoring): Scored[] => {
    const scorer = createScorer(scoring, options.categories, memory, rules);
    return items.map((item) => ({ item, result: scorer(item.paper), inQuery: inQuery(item.paper) }));
  };
  // The folds pick their own threshold, so similarity must be looked up for every paper, not only
  // for those within its reach of the profile's threshold.
  const anyThreshold = { ...options.scoring, minScore: -Infinity };

  const mainScored = scoreAll(measured, { listed: list, rejected: [] });
  const main = measure(mainScored, options.scoring.minScore);

  const keywordFolds: RunFigures[] = [];
  const folds = (foldCount > 0 ? stratifiedFolds(measured, foldCount, seed) : []).map(
    (test, index, all): FoldFigures => {
      const train = all.filter((_, j) => j !== index).flat();
      // What a maintainer would have done with the training papers: listed the on-topic ones and
      // closed the bot's proposals of the others.
      const keywordOnly = scoreAll(train, NO_MEMORY);
      const memory: ScoringMemory = {
        listed: [...list, ...train.filter((t) => t.label === 'on').map(toEntry)],
        rejected: keywordOnly
          .filter((s) => s.item.label !== 'on' && proposes(s.result, options.scoring.minScore))
          .map((s) => toEntry(s.item)),
      };
      const threshold = bestThreshold(scoreAll(train, memory, anyThreshold), options.scoring.minScore);
      keywordFolds.push(
        measure(scoreAll(test, NO_MEMORY), bestThreshold(keywordOnly, options.scoring.minScore)),
      );
      return {
        ...measure(scoreAll(test, memory, anyThreshold), threshold),
        fold: index + 1,
        listedMemory: memory.listed.length,
        rejectedMemory: memory.rejected.length,
      };
    },
  );

  const labels: Record<TopicLabel, number> = { on: 0, near: 0, off: 0 };
  for (const item of corpus) labels[item.label] += 1;
  return {
    corpusSize: corpus.length,
    labels,
    withoutCategories: corpus.filter((item) => item.paper.categories.length === 0).length,
    queryReturns: mainScored.filter((s) => s.inQuery).length,
    alreadyListed: corpus.length - measured.length,
    listMemory: list.length,
    main,
    folds,
    foldMean: folds.length > 0 ? meanOf(folds) : null,
    keywordFoldMean: keywordFolds.length > 0 ? meanOf(keywordFolds) : null,
    foldCount,
    seed,
  };
}
