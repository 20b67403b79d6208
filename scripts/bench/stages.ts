/**
 * The CLI preview's steps, each timed, in a fresh process (bundled and spawned by
 * scripts/bench.ts): where the whole offline pipeline's time goes on the main thread. It calls
 * what `previewCommand` and `preview()` call, in the same order, the feed worker included (its
 * bundle sits next to this one, as dist/feed-worker.js sits next to dist/cli.js); keep it in step
 * with src/cli/preview.ts and src/run/preview.ts.
 *
 *   node stages.mjs FEED LIST CONFIG NOW  →  one JSON object of milliseconds on stdout
 */
import { readFileSync } from 'node:fs';
import { startReadingFeeds } from '../../src/cli/feed-reader.js';
import { parseConfigFile } from '../../src/config/file.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { renderPullBody } from '../../src/pr/body.js';
import { prPaper, pullBodyInput } from '../../src/run/body-input.js';
import { candidateRecord } from '../../src/run/candidates-json.js';
import { curate, NO_PULL_MEMORY } from '../../src/run/curate.js';
import { unifiedDiff } from '../../src/run/diff.js';
import { buildListChange } from '../../src/run/list-text.js';
import { prepareList } from '../../src/run/preview.js';

const [feedPath, listPath, configPath, now] = process.argv.slice(2) as [string, string, string, string];
const times: Record<string, number> = {};
// performance.now() counts from the process's start: node's own boot and loading this bundle.
let last = performance.now();
times['start node, load the code'] = last;
const lap = (name: string): void => {
  const at = performance.now();
  times[name] = at - last;
  last = at;
};
const step = <T>(name: string, run: () => T): T => {
  const result = run();
  lap(name);
  return result;
};

const feeds = startReadingFeeds([feedPath]);
const { listText, config } = step('read the list file and the config (the feed worker starts)', () => ({
  listText: readFileSync(listPath, 'utf8'),
  config: resolveConfig(parseConfigFile(readFileSync(configPath, 'utf8'), configPath), { listPath }),
}));
const reading = feeds.result(config.scoring);
const { doc, scorer } = step('read the list, build the similarity index', () =>
  prepareList(listText, config),
);
const feed = await reading;
lap('wait for the papers (the worker parses the feed)');
const curation = step('dedup, score (phrases shared with the worker), select, links', () =>
  curate({
    config,
    papers: feed.papers,
    onArxiv: feed.onArxiv,
    fetched: feed.fetched,
    doc,
    memory: NO_PULL_MEMORY,
    scorer,
    hits: feed.hits,
  }),
);
const change = step('render and splice the entries', () =>
  buildListChange(
    listText,
    doc,
    config,
    curation.proposed.map((candidate) => ({ arxivId: candidate.paper.arxivId, candidate })),
    new Date(now),
  ),
);
step('PR body and diff', () => {
  renderPullBody(pullBodyInput(config, curation, curation.proposed.map(prPaper), change.numbers, null));
  return unifiedDiff(config.list.path, listText, change.text);
});
step('candidates.json text', () => JSON.stringify(curation.candidates.map(candidateRecord), null, 2));
feeds.cancel();
process.stdout.write(JSON.stringify(times));
