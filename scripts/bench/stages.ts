/**
 * The CLI preview's steps, each timed, in a fresh process (bundled and spawned by
 * scripts/bench.ts): where the whole offline pipeline's time goes. It calls what `preview()` and
 * the CLI call, in the same order; keep it in step with src/run/preview.ts and src/cli/preview.ts.
 *
 *   node stages.mjs FEED LIST CONFIG NOW  →  one JSON object of milliseconds on stdout
 */
import { readFileSync } from 'node:fs';
import { mergePapers } from '../../src/arxiv/merge.js';
import { parseFeed } from '../../src/arxiv/parse.js';
import { parseConfigFile } from '../../src/config/file.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { requireTarget } from '../../src/list/splice-entries.js';
import { renderPullBody } from '../../src/pr/body.js';
import { prPaper, pullBodyInput } from '../../src/run/body-input.js';
import { candidateRecord } from '../../src/run/candidates-json.js';
import { curate, NO_PULL_MEMORY } from '../../src/run/curate.js';
import { unifiedDiff } from '../../src/run/diff.js';
import { buildListChange, readListFor } from '../../src/run/list-text.js';

const [feedPath, listPath, configPath, now] = process.argv.slice(2) as [string, string, string, string];
const times: Record<string, number> = {};
// performance.now() counts from the process's start: node's own boot and loading this bundle.
let last = performance.now();
times['start node, load the code'] = last;
const step = <T>(name: string, run: () => T): T => {
  const result = run();
  const at = performance.now();
  times[name] = at - last;
  last = at;
  return result;
};

const { xml, listText, config } = step('read the files and the config', () => ({
  xml: readFileSync(feedPath, 'utf8'),
  listText: readFileSync(listPath, 'utf8'),
  config: resolveConfig(parseConfigFile(readFileSync(configPath, 'utf8'), configPath), { listPath }),
}));
const feed = step('parse the feed', () => parseFeed(xml));
const papers = mergePapers(feed.papers);
const doc = step('read the list', () => {
  const read = readListFor(listText, config);
  requireTarget(listText, read);
  return read;
});
const curation = step('dedup, score (similarity index included), select, links', () =>
  curate({
    config,
    papers,
    onArxiv: feed.totalResults,
    fetched: feed.papers.length,
    doc,
    memory: NO_PULL_MEMORY,
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
process.stdout.write(JSON.stringify(times));
