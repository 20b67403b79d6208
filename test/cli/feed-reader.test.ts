import { describe, expect, it } from '@jest/globals';
import type { Worker } from 'node:worker_threads';
import { startReadingFeeds } from '../../src/cli/feed-reader.js';
import type { StartedFeedWorker } from '../../src/cli/feed-worker-start.js';
import { readFeeds } from '../../src/cli/inputs.js';
import { resolveConfig } from '../../src/config/resolve.js';

const FEED = 'examples/feed.xml';

/** A stand-in for a worker the CLI's entry started early: records whether it was stopped. */
function earlyWorker(paths: string[]): StartedFeedWorker & { stopped: () => boolean } {
  let stopped = false;
  const worker = { terminate: async () => void (stopped = true), postMessage: () => undefined };
  return {
    paths,
    worker: worker as unknown as Worker,
    reply: new Promise(() => undefined),
    stopped: () => stopped,
  };
}

describe('startReadingFeeds with a worker started early', () => {
  it('stops a worker started on other files and reads the files it was given', async () => {
    const early = earlyWorker(['/elsewhere/other.xml']);
    const reading = startReadingFeeds([FEED], early);
    expect(early.stopped()).toBe(true);
    const source = await reading.result(resolveConfig({}, {}).scoring);
    expect(source.papers).toEqual(readFeeds([FEED]).papers);
  });

  it('takes over a worker started on the same files (and stops it when cancelled)', () => {
    const early = earlyWorker([FEED]);
    const reading = startReadingFeeds([FEED], early);
    expect(early.stopped()).toBe(false);
    reading.cancel();
    expect(early.stopped()).toBe(true);
  });
});
