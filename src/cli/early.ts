import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startFeedWorker, type StartedFeedWorker } from './feed-worker-start.js';

/**
 * Run by the CLI's entry before the rest of its code is loaded: for `preview` with recorded feeds
 * (`--feed`), the worker that reads them starts now and gets the main thread's loading time as a
 * head start. Only a head start: the command reads its own flags, reports every mistake in them,
 * and takes the worker over only when it names the same files. Anything unclear starts nothing.
 */
export function startEarly(argv: readonly string[], cwd: string): StartedFeedWorker | null {
  if (argv[0] !== 'preview') return null;
  try {
    const { values } = parseArgs({
      args: argv.slice(1),
      options: { feed: { type: 'string', multiple: true } },
      strict: false,
      allowPositionals: true,
    });
    const feeds = values.feed;
    if (!Array.isArray(feeds) || feeds.length === 0 || !feeds.every((feed) => typeof feed === 'string'))
      return null;
    return startFeedWorker(feeds.map((feed) => resolve(cwd, feed)));
  } catch {
    return null;
  }
}
