import pRetry from 'p-retry';
import { ConfigError } from '../config/errors.js';
import type { Fetch } from '../http/fetch.js';
import type { Paper } from '../types.js';
import { ArxivFetchError, type ArxivTransientError, formatDuration } from './errors.js';
import type { ParsedFeed } from './parse.js';
import {
  buildIdListUrl,
  buildQueryUrl,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_TOTAL_RESULTS,
  type PageRequest,
} from './query.js';
import { requestPage } from './request.js';
import { newAttempts, RetryPolicy, type Attempts } from './retry-policy.js';
import { politeIntervalMs, RequestSpacer } from './spacing.js';

/** Everything the client does to the outside world, injected so tests run on a fake clock. */
export interface ArxivClientDeps {
  fetch: Fetch;
  /** Wall-clock time in ms; only used for spacing, backoff and the retry budget. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  onProgress?: (message: string) => void;
}

export interface ArxivClientOptions {
  apiUrl: string;
  /** Gap between request starts; never below 3 s for arXiv hosts. Default 3 s. */
  minIntervalMs?: number;
  /** Results per request, at most 2,000. Default 1,000. */
  pageSize?: number;
  /** A request with no complete answer after this long is abandoned and retried. Default 60 s. */
  requestTimeoutMs?: number;
  /** Total time one fetch may spend on failed attempts and the waits before their retries. Default 5 min. */
  retryBudgetMs?: number;
  /** Retries of one request at most. Default 8. */
  maxRetries?: number;
  /** Backoff before the first retry, doubled each time up to `maxBackoffMs`. Defaults 5 s and 60 s. */
  firstBackoffMs?: number;
  maxBackoffMs?: number;
}

export const CLIENT_DEFAULTS = {
  pageSize: DEFAULT_PAGE_SIZE,
  requestTimeoutMs: 60_000,
  retryBudgetMs: 5 * 60_000,
  maxRetries: 8,
  firstBackoffMs: 5_000,
  maxBackoffMs: 60_000,
} as const;

export interface PagesResult {
  papers: Paper[];
  totalResults: number;
  warnings: string[];
}

/**
 * The arXiv API client: one request at a time, politely spaced (spacing.ts), retried with backoff
 * on every transient failure (retry-policy.ts), paging through `start`/`max_results`. What to
 * ask lives in query.ts; this file only knows how to ask.
 */
export class ArxivClient {
  readonly apiUrl: string;
  readonly intervalMs: number;
  readonly pageSize: number;
  private readonly requestTimeoutMs: number;
  private readonly retryPolicy: RetryPolicy;
  private readonly spacer: RequestSpacer;
  private requests = 0;

  constructor(
    options: ArxivClientOptions,
    private readonly deps: ArxivClientDeps,
  ) {
    this.apiUrl = checkedUrl(options.apiUrl);
    this.intervalMs = politeIntervalMs(this.apiUrl, options.minIntervalMs);
    this.pageSize = options.pageSize ?? CLIENT_DEFAULTS.pageSize;
    if (!Number.isInteger(this.pageSize) || this.pageSize < 1 || this.pageSize > MAX_PAGE_SIZE) {
      throw new RangeError(
        `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${this.pageSize}`,
      );
    }
    this.requestTimeoutMs = options.requestTimeoutMs ?? CLIENT_DEFAULTS.requestTimeoutMs;
    this.retryPolicy = new RetryPolicy({
      retryBudgetMs: options.retryBudgetMs ?? CLIENT_DEFAULTS.retryBudgetMs,
      maxRetries: options.maxRetries ?? CLIENT_DEFAULTS.maxRetries,
      firstBackoffMs: options.firstBackoffMs ?? CLIENT_DEFAULTS.firstBackoffMs,
      maxBackoffMs: options.maxBackoffMs ?? CLIENT_DEFAULTS.maxBackoffMs,
    });
    this.spacer = new RequestSpacer(this.intervalMs, deps, (ms, reason) =>
      this.progress(
        reason === 'retry'
          ? `waiting ${formatDuration(ms)} before retrying`
          : `waiting ${formatDuration(ms)} (the polite interval between requests is ${formatDuration(this.intervalMs)})`,
      ),
    );
  }

  /** HTTP requests made so far, retries included. */
  get requestCount(): number {
    return this.requests;
  }

  /** Every page of one query, in order. */
  async fetchAllPages(searchQuery: string): Promise<PagesResult> {
    const first = await this.fetchPage({ searchQuery, start: 0, maxResults: this.pageSize }, 'page 1');
    const rest = await this.fetchRemainingPages(searchQuery, first);
    return { ...rest, papers: [...first.papers, ...rest.papers] };
  }

  /**
   * The pages after `first`. When a later page stays empty after its retries although
   * `totalResults` promised more, what was fetched is kept with a warning: arXiv's count can
   * overstate.
   */
  async fetchRemainingPages(searchQuery: string, first: ParsedFeed): Promise<PagesResult> {
    const total = first.totalResults;
    const limit = Math.min(total, MAX_TOTAL_RESULTS);
    const papers: Paper[] = [];
    const warnings: string[] = [];
    if (total > MAX_TOTAL_RESULTS) {
      warnings.push(
        `arXiv reports ${total} results for one query; only the first ${MAX_TOTAL_RESULTS} can be fetched`,
      );
    }
    let start = first.entryCount;
    let pageNumber = 1;
    while (start < limit) {
      pageNumber += 1;
      const pages = pageNumber - 1 + Math.ceil((limit - start) / this.pageSize);
      const maxResults = Math.min(this.pageSize, MAX_TOTAL_RESULTS - start);
      const label = `page ${pageNumber} of ${pages}`;
      this.progress(
        `requesting ${label} (results ${start + 1}–${Math.min(start + maxResults, limit)} of ${total})`,
      );
      let feed: ParsedFeed;
      try {
        feed = await this.fetchPage({ searchQuery, start, maxResults }, label);
      } catch (error) {
        if (error instanceof ArxivFetchError && error.failure.kind === 'empty-page') {
          warnings.push(
            `arXiv said ${total} results but sent none from result ${start + 1} on, even after retries; ` +
              `going on with the ${start} fetched`,
          );
          break;
        }
        throw error;
      }
      papers.push(...feed.papers);
      start += feed.entryCount;
    }
    return { papers, totalResults: total, warnings };
  }

  /** One page, retried on transient failures; throws ArxivFetchError when it cannot be had. */
  async fetchPage(page: PageRequest, label: string): Promise<ParsedFeed> {
    return this.fetchUrl(buildQueryUrl(this.apiUrl, page), page.start, label);
  }

  /** Papers by id (at most 100 a request), through the same spacing and retries. */
  async fetchIds(ids: readonly string[], label: string): Promise<ParsedFeed> {
    return this.fetchUrl(buildIdListUrl(this.apiUrl, ids), 0, label);
  }

  private async fetchUrl(url: string, start: number, label: string): Promise<ParsedFeed> {
    const attempts = newAttempts(label);
    try {
      return await pRetry(() => this.spacer.run(() => this.attempt(url, start, attempts)), {
        retries: this.retryPolicy.settings.maxRetries,
        // The waiting happens in the spacer, on the injected clock, so p-retry itself never sleeps.
        minTimeout: 0,
        maxTimeout: 0,
        shouldRetry: ({ error }) => this.planRetry(error, attempts),
      });
    } catch (error) {
      throw this.retryPolicy.failure(error, attempts, url, this.deps.now());
    }
  }

  private async attempt(url: string, start: number, attempts: Attempts): Promise<ParsedFeed> {
    attempts.attemptStart = this.deps.now();
    if (Number.isNaN(attempts.firstStart)) attempts.firstStart = attempts.attemptStart;
    this.requests += 1;
    return requestPage({ url, start, timeoutMs: this.requestTimeoutMs }, this.deps);
  }

  /** Whether a failed attempt is retried; when it is, the retry is scheduled on the spacer. */
  private planRetry(error: unknown, attempts: Attempts): boolean {
    const now = this.deps.now();
    const delay = this.retryPolicy.retryDelay(error, attempts, now);
    if (delay === null) return false;
    this.spacer.notBefore(now + delay);
    this.progress(this.retryPolicy.describeRetry(error as ArxivTransientError, attempts, delay));
    return true;
  }

  private progress(message: string): void {
    this.deps.onProgress?.(`arXiv: ${message}`);
  }
}

function checkedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`arxiv.api-url must be an http(s) URL, got "${url}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigError(`arxiv.api-url must be an http(s) URL, got "${url}"`);
  }
  return url;
}
