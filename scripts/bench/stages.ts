/**
 * The CLI preview's steps, each timed, in a fresh process (bundled and spawned by
 * scripts/bench.ts): where the whole offline pipeline's time goes. This small entry loads the
 * steps (stage-steps.js) apart, so that loading the code is a stage of its own.
 *
 *   node stages.js FEED LIST CONFIG NOW  →  one JSON object of milliseconds on stdout
 */

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
const { runSteps } = await import('./stage-steps.js');
lap('load the rest of the code');
await runSteps(args, lap);
process.stdout.write(JSON.stringify(times));
