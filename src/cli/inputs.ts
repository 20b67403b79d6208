import { existsSync, readFileSync } from 'node:fs';
import { ArxivApiError, ArxivFetchError, ArxivTransientError } from '../arxiv/errors.js';
import { mergePapers } from '../arxiv/merge.js';
import { parseFeed } from '../arxiv/parse.js';
import { ConfigError } from '../config/errors.js';
import { ListSectionError } from '../list/errors.js';
import type { Paper } from '../types.js';
import type { CliIO } from './io.js';

/** A mistake in what the user asked for: a missing file, a feed that is not one. Exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export function readListFile(path: string): string {
  if (!existsSync(path)) {
    throw new InputError(`no list file at ${path}: pass --list PATH or set list.path in the config file`);
  }
  return readFileSync(path, 'utf8');
}

/** Recorded Atom feeds instead of the network: merged as one fetch would be. */
export function readFeeds(paths: string[]): { papers: Paper[]; onArxiv: number; fetched: number } {
  let onArxiv = 0;
  const all: Paper[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new InputError(`--feed: no file at ${path}`);
    try {
      const feed = parseFeed(readFileSync(path, 'utf8'));
      onArxiv += feed.totalResults;
      all.push(...feed.papers);
    } catch (error) {
      if (error instanceof ArxivApiError)
        throw new InputError(`--feed ${path} is an arXiv error feed: ${error.message}`);
      if (error instanceof ArxivTransientError)
        throw new InputError(`--feed ${path} is not an arXiv Atom feed: ${error.message}`);
      throw error;
    }
  }
  return { papers: mergePapers(all), onArxiv, fetched: all.length };
}

/** One line on stderr and the exit code: 2 for bad flags, config or files; 1 when arXiv failed. */
export function cliError(command: string, error: unknown, io: CliIO): number {
  const message = error instanceof Error ? error.message : String(error);
  const line = (text: string): void =>
    io.stderr(`arxiv-curator ${command}: ${text.replace(/\s*\n\s*/g, '; ')}\n`);
  if (error instanceof ArxivFetchError || error instanceof ArxivApiError) {
    line(message);
    return 1;
  }
  if (
    error instanceof ConfigError ||
    error instanceof InputError ||
    error instanceof ListSectionError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    line(message);
    return 2;
  }
  line(`unexpected error: ${message}`);
  if (io.env.ARXIV_CURATOR_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
  return 1;
}
