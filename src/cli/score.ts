import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { candidateRecord } from '../run/candidates-json.js';
import { curate, NO_PULL_MEMORY } from '../run/curate.js';
import { readListFor } from '../run/list-text.js';
import { CONFIG_FLAGS, loadCliConfig, loadCliConfigForList } from './config.js';
import { cliError, InputError, readFeeds, readListFile } from './inputs.js';
import type { CliIO } from './io.js';

const OPTIONS = { ...CONFIG_FLAGS, feed: { type: 'string', multiple: true } } as const;

/**
 * `arxiv-curator score --feed FILE.xml …`: every paper of the feeds with its score, decision and
 * reasons, one JSON object a line, best first. With `--list`, papers the list holds are `listed`
 * and the list's papers feed the similarity score; without, the list is taken as empty.
 */
export async function scoreCommand(args: string[], io: CliIO, cwd = process.cwd()): Promise<number> {
  try {
    const { values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false });
    if (!values.feed?.length) throw new InputError('--feed FILE.xml is required (one or more)');
    const source = readFeeds(values.feed.map((feed) => resolve(cwd, feed)));
    const listPath = resolve(cwd, loadCliConfig(values, { cwd }).list.path);
    const listText = values.list ? readListFile(listPath) : '';
    // With profile: auto and no --list, there is nothing to derive from: the note says so on stderr.
    const { config, note } = loadCliConfigForList(values, { cwd }, listText);
    if (note !== null) io.stderr(`${note}\n`);
    const doc = readListFor(listText, config);
    const { candidates } = curate({ config, ...source, doc, memory: NO_PULL_MEMORY });
    for (const candidate of candidates) {
      const { arxivId, title, score, decision, reasons, detail } = candidateRecord(candidate);
      io.stdout(
        `${JSON.stringify({ arxivId, title, score, decision, reasons, ...(detail ? { detail } : {}) })}\n`,
      );
    }
    return 0;
  } catch (error) {
    return cliError('score', error, io);
  }
}
