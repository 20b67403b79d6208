import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fetchPapers } from '../arxiv/fetch-papers.js';
import type { Config } from '../config/schema.js';
import { searchedWindow } from '../run/body-input.js';
import { candidatesJson } from '../run/candidates-json.js';
import { candidateLine, funnelLine } from '../run/funnel-text.js';
import { preview } from '../run/preview.js';
import type { Candidate } from '../types.js';
import { CONFIG_FLAGS, loadCliConfig, loadCliConfigForList, readNow } from './config.js';
import { realDeps, type FetchCommandDeps } from './fetch.js';
import { cliError, readFeeds, readListFile } from './inputs.js';
import type { CliIO } from './io.js';

/** `preview` needs the same outside world as `fetch` when it goes online. */
export type PreviewCommandDeps = FetchCommandDeps;

const OPTIONS = {
  ...CONFIG_FLAGS,
  feed: { type: 'string', multiple: true },
  now: { type: 'string' },
  out: { type: 'string' },
} as const;

/**
 * `arxiv-curator preview`: the bot's proposal for a list, offline (`--feed`) or live
 * (`--arxiv-url` or the default API), written to `--out` (default `out`) and shown on stdout.
 * It reads no GitHub state and writes nothing to GitHub.
 */
export async function previewCommand(
  args: string[],
  io: CliIO,
  deps: Partial<PreviewCommandDeps> = {},
): Promise<number> {
  const { fetch, now, sleep, cwd, client } = { ...realDeps(), ...deps };
  try {
    const { values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false });
    const listPath = resolve(cwd, loadCliConfig(values, { cwd }).list.path);
    const listText = readListFile(listPath);
    // With profile: auto, the topic is derived from the list just read.
    const { config, note } = loadCliConfigForList(values, { cwd }, listText);
    const runAt = readNow(values.now) ?? new Date(now());
    // The list as the user named it, in the diff header and the PR body.
    const shown = { ...config, list: { ...config.list, path: relative(cwd, listPath) || config.list.path } };
    const source = values.feed?.length
      ? {
          ...readFeeds(values.feed.map((feed) => resolve(cwd, feed))),
          searched: `the recorded feed${values.feed.length === 1 ? '' : 's'} ${values.feed.join(', ')}`,
        }
      : await fetchLive(config, runAt, { fetch, now, sleep, client, io });

    const result = preview({ config: shown, ...source, listText, now: runAt });
    const out = resolve(cwd, values.out ?? 'out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'README.md'), result.text);
    writeFileSync(join(out, 'pr-body.md'), result.body);
    writeFileSync(join(out, 'candidates.json'), candidatesJson(result.curation.candidates));

    const { curation } = result;
    const lines = [
      `arxiv-curator preview of ${config.list.path} (profile ${config.profile}, threshold ${config.scoring.minScore}, at most ${config.pullRequest.maxPapers} papers)`,
      ...(note === null ? [] : [note]),
      `Funnel: ${funnelLine(curation.funnel, config.scoring.minScore)}`,
      'The open PR and past rejections were not consulted (preview reads no GitHub state); config ignore/allow were.',
      '',
      curation.proposed.length > 0 ? `Proposed (${curation.proposed.length}):` : 'Nothing to propose.',
      ...curation.proposed.flatMap((candidate) => [
        `  ${candidateLine(candidate)}`,
        ...sectionLine(candidate),
      ]),
      ...(curation.nearMisses.length > 0
        ? ['', 'Closest misses:', ...curation.nearMisses.map((candidate) => `  ${candidateLine(candidate)}`)]
        : []),
      '',
      `Wrote ${['README.md', 'pr-body.md', 'candidates.json'].map((name) => relative(cwd, join(out, name)) || name).join(', ')}`,
      '',
    ];
    io.stdout(lines.join('\n'));
    if (result.diff) io.stdout(`${result.diff}\n`);
    return 0;
  } catch (error) {
    return cliError('preview', error, io);
  }
}

async function fetchLive(
  config: Config,
  runAt: Date,
  deps: Omit<PreviewCommandDeps, 'cwd'> & { io: CliIO },
): Promise<{
  papers: Awaited<ReturnType<typeof fetchPapers>>['papers'];
  onArxiv: number;
  fetched: number;
  searched: string;
}> {
  const result = await fetchPapers(
    config,
    { now: runAt },
    { ...deps, onProgress: (message) => deps.io.stderr(`${message}\n`) },
  );
  for (const warning of result.warnings) deps.io.stderr(`warning: ${warning}\n`);
  return {
    papers: result.papers,
    onArxiv: result.totalResults,
    fetched: result.fetched,
    searched: searchedWindow(result.window),
  };
}

/** Where a proposed paper goes, when `list.section` gives a choice: `→ "Benchmarks": closest to …`. */
function sectionLine(candidate: Candidate): string[] {
  const section = candidate.section;
  if (!section) return [];
  return [`      → "${section.name}"${section.fits ? '' : ' (the default; move it)'}: ${section.why}`];
}
