/**
 * The worker thread of `arxiv-curator preview --feed` (bundled as dist/feed-worker.js): it reads
 * and parses the recorded feeds and finds the papers' links while the main thread reads the list
 * and builds its similarity index (SPEC §9 counts two cores), then finds the scoring phrases in
 * the papers, sharing that with the main thread (`SharedHits`). It answers one message, the
 * scoring config, with the papers, their links and the shared memory of their hits, or with the
 * error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ScoringConfig } from '../config/schema.js';
import { findLinks } from '../curate/links.js';
import { createPhraseFinder } from '../curate/phrase-hits.js';
import type { FeedWorkerInput, FeedWorkerReply } from './feed-worker-start.js';
import { InputError, readFeeds } from './inputs.js';
import { SharedHits } from './shared-hits.js';
import type { FoundLink } from '../types.js';

type Parsed = { feeds: ReturnType<typeof readFeeds>; links: FoundLink[][] } | { error: unknown };

/** The papers and, since they need nothing else, their links (`findLinks` never throws). */
function parse({ paths }: FeedWorkerInput): Parsed {
  try {
    const feeds = readFeeds(paths);
    return { feeds, links: feeds.papers.map(findLinks) };
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
  port.postMessage({ ...parsed.feeds, hits: memory, links: parsed.links } satisfies FeedWorkerReply);
  new SharedHits(memory, finder).findAll(papers);
});
