import pRetry from 'p-retry';
import { ConfigError } from '../config/errors.js';
import type { Paper } from '../types.js';
import { USER_AGENT } from '../version.js';
import {
  ArxivApiError,
  ArxivFetchError,
  ArxivTransientError,
  formatDuration,
  type TransientKind,
} from './errors.js';
import { parseFeed, type ParsedFeed } from './parse.js';
import {
  buildQueryUrl,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_TOTAL_RESULTS,
  type PageRequest,
} from './query.js';
import { parseRetryAfter } from './retry-after.js';
import { politeIntervalMs, RequestSpacer } from './spacing.js';

/** Everything the client does to the outside world, injected so tests run on a fake clock. */
export interface ArxivClientDeps {
  fetch: typeof globalThis.fetch;
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

const RETRY_STATUSES = new Set([406, 429, 500, 502, 503, 504]);
/**
 * arXiv's `totalResults` can overstate what it will serve; an empty page is retried a few times
 * only, so a miscount does not eat the whole retry budget.
 */
const EMPTY_PAGE_RETRIES = 3;

interface RequestState {
  label: string;
  firstStart: number;
  attemptStart: number;
  retries: number;
  seen406: boolean;
  stoppedBecause?: string;
}

/**
 * The arXiv API client: one request at a time, politely spaced, retried with backoff on every
 * transient failure (SPEC §2), paging through `start`/`max_results`. What to ask lives in
 * query.ts; this file only knows how to ask.
 */
export class ArxivClient {
  readonly apiUrl: string;
  readonly intervalMs: number;
  readonly pageSize: number;
  private readonly settings: Required<Omit<ArxivClientOptions, 'apiUrl' | 'minIntervalMs' | 'pageSize'>>;
  private readonly spacer: RequestSpacer;
  private requests = 0;
  private retrySpentMs = 0;

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
    this.settings = {
      requestTimeoutMs: options.requestTimeoutMs ?? CLIENT_DEFAULTS.requestTimeoutMs,
      retryBudgetMs: options.retryBudgetMs ?? CLIENT_DEFAULTS.retryBudgetMs,
      maxRetries: options.maxRetries ?? CLIENT_DEFAULTS.maxRetries,
      firstBackoffMs: options.firstBackoffMs ?? CLIENT_DEFAULTS.firstBackoffMs,
      maxBackoffMs: options.maxBackoffMs ?? CLIENT_DEFAULTS.maxBackoffMs,
    };
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
    const url = buildQueryUrl(this.apiUrl, page);
    const state: RequestState = {
      label,
      firstStart: Number.NaN,
      attemptStart: Number.NaN,
      retries: 0,
      seen406: false,
    };
    try {
      return await pRetry(() => this.spacer.run(() => this.attempt(url, page, state)), {
        retries: this.settings.maxRetries,
        // The waiting happens in the spacer, on the injected clock, so p-retry itself never sleeps.
        minTimeout: 0,
        maxTimeout: 0,
        shouldRetry: ({ error }) => this.planRetry(error, state),
      });
    } catch (error) {
      throw this.failure(error, state, url);
    }
  }

  private async attempt(url: string, page: PageRequest, state: RequestState): Promise<ParsedFeed> {
    state.attemptStart = this.deps.now();
    if (Number.isNaN(state.firstStart)) state.firstStart = state.attemptStart;
    this.requests += 1;
    const feed = await this.request(url);
    if (feed.entryCount === 0 && page.start < feed.totalResults) {
      throw new ArxivTransientError(
        'empty-page',
        `arXiv sent an empty page although it reports ${feed.totalResults} results`,
        {
          status: 200,
          arxivMessage: `empty page at start=${page.start} of totalResults=${feed.totalResults}`,
        },
      );
    }
    return feed;
  }

  private async request(url: string): Promise<ParsedFeed> {
    let response: Response;
    let body: string;
    try {
      response = await this.deps.fetch(url, {
        headers: { 'User-Agent': USER_AGENT, Accept: 'application/atom+xml' },
        signal: AbortSignal.timeout(this.settings.requestTimeoutMs),
      });
      body = await response.text();
    } catch (error) {
      throw this.networkError(error);
    }
    const status = response.status;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.deps.now()) ?? undefined;
    if (status >= 200 && status < 300) {
      try {
        return parseFeed(body);
      } catch (error) {
        throw withStatus(error, status, retryAfterMs);
      }
    }
    // The current API sends its Atom error feed with HTTP 400 (the old one used 200).
    if (/<(?:[\w.-]+:)?feed[\s>]/.test(body)) {
      try {
        parseFeed(body);
      } catch (error) {
        if (error instanceof ArxivApiError) throw new ArxivApiError(error.arxivMessage, status);
      }
    }
    throw new ArxivTransientError('http-status', `HTTP ${status}`, {
      status,
      retryAfterMs,
      arxivMessage: summarizeBody(body) || response.statusText || `HTTP ${status}`,
    });
  }

  /** Decides whether a failed attempt is retried, and schedules the retry on the spacer. */
  private planRetry(error: unknown, state: RequestState): boolean {
    if (!(error instanceof ArxivTransientError)) return false;
    const status = error.details.status;
    if (error.kind === 'http-status' && (status === undefined || !RETRY_STATUSES.has(status))) return false;
    if (error.kind === 'empty-page' && state.retries >= EMPTY_PAGE_RETRIES) {
      state.stoppedBecause = `an empty page is retried ${EMPTY_PAGE_RETRIES} times at most`;
      return false;
    }
    if (status === 406) {
      // Usually our own headers: once more can cure a passing fault, more cannot.
      if (state.seen406) return false;
      state.seen406 = true;
    }
    const now = this.deps.now();
    const backoff = Math.min(this.settings.maxBackoffMs, this.settings.firstBackoffMs * 2 ** state.retries);
    const delay = Math.max(backoff, error.details.retryAfterMs ?? 0);
    const cost = now - state.attemptStart + delay;
    if (this.retrySpentMs + cost > this.settings.retryBudgetMs) {
      state.stoppedBecause =
        error.details.retryAfterMs !== undefined && error.details.retryAfterMs >= backoff
          ? `arXiv asked to wait ${formatDuration(error.details.retryAfterMs)}, beyond the retry budget of ${formatDuration(this.settings.retryBudgetMs)}`
          : `the retry budget of ${formatDuration(this.settings.retryBudgetMs)} is used up`;
      return false;
    }
    this.retrySpentMs += cost;
    state.retries += 1;
    this.spacer.notBefore(now + delay);
    const asked = error.details.retryAfterMs !== undefined ? ', as arXiv asked (Retry-After)' : '';
    this.progress(
      `${state.label}: ${describeAttemptError(error)}; retry ${state.retries} of ${this.settings.maxRetries} ` +
        `in ${formatDuration(delay)}${asked}`,
    );
    return true;
  }

  private failure(error: unknown, state: RequestState, url: string): unknown {
    const elapsedMs = Number.isNaN(state.firstStart) ? 0 : this.deps.now() - state.firstStart;
    const common = { retries: state.retries, elapsedMs, url, stoppedBecause: state.stoppedBecause };
    if (error instanceof ArxivApiError) {
      return new ArxivFetchError(
        { ...common, kind: 'rejected', status: error.status, lastMessage: error.arxivMessage },
        { cause: error },
      );
    }
    if (error instanceof ArxivTransientError) {
      const stoppedBecause =
        state.stoppedBecause ??
        (state.retries >= this.settings.maxRetries
          ? `all ${this.settings.maxRetries} retries used`
          : undefined);
      return new ArxivFetchError(
        {
          ...common,
          stoppedBecause,
          kind: error.kind,
          status: error.details.status ?? null,
          lastMessage: error.details.arxivMessage ?? error.message,
        },
        { cause: error },
      );
    }
    return error;
  }

  private networkError(error: unknown): ArxivTransientError {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
      const message = `no complete response within ${formatDuration(this.settings.requestTimeoutMs)}`;
      return new ArxivTransientError('timeout', message, { arxivMessage: message });
    }
    const detail = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
    return new ArxivTransientError('network', `network error: ${detail}`, {
      arxivMessage: `network error: ${detail}`,
    });
  }

  private progress(message: string): void {
    this.deps.onProgress?.(`arXiv: ${message}`);
  }
}

const ATTEMPT_ERRORS: Record<TransientKind, string> = {
  network: 'network error',
  timeout: 'timed out',
  'http-status': 'HTTP error',
  'rate-exceeded': '"Rate exceeded."',
  'empty-body': 'empty response',
  html: 'an HTML page instead of a feed',
  'not-xml': 'a response that is not an Atom feed',
  truncated: 'a cut-off feed',
  'empty-page': 'an empty page although more results were promised',
};

function describeAttemptError(error: ArxivTransientError): string {
  const status = error.details.status;
  if (error.kind === 'http-status') return `HTTP ${status} (${error.details.arxivMessage ?? ''})`;
  if (error.kind === 'network' || error.kind === 'timeout') return error.message;
  return ATTEMPT_ERRORS[error.kind];
}

function withStatus(error: unknown, status: number, retryAfterMs: number | undefined): unknown {
  if (error instanceof ArxivApiError) return new ArxivApiError(error.arxivMessage, status);
  if (error instanceof ArxivTransientError) {
    return new ArxivTransientError(error.kind, error.message, { ...error.details, status, retryAfterMs });
  }
  return error;
}

/** A one-line account of an error body: an HTML page's title, or the text's first 200 characters. */
function summarizeBody(body: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1]?.trim();
  const text = title ? title : body.replace(/<[^>]*>/g, ' ');
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
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
