/**
 * The steps of the stage timer (stages.ts loads this bundle, stage-steps.js): what
 * `previewCommand` and `preview()` call, in the same order; keep it in step with
 * src/cli/preview.ts and src/run/preview.ts.
 */
import { readFileSync } from 'node:fs';
import { readFeeds } from '../../src/cli/inputs.js';
import { parseConfigFile } from '../../src/config/file.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { candidatesJson } from '../../src/run/candidates-json.js';
import { curate, NO_PULL_MEMORY } from '../../src/run/curate.js';
import { unifiedDiff } from '../../src/run/diff.js';
import { buildListChange } from '../../src/run/list-text.js';
import { prepareList, previewBody } from '../../src/run/preview.js';

/** Runs the steps, each timed with `lap`/`step`, after the entry's own laps. */
export async function runSteps(
  [feedPath, listPath, configPath, now]: [string, string, string, string],
  lap: (name: string) => void,
): Promise<void> {
  const step = <T>(name: string, run: () => T): T => {
    const result = run();
    lap(name);
    return result;
  };
  const { listText, config } = step('read the list file and the config', () => ({
    listText: readFileSync(listPath, 'utf8'),
    config: resolveConfig(parseConfigFile(readFileSync(configPath, 'utf8'), configPath), { listPath }),
  }));
  const feed = step('read and parse the feed', () => readFeeds([feedPath]));
  const { doc, scorer } = step('read the list, build the similarity index', () =>
    prepareList(listText, config),
  );
  const curation = step('dedup, score, select, links', () =>
    curate({
      config,
      papers: feed.papers,
      onArxiv: feed.onArxiv,
      fetched: feed.fetched,
      doc,
      memory: NO_PULL_MEMORY,
      scorer,
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
    previewBody(config, curation, change.numbers);
    return unifiedDiff(config.list.path, listText, change.text);
  });
  step('candidates.json text', () => candidatesJson(curation.candidates));
}
