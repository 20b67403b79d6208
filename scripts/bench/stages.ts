/**
 * The CLI preview's steps, each timed, in a fresh process (bundled and spawned by
 * scripts/bench.ts): where the whole offline pipeline's time goes on the main thread. Like
 * dist/cli.js, this small entry starts the feed worker (its bundle sits next to this one, as
 * dist/feed-worker.js sits next to dist/cli.js), then loads the steps (stage-steps.js).
 *
 *   node stages.js FEED LIST CONFIG NOW  →  one JSON object of milliseconds on stdout
 */
import { startFeedWorker } from '../../src/cli/feed-worker-start.js';

const args = process.argv.slice(2) as [string, string, string, string];
const times: Record<string, number> = {};
// performance.now() counts from the process's start: node's own boot and loading this entry.
let last = performance.now();
times['start node, load the entry'] = last;
const lap = (name: string): void => {
  const at = performance.now();
  times[name] = at - last;
  last = at;
};
const early = startFeedWorker([args[0]]);
lap('start the feed worker');
const { runSteps } = await import('./stage-steps.js');
lap('load the rest of the code');
await runSteps(args, early, lap);
process.stdout.write(JSON.stringify(times));
