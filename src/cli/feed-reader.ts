import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScoringConfig } from '../config/schema.js';
import { createPhraseFinder, type PhraseHits } from '../curate/phrase-hits.js';
import type { Paper } from '../types.js';
import { InputError, readFeeds } from './inputs.js';
import { SharedHits, type SharedHitsMemory } from './shared-hits.js';

export interface FeedWorkerInput {
  paths: string[];
}

export type FeedWorkerReply =
  | { papers: Paper[]; onArxiv: number; fetched: number; hits: SharedHitsMemory }
  | { error: { message: string; stack: string | undefined; input: boolean } };

export interface FeedSource {
  papers: Paper[];
  onArxiv: number;
  fetched: number;
  /** The scoring phrases of a paper, shared with the worker that read the papers. */
  hits?: (paper: Paper) => PhraseHits | undefined;
}

export interface FeedReading {
  /** The papers of the feeds; their phrases for `scoring` are found as soon as the papers are read. */
  result(scoring: ScoringConfig): Promise<FeedSource>;
  /** Stops the reading: the command failed before it needed the papers. */
  cancel(): void;
}

/** The bundled worker sits next to the bundled CLI (dist/); from the sources (tests) there is none. */
const WORKER = new URL('./feed-worker.js', import.meta.url);
/**
 * Below this many bytes of feeds (some 400 papers) a worker costs more to start than it saves: the
 * feeds are read in this thread.
 */
export const WORKER_FROM_BYTES = 1_000_000;

/** The feeds' total size; a file that cannot be looked at counts nothing (`readFeeds` reports it). */
function feedBytes(paths: string[]): number {
  let total = 0;
  for (const path of paths) {
    try {
      total += statSync(path).size;
    } catch {
      // Read in this thread, where the error is the one the user would see anyway.
    }
  }
  return total;
}

/**
 * Starts reading recorded feeds (`readFeeds`) in a worker thread, so that a fresh process parses
 * 2,000 papers on one core while it reads the list on the other, and both then find the scoring
 * phrases in them (`SharedHits`). Small feeds, and any feeds when there is no worker bundle, are
 * read in this thread when the result is asked for. Either way the papers, their hits and the
 * errors are the same.
 */
export function startReadingFeeds(paths: string[]): FeedReading {
  if (feedBytes(paths) < WORKER_FROM_BYTES || !existsSync(fileURLToPath(WORKER))) {
    return { result: () => new Promise((resolve) => resolve(readFeeds(paths))), cancel: () => undefined };
  }
  const worker = new Worker(WORKER, { workerData: { paths } satisfies FeedWorkerInput });
  const reply = new Promise<FeedWorkerReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the feed reader stopped early (exit code ${code})`)));
  });
  // A cancelled reading is never awaited.
  reply.catch(() => undefined);
  return {
    async result(scoring) {
      worker.postMessage(scoring);
      const answer = await reply;
      if ('error' in answer) throw rebuilt(answer.error);
      const { papers, onArxiv, fetched } = answer;
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
