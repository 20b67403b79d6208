import type { Config } from '../config/schema.js';
import type { Paper } from '../types.js';
import { ArxivClient, type ArxivClientDeps, type ArxivClientOptions } from './client.js';
import { formatDuration } from './errors.js';
import { keepHighestVersion, mergePapers } from './merge.js';
import { buildSearchQuery, groupPhrases } from './query.js';
import { canSplit, describeSlice, partsFor, splitWindow } from './slices.js';
import { arxivWindow, type ArxivWindow } from './window.js';

export interface FetchPapersInput {
  now: Date;
  /** End of the last window fetched successfully (PR marker); null on a first run. */
  lastWindowEnd?: Date | null;
}

export interface FetchPapersDeps extends ArxivClientDeps {
  /** Client settings other than the URL, which comes from the config. */
  client?: Omit<ArxivClientOptions, 'apiUrl'>;
}

export interface FetchPapersResult {
  /** One per base id, highest version, newest submission first. */
  papers: Paper[];
  /** What arXiv counted for the window, summed over the queries (overlaps counted twice). */
  totalResults: number;
  window: ArxivWindow;
  /** The `search_query` value of each query, for the whole window. */
  queries: string[];
  /** Entries received, before duplicates (pages, queries, versions) were merged. */
  fetched: number;
  /** HTTP requests made, retries included. */
  requests: number;
  warnings: string[];
}

/**
 * Everything arXiv has for the configured topic in the run's window: every query of the window
 * (usually one), each cut into date slices small enough for one request, duplicates merged.
 */
export async function fetchPapers(
  config: Config,
  { now, lastWindowEnd = null }: FetchPapersInput,
  deps: FetchPapersDeps,
  client: ArxivClient = createArxivClient(config, deps),
): Promise<FetchPapersResult> {
  const { phrases, categories } = config.query;
  const window = arxivWindow({
    now,
    windowDays: config.query.windowDays,
    since: config.query.since,
    lastWindowEnd,
  });
  const groups = groupPhrases(phrases, categories, config.arxiv.apiUrl);
  const queries = groups.map((group) => buildSearchQuery(group, categories, window));
  const report = (message: string): void => deps.onProgress?.(`arXiv: ${message}`);

  const found = new Map<string, Paper>();
  const warnings: string[] = [];
  if (config.query.since === null && lastWindowEnd && lastWindowEnd < window.from) {
    warnings.push(
      `the last fetched window ended ${lastWindowEnd.toISOString().slice(0, 10)}, more than a year ago; ` +
        `catching up from ${window.from.toISOString().slice(0, 10)} only`,
    );
  }
  let totalResults = 0;
  let fetched = 0;
  report(`window ${describeSlice(window)} (submission dates, UTC)`);
  for (const [index, group] of groups.entries()) {
    if (groups.length > 1) report(`query ${index + 1} of ${groups.length} (${group.length} phrases)`);
    const result = await fetchWindow(client, (slice) => buildSearchQuery(group, categories, slice), window, {
      found,
      report,
    });
    totalResults += result.totalResults;
    fetched += result.fetched;
    warnings.push(...result.warnings);
  }
  const papers = mergePapers(found.values());
  const requests = `${client.requestCount} ${client.requestCount === 1 ? 'request' : 'requests'}`;
  report(`${papers.length} papers (${totalResults} on arXiv) in ${requests}`);
  return { papers, totalResults, window, queries, fetched, requests: client.requestCount, warnings };
}

/** The night's one arXiv client: every request of a run goes through its spacing and retries. */
export function createArxivClient(config: Config, deps: FetchPapersDeps): ArxivClient {
  return new ArxivClient({ ...deps.client, apiUrl: config.arxiv.apiUrl }, deps);
}

interface WindowProgress {
  /** Papers found so far, by base id, across queries. */
  found: Map<string, Paper>;
  report: (message: string) => void;
}

/**
 * One query over a window, as date slices of at most about one page each. The first request
 * asks for the whole window; when arXiv counts more results than one page holds, the slice is
 * cut in proportion to the count and each part is asked for in turn (newest first). The page
 * already fetched is kept, so nothing is lost, and a normal night stays one request. A slice
 * too short to cut is paged instead.
 */
async function fetchWindow(
  client: ArxivClient,
  queryFor: (slice: ArxivWindow) => string,
  window: ArxivWindow,
  { found, report }: WindowProgress,
): Promise<{ totalResults: number; fetched: number; warnings: string[] }> {
  const pending: ArxivWindow[] = [window];
  const warnings: string[] = [];
  let fetched = 0;
  let windowTotal: number | null = null;
  let done = 0;
  while (pending.length > 0) {
    const slice = pending.shift()!;
    done += 1;
    if (done > 1) {
      const left = pending.length + 1;
      report(
        `slice ${done} of ${done + pending.length}: ${describeSlice(slice)}; ${found.size} papers so far; ` +
          `at least ${left} ${left === 1 ? 'request' : 'requests'} left (≈ ${formatDuration(left * client.intervalMs)} ` +
          `at one request every ${formatDuration(client.intervalMs)})`,
      );
    }
    const searchQuery = queryFor(slice);
    const first = await client.fetchPage(
      { searchQuery, start: 0, maxResults: client.pageSize },
      done === 1 ? 'first request' : `slice ${done}`,
    );
    windowTotal ??= first.totalResults;
    fetched += first.papers.length;
    collect(found, first.papers);
    if (first.entryCount >= first.totalResults) continue;

    const parts = canSplit(slice) ? splitWindow(slice, partsFor(first.totalResults, client.pageSize)) : [];
    if (parts.length >= 2) {
      report(
        `${describeSlice(slice)} has ${first.totalResults} results: asking for it in ${parts.length} date slices`,
      );
      pending.unshift(...parts);
      continue;
    }
    const rest = await client.fetchRemainingPages(searchQuery, first);
    fetched += rest.papers.length;
    collect(found, rest.papers);
    warnings.push(...rest.warnings);
  }
  return { totalResults: windowTotal ?? 0, fetched, warnings };
}

function collect(found: Map<string, Paper>, papers: Paper[]): void {
  for (const paper of papers) keepHighestVersion(found, paper);
}
