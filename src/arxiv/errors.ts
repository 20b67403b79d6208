import { ConfigError } from '../config/errors.js';

/**
 * Why one arXiv response could not be used although a later attempt may succeed (SPEC §2).
 * The client retries these; everything else ends the fetch.
 */
export type TransientKind =
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'rate-exceeded'
  | 'empty-body'
  | 'html'
  | 'not-xml'
  | 'truncated'
  | 'empty-page';

export interface TransientDetails {
  status?: number;
  /** How long the server asked us to wait (`Retry-After`), in ms. */
  retryAfterMs?: number;
  /** What arXiv said, in its words, cut to one line (a body snippet, an HTML title). */
  arxivMessage?: string;
}

/** A failed attempt worth retrying: network trouble, 5xx/429, a body that is not a whole feed. */
export class ArxivTransientError extends Error {
  override name = 'ArxivTransientError';
  constructor(
    readonly kind: TransientKind,
    message: string,
    readonly details: TransientDetails = {},
  ) {
    super(message);
  }
}

/**
 * arXiv answered with its Atom error feed (entry id `https://arxiv.org/api/errors#…`): the query
 * itself is wrong, so retrying cannot help. `arxivMessage` is arXiv's own text.
 */
export class ArxivApiError extends Error {
  override name = 'ArxivApiError';
  constructor(
    readonly arxivMessage: string,
    readonly status: number | null = null,
  ) {
    super(`arXiv rejected the query${status === null ? '' : ` (HTTP ${status})`}: "${arxivMessage}"`);
  }
}

/**
 * The configured endpoint cannot work, and no retry can change that: a port fetch refuses, a host
 * that does not resolve or refuses connections (not arXiv's own, whose hiccups are retried), a
 * path that is not there (404). The message names the host and `arxiv-api-url`, not arXiv.
 */
export class ArxivEndpointError extends ConfigError {
  override name = 'ArxivEndpointError';
}

export interface FetchFailure {
  /** What went wrong last: a transient kind, or `rejected` when arXiv refused the query itself. */
  kind: TransientKind | 'rejected';
  /** HTTP status of the last attempt; null when no response arrived. */
  status: number | null;
  /** The last thing arXiv said (or the network error), one line. */
  lastMessage: string;
  retries: number;
  elapsedMs: number;
  /** Why retrying stopped early, when it did (`the retry budget of 5 min is used up`). */
  stoppedBecause?: string;
  url: string;
}

/**
 * A request that failed for good: the message is one line for the job summary and the CLI,
 * with the status, arXiv's last words and how many retries over how long.
 */
export class ArxivFetchError extends Error {
  override name = 'ArxivFetchError';
  constructor(
    readonly failure: FetchFailure,
    options?: { cause?: unknown },
  ) {
    super(describeFailure(failure), options);
  }
}

function describeFailure(f: FetchFailure): string {
  const status = f.status === null ? 'no response' : `HTTP ${f.status}`;
  if (f.kind === 'rejected') return `arXiv rejected the query (${status}): "${f.lastMessage}"; not retried`;
  const retries =
    f.retries === 0
      ? 'not retried'
      : `gave up after ${f.retries} ${f.retries === 1 ? 'retry' : 'retries'} over ${formatDuration(f.elapsedMs)}`;
  const stopped = f.stoppedBecause === undefined ? '' : ` (${f.stoppedBecause})`;
  return `arXiv request failed: ${status}, last message from arXiv "${f.lastMessage}"; ${retries}${stopped}`;
}

/** `0.3 s`, `45 s`, `2 min 05 s`, `1 min`, `1 h 30 min`: durations for people. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) {
    const rest = seconds % 60;
    return `${Math.floor(seconds / 60)} min${rest === 0 ? '' : ` ${String(rest).padStart(2, '0')} s`}`;
  }
  const minutes = Math.round(seconds / 60);
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest === 0 ? '' : ` ${String(rest).padStart(2, '0')} min`}`;
}
