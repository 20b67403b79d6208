import type { Fetch, FetchResponse } from '../http/fetch.js';
import { USER_AGENT } from '../version.js';
import { ArxivApiError, ArxivEndpointError, ArxivTransientError, formatDuration } from './errors.js';
import { parseFeed, type ParsedFeed } from './parse.js';
import { parseRetryAfter } from './retry-after.js';
import { isArxivHost } from './spacing.js';

export interface RequestDeps {
  fetch: Fetch;
  now: () => number;
}

export interface RequestedPage {
  url: string;
  /** The `start` the URL asks for: a page from there on should not be empty when more exist. */
  start: number;
  /** A request with no complete answer after this long is abandoned. */
  timeoutMs: number;
}

/**
 * One GET of a page of results, its answer read as a feed. Throws ArxivTransientError for
 * anything a later attempt may cure (network, timeout, an HTTP error status, a body that is not
 * a whole feed, an empty page when more results were promised) and ArxivApiError when arXiv
 * rejects the query itself.
 */
export async function requestPage(page: RequestedPage, deps: RequestDeps): Promise<ParsedFeed> {
  const feed = await requestFeed(page.url, page.timeoutMs, deps);
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

async function requestFeed(url: string, timeoutMs: number, deps: RequestDeps): Promise<ParsedFeed> {
  let response: FetchResponse;
  let body: string;
  try {
    response = await deps.fetch(url, {
      headers: { 'User-Agent': USER_AGENT, Accept: 'application/atom+xml' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = await response.text();
  } catch (error) {
    throw endpointError(error, url) ?? networkError(error, timeoutMs);
  }
  const status = response.status;
  if (status === 404) {
    const { host, pathname } = new URL(url);
    throw new ArxivEndpointError(
      `arxiv-api-url ${endpointOf(url)}: ${host} answered HTTP 404 (not found) for ${pathname}; not retried, ` +
        "as no retry can fix it: check the URL's path (arXiv's API is at /api/query)",
    );
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), deps.now()) ?? undefined;
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

/**
 * A network error no retry can fix, or null: for hosts other than arXiv's (whose DNS and connection
 * hiccups pass), an unknown host or a refused connection.
 */
function endpointError(error: unknown, url: string): ArxivEndpointError | null {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const { hostname, host } = new URL(url);
  const where = `arxiv-api-url ${endpointOf(url)}`;
  const advice = 'not retried, as no retry can fix it: check arxiv-api-url';
  if (isArxivHost(url)) return null;
  if (cause?.code === 'ENOTFOUND') {
    return new ArxivEndpointError(`${where}: the host ${hostname} was not found (DNS, ENOTFOUND); ${advice}`);
  }
  if (cause?.code === 'ECONNREFUSED') {
    return new ArxivEndpointError(
      `${where}: ${host} refused the connection (ECONNREFUSED); ${advice} (is the server running on that port?)`,
    );
  }
  return null;
}

/** The URL the user configured: the request's URL without its query. */
function endpointOf(url: string): string {
  const { origin, pathname } = new URL(url);
  return `${origin}${pathname}`;
}

function networkError(error: unknown, timeoutMs: number): ArxivTransientError {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    const message = `no complete response within ${formatDuration(timeoutMs)}`;
    return new ArxivTransientError('timeout', message, { arxivMessage: message });
  }
  const detail = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
  return new ArxivTransientError('network', `network error: ${detail}`, {
    arxivMessage: `network error: ${detail}`,
  });
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
