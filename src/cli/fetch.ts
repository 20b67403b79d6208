import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArxivClientOptions } from '../arxiv/client.js';
import { ArxivFetchError } from '../arxiv/errors.js';
import { fetchPapers } from '../arxiv/fetch-papers.js';
import { ConfigError } from '../config/errors.js';
import { httpFetch, type Fetch } from '../http/fetch.js';
import { CONFIG_FLAGS, loadCliConfig, loadCliConfigForList, readNow } from './config.js';
import { wantsAutoProfile } from '../run/auto-profile.js';
import type { CliIO } from './io.js';

/** The outside world of `fetch`; tests pass a fake clock and keep the real fetch. */
export interface FetchCommandDeps {
  fetch: Fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  cwd: string;
  /** Client settings (shorter spacing for a local test server, timeouts). */
  client?: Omit<ArxivClientOptions, 'apiUrl'>;
}

export const realDeps = (): FetchCommandDeps => ({
  fetch: httpFetch,
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  cwd: process.cwd(),
});

const OPTIONS = {
  config: CONFIG_FLAGS.config,
  'arxiv-url': CONFIG_FLAGS['arxiv-url'],
  'window-days': CONFIG_FLAGS['window-days'],
  since: CONFIG_FLAGS.since,
  now: { type: 'string' },
} as const;

/**
 * `arxiv-curator fetch`: one JSON object per paper on stdout, progress and warnings on stderr.
 * Exit 0 on success, 1 when arXiv could not be read, 2 for bad flags or config.
 */
export async function fetchCommand(
  args: string[],
  io: CliIO,
  deps: Partial<FetchCommandDeps> = {},
): Promise<number> {
  const { fetch, now, sleep, cwd, client } = { ...realDeps(), ...deps };
  let values: { [K in keyof typeof OPTIONS]?: string };
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    io.stderr(`arxiv-curator fetch: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    let config = loadCliConfig(values, { cwd });
    // profile: auto asks arXiv for the list's topic: derived from the list at list.path when it is there.
    const listPath = resolve(cwd, config.list.path);
    if (wantsAutoProfile(config) && existsSync(listPath)) {
      const auto = loadCliConfigForList(values, { cwd }, readFileSync(listPath, 'utf8'));
      config = auto.config;
      io.stderr(`${auto.note}\n`);
    }
    const runAt = readNow(values.now) ?? new Date(now());
    const result = await fetchPapers(
      config,
      { now: runAt },
      { fetch, now, sleep, client, onProgress: (message) => io.stderr(`${message}\n`) },
    );
    for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
    io.stdout(result.papers.map((paper) => `${JSON.stringify(paper)}\n`).join(''));
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`arxiv-curator fetch: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof ArxivFetchError) {
      io.stderr(`arxiv-curator fetch: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, '; ');
}
