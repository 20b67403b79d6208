import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FoundLink, Paper } from '../types.js';
import type { SharedHitsMemory } from './shared-hits.js';

/**
 * Starting the feed worker (dist/feed-worker.js), apart from the rest of the feed reading so that
 * the CLI's small entry (dist/cli.js) can start it before it loads the rest of its code.
 */

export interface FeedWorkerInput {
  paths: string[];
}

export type FeedWorkerReply =
  | { papers: Paper[]; onArxiv: number; fetched: number; hits: SharedHitsMemory; links: FoundLink[][] }
  | { error: { message: string; stack: string | undefined; input: boolean } };

export interface StartedFeedWorker {
  /** The feeds it reads, as given. */
  paths: readonly string[];
  worker: Worker;
  /** Its one answer (to the scoring config it is sent), or why it stopped without one. */
  reply: Promise<FeedWorkerReply>;
}

/** The bundled worker sits next to the bundled CLI (dist/); from the sources (tests) there is none. */
const WORKER = new URL('./feed-worker.js', import.meta.url);
/**
 * Below this many bytes of feeds (some 400 papers) a worker costs more to start than it saves: the
 * feeds are read in the main thread.
 */
export const WORKER_FROM_BYTES = 1_000_000;

/** The feeds' total size; a file that cannot be looked at counts nothing (`readFeeds` reports it). */
function feedBytes(paths: readonly string[]): number {
  let total = 0;
  for (const path of paths) {
    try {
      total += statSync(path).size;
    } catch {
      // Read in the main thread, where the error is the one the user would see anyway.
    }
  }
  return total;
}

/** Starts the worker on these feeds; null when they are better read in the main thread. */
export function startFeedWorker(paths: readonly string[]): StartedFeedWorker | null {
  if (feedBytes(paths) < WORKER_FROM_BYTES || !existsSync(fileURLToPath(WORKER))) return null;
  const worker = new Worker(WORKER, { workerData: { paths: [...paths] } satisfies FeedWorkerInput });
  // Listening from the start: an early exit is never missed, whenever the answer is awaited.
  const reply = new Promise<FeedWorkerReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the feed reader stopped early (exit code ${code})`)));
  });
  // A cancelled reading is never awaited.
  reply.catch(() => undefined);
  return { paths, worker, reply };
}
