import type { ScoringConfig } from '../config/schema.js';
import { createPhraseFinder, type PhraseHits } from '../curate/phrase-hits.js';
import type { FoundLink, Paper } from '../types.js';
import { startFeedWorker, type StartedFeedWorker } from './feed-worker-start.js';
import { InputError, readFeeds } from './inputs.js';
import { SharedHits } from './shared-hits.js';

export interface FeedSource {
  papers: Paper[];
  onArxiv: number;
  fetched: number;
  /** The scoring phrases of a paper, shared with the worker that read the papers. */
  hits?: (paper: Paper) => PhraseHits | undefined;
  /** The links of a paper, found by the worker that read the papers. */
  links?: (paper: Paper) => FoundLink[] | undefined;
}

export interface FeedReading {
  /** The papers of the feeds; their phrases for `scoring` are found as soon as the papers are read. */
  result(scoring: ScoringConfig): Promise<FeedSource>;
  /** Stops the reading: the command failed before it needed the papers. */
  cancel(): void;
}

/**
 * Starts reading recorded feeds (`readFeeds`) in a worker thread, so that a fresh process parses
 * 2,000 papers on one core while it reads the list on the other, and both then find the scoring
 * phrases in them (`SharedHits`). Small feeds, and any feeds when there is no worker bundle, are
 * read in this thread when the result is asked for. Either way the papers, their hits and the
 * errors are the same. A worker the CLI's entry started `early` on the same files is taken over;
 * one on other files is stopped.
 */
export function startReadingFeeds(paths: string[], early: StartedFeedWorker | null = null): FeedReading {
  const same = early !== null && JSON.stringify(early.paths) === JSON.stringify(paths);
  if (early !== null && !same) void early.worker.terminate();
  const started = same ? early : startFeedWorker(paths);
  if (started === null) {
    return { result: async () => readFeeds(paths), cancel: () => undefined };
  }
  const { worker, reply } = started;
  return {
    async result(scoring) {
      worker.postMessage(scoring);
      const answer = await reply;
      if ('error' in answer) throw rebuilt(answer.error);
      const { papers, onArxiv, fetched, links } = answer;
      const shared = new SharedHits(answer.hits, createPhraseFinder(scoring));
      const index = new Map(papers.map((paper, i) => [paper, i]));
      return {
        papers,
        onArxiv,
        fetched,
        hits: (paper) => {
          const i = index.get(paper);
          return i === undefined ? undefined : shared.get(i, paper);
        },
        links: (paper) => {
          const i = index.get(paper);
          return i === undefined ? undefined : links[i];
        },
      };
    },
    cancel: () => void worker.terminate(),
  };
}

function rebuilt({
  message,
  stack,
  input,
}: {
  message: string;
  stack: string | undefined;
  input: boolean;
}): Error {
  const error = input ? new InputError(message) : new Error(message);
  if (stack !== undefined) error.stack = stack;
  return error;
}
