import type { Config } from '../config/schema.js';
import { dedup } from '../curate/dedup.js';
import { findLinks } from '../curate/links.js';
import { createScorer, type Scorer } from '../curate/score.js';
import { byScoreThenId, select, type ScoredCandidate } from '../curate/select.js';
import { normaliseTitle, type ListDoc } from '../list/index.js';
import type { Funnel } from '../pr/funnel.js';
import type { QueuedPaper } from '../pr/paper-record.js';
import { fillRoom, queueLimit, type QueueEntry } from '../pr/queue.js';
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

export type { Funnel } from '../pr/funnel.js';

export interface Curation {
  /** Tonight's unique candidates with their decisions, and the papers proposed from the queue. */
  candidates: Candidate[];
  /** Every paper this run proposes: tonight's, then those from the queue. */
  proposed: Candidate[];
  fromQueue: Candidate[];
  /** The queue after this run, best first, and how many qualifying papers it could not keep. */
  queue: QueuedPaper[];
  queueDropped: number;
  /** Queued papers that would be proposed but must be fetched again first (see fillRoom). */
  needsFetch: string[];
  /** The best papers that were not proposed on score alone (below threshold or over the cap). */
  nearMisses: Candidate[];
  /** The best score below the threshold, when one came at least half way. */
  closest: number | null;
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
  /** How many papers the open PR has room for (default `max-papers`: no open PR). */
  room?: number;
  /** Queued papers from earlier nights that tonight's fetch did not return, still eligible. */
  queue?: QueueEntry[];
  /** The queue as the marker had it. */
  previousQueue?: QueuedPaper[];
}

/** Dedup and score (SPEC §3, §4), before any decision about the cap. */
export interface Scored {
  scored: ScoredCandidate[];
  dropped: Candidate[];
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

/** Dedup and score `papers`: every drop with its reason. Pure. */
export function scoreCandidates(input: CurateInput, papers: Paper[] = input.papers): Scored {
  const { config, doc, memory } = input;
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
  const score = input.scorer ?? createRunScorer(config, doc, memory);
  const scored = kept.map((paper) => ({
    paper,
    ...score(paper),
    links: findLinks(paper),
  }));
  return { scored, dropped };
}

/** Threshold and room (SPEC §4, §6): tonight's papers and the queue compete for the room left. Pure. */
export function decide(input: CurateInput, { scored, dropped }: Scored): Curation {
  const { config } = input;
  const minScore = config.scoring.minScore;
  const maxPapers = config.pullRequest.maxPapers;
  const judged = select(scored, { minScore, maxPapers: Number.POSITIVE_INFINITY });
  const filled = fillRoom({
    qualifying: judged.filter((c) => c.decision === 'proposed'),
    queued: input.queue ?? [],
    previous: input.previousQueue ?? [],
    room: input.room ?? maxPapers,
    limit: queueLimit(maxPapers),
  });
  const tonight = [...filled.tonight, ...judged.filter((c) => c.decision !== 'proposed')].sort(
    (a, b) => Number(b.decision === 'proposed') - Number(a.decision === 'proposed') || byScoreThenId(a, b),
  );
  const count = (decision: Candidate['decision']): number =>
    tonight.filter((c) => c.decision === decision).length +
    dropped.filter((c) => c.decision === decision).length;
  const proposedTonight = tonight.filter((c) => c.decision === 'proposed');
  const below = tonight.filter((c) => c.decision === 'below-threshold' && c.score > 0);
  return {
    candidates: [
      ...proposedTonight,
      ...filled.fromQueue,
      ...tonight.slice(proposedTonight.length),
      ...[...dropped].sort(byScoreThenId),
    ],
    proposed: [...proposedTonight, ...filled.fromQueue],
    fromQueue: filled.fromQueue,
    queue: filled.queue,
    queueDropped: filled.dropped,
    needsFetch: filled.needsFetch,
    nearMisses: tonight.filter((c) => isNearMiss(c, minScore)).slice(0, NEAR_MISSES),
    closest: below.length > 0 ? Math.max(...below.map((c) => c.score)) : null,
    funnel: {
      onArxiv: input.onArxiv,
      fetched: input.fetched,
      duplicates: Math.max(0, input.fetched - input.papers.length),
      unique: input.papers.length,
      listed: count('listed'),
      inOpenPr: count('in-open-pr'),
      rejected: count('rejected'),
      excluded: count('excluded'),
      belowThreshold: count('below-threshold'),
      overCap: count('over-cap'),
      proposed: proposedTonight.length,
      fromQueue: filled.fromQueue.length,
    },
  };
}

/** Dedup, score, select (SPEC §3, §4): pure, deterministic, every drop with its reason. */
export function curate(input: CurateInput): Curation {
  return decide(input, scoreCandidates(input));
}
