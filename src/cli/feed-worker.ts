/**
 * The worker thread of `arxiv-curator preview --feed` (bundled as dist/feed-worker.js): it reads
 * and parses the recorded feeds while the main thread reads the list and builds its similarity
 * index (SPEC §9 counts two cores), then finds the scoring phrases in the papers, sharing that
 * with the main thread (`SharedHits`). It answers one message, the scoring config, with the
 * papers and the shared memory of their hits, or with the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ScoringConfig } from '../config/schema.js';
import { createPhraseFinder } from '../curate/phrase-hits.js';
import type { FeedWorkerInput, FeedWorkerReply } from './feed-reader.js';
import { InputError, readFeeds } from './inputs.js';
import { SharedHits } from './shared-hits.js';

type Parsed = { feeds: ReturnType<typeof readFeeds> } | { error: unknown };

function parse({ paths }: FeedWorkerInput): Parsed {
  try {
    return { feeds: readFeeds(paths) };
  } catch (error) {
    return { error };
  }
}

function failure(error: unknown): FeedWorkerReply {
  return {
    error: {
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
      input: error instanceof InputError,
    },
  };
}

// The feeds are parsed at once; the config arrives meanwhile.
const parsed = parse(workerData as FeedWorkerInput);
const port = parentPort!;
port.once('message', (scoring: ScoringConfig) => {
  if ('error' in parsed) {
    port.postMessage(failure(parsed.error));
    return;
  }
  const { papers } = parsed.feeds;
  const finder = createPhraseFinder(scoring);
  const memory = SharedHits.allocate(papers.length, finder.phrases);
  port.postMessage({ ...parsed.feeds, hits: memory } satisfies FeedWorkerReply);
  new SharedHits(memory, finder).findAll(papers);
});
