import type { Config } from '../config/schema.js';
import { dedup } from '../curate/dedup.js';
import { findLinks } from '../curate/links.js';
import { createScorer, type Scorer } from '../curate/score.js';
import { byScoreThenId, select } from '../curate/select.js';
import { normaliseTitle, type ListDoc } from '../list/index.js';
import type { Candidate, ListEntry, Paper } from '../types.js';

/** What the run knows from the bot's pull requests; empty in the offline preview. */
export interface PullMemory {
  inOpenPr: ReadonlySet<string>;
  /** Base id → how it was rejected, in words. */
  rejected: ReadonlyMap<string, string>;
  /** Papers maintainers rejected, for the similarity score (titles from the PR markers). */
  rejectedEntries: ListEntry[];
}

export const NO_PULL_MEMORY: PullMemory = { inOpenPr: new Set(), rejected: new Map(), rejectedEntries: [] };

/** How many candidates each step kept (SPEC §7), for the summary and the PR body. */
export interface Funnel {
  /** arXiv's own count of papers matching the query. */
  onArxiv: number;
  /** Entries received (pages, queries and versions of one paper counted separately). */
  fetched: number;
  unique: number;
  listed: number;
  inOpenPr: number;
  rejected: number;
  excluded: number;
  belowThreshold: number;
  overCap: number;
  proposed: number;
}

export interface Curation {
  /** Every unique candidate with its decision: proposed first, then by score. */
  candidates: Candidate[];
  proposed: Candidate[];
  /** The best papers that were not proposed on score alone (below threshold or over the cap). */
  nearMisses: Candidate[];
  funnel: Funnel;
}

export interface CurateInput {
  config: Config;
  papers: Paper[];
  /** arXiv's totalResults and the entries received, for the funnel. */
  onArxiv: number;
  fetched: number;
  doc: ListDoc;
  memory: PullMemory;
  /** The scorer for this config, list and memory, when it was made ahead (`createRunScorer`). */
  scorer?: Scorer;
}

const NEAR_MISSES = 5;

/** Over the cap, or below the threshold but at least half way there: worth a look, not noise. */
function isNearMiss(candidate: Candidate, minScore: number): boolean {
  if (candidate.decision === 'over-cap') return true;
  return candidate.decision === 'below-threshold' && candidate.score > 0 && candidate.score >= minScore / 2;
}

/**
 * The scorer of a run: phrases compiled and the similarity index over the list's papers (and the
 * rejected ones) built. It needs no candidates, so it can be made while they are still being read.
 */
export function createRunScorer(config: Config, doc: ListDoc, memory: PullMemory): Scorer {
  return createScorer(config.scoring, config.query.categories, {
    listed: doc.entries,
    rejected: memory.rejectedEntries,
  });
}

/** Dedup, score, select (SPEC §3, §4): pure, deterministic, every drop with its reason. */
export function curate({ config, papers, onArxiv, fetched, doc, memory, scorer }: CurateInput): Curation {
  const { kept, dropped } = dedup(
    papers,
    {
      listedIds: doc.ids,
      listedTitles: doc.listedTitles,
      openPr: memory.inOpenPr,
      rejected: memory.rejected,
      ignore: config.ignore,
      allow: config.allow,
    },
    normaliseTitle,
  );
  const score = scorer ?? createRunScorer(config, doc, memory);
  const scored = kept.map((paper) => ({
    paper,
    ...score(paper),
    links: findLinks(paper),
  }));
  const decided = select(scored, {
    minScore: config.scoring.minScore,
    maxPapers: config.pullRequest.maxPapers,
  });
  const candidates = [...decided, ...[...dropped].sort(byScoreThenId)];
  const count = (decision: Candidate['decision']): number =>
    candidates.filter((c) => c.decision === decision).length;
  const proposed = decided.filter((c) => c.decision === 'proposed');
  return {
    candidates,
    proposed,
    nearMisses: decided.filter((c) => isNearMiss(c, config.scoring.minScore)).slice(0, NEAR_MISSES),
    funnel: {
      onArxiv,
      fetched,
      unique: papers.length,
      listed: count('listed'),
      inOpenPr: count('in-open-pr'),
      rejected: count('rejected'),
      excluded: count('excluded'),
      belowThreshold: count('below-threshold'),
      overCap: count('over-cap'),
      proposed: proposed.length,
    },
  };
}
