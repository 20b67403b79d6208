import {
  ArxivApiError,
  ArxivFetchError,
  ArxivTransientError,
  formatDuration,
  type TransientKind,
} from './errors.js';

export interface RetrySettings {
  /** Total time one client may spend on failed attempts and the waits before their retries. */
  retryBudgetMs: number;
  /** Retries of one request at most. */
  maxRetries: number;
  /** Backoff before the first retry, doubled each time up to `maxBackoffMs`. */
  firstBackoffMs: number;
  maxBackoffMs: number;
}

/** The attempts at one request so far. */
export interface Attempts {
  /** The request in words (`page 2 of 3`), for progress messages. */
  label: string;
  firstStart: number;
  attemptStart: number;
  retries: number;
  seen406: boolean;
  /** Why retrying stopped early, when a limit stopped it. */
  stoppedBecause?: string;
}

export function newAttempts(label: string): Attempts {
  return { label, firstStart: Number.NaN, attemptStart: Number.NaN, retries: 0, seen406: false };
}

const RETRY_STATUSES = new Set([406, 429, 500, 502, 503, 504]);
/**
 * arXiv's `totalResults` can overstate what it will serve; an empty page is retried a few times
 * only, so a miscount does not eat the whole retry budget.
 */
const EMPTY_PAGE_RETRIES = 3;

/**
 * Which failed attempts are tried again, and after how long (SPEC §2): transient failures only,
 * with a doubling backoff or the server's `Retry-After` when longer, a 406 once, an empty page
 * a few times, all within one retry budget shared by the client's requests.
 */
export class RetryPolicy {
  private spentMs = 0;

  constructor(readonly settings: RetrySettings) {}

  /** The wait before the next attempt, counted as a retry; null when `error` ends the request. */
  retryDelay(error: unknown, attempts: Attempts, now: number): number | null {
    if (!(error instanceof ArxivTransientError)) return null;
    const status = error.details.status;
    if (error.kind === 'http-status' && (status === undefined || !RETRY_STATUSES.has(status))) return null;
    if (error.kind === 'empty-page' && attempts.retries >= EMPTY_PAGE_RETRIES) {
      attempts.stoppedBecause = `an empty page is retried ${EMPTY_PAGE_RETRIES} times at most`;
      return null;
    }
    if (status === 406) {
      // Usually our own headers: once more can cure a passing fault, more cannot.
      if (attempts.seen406) return null;
      attempts.seen406 = true;
    }
    const { firstBackoffMs, maxBackoffMs, retryBudgetMs } = this.settings;
    const backoff = Math.min(maxBackoffMs, firstBackoffMs * 2 ** attempts.retries);
    const retryAfterMs = error.details.retryAfterMs;
    const delay = Math.max(backoff, retryAfterMs ?? 0);
    const cost = now - attempts.attemptStart + delay;
    if (this.spentMs + cost > retryBudgetMs) {
      attempts.stoppedBecause =
        retryAfterMs !== undefined && retryAfterMs >= backoff
          ? `arXiv asked to wait ${formatDuration(retryAfterMs)}, beyond the retry budget of ${formatDuration(retryBudgetMs)}`
          : `the retry budget of ${formatDuration(retryBudgetMs)} is used up`;
      return null;
    }
    this.spentMs += cost;
    attempts.retries += 1;
    return delay;
  }

  /** The progress line for a retry just planned. */
  describeRetry(error: ArxivTransientError, attempts: Attempts, delayMs: number): string {
    const asked = error.details.retryAfterMs !== undefined ? ', as arXiv asked (Retry-After)' : '';
    return (
      `${attempts.label}: ${describeAttemptError(error)}; retry ${attempts.retries} of ${this.settings.maxRetries} ` +
      `in ${formatDuration(delayMs)}${asked}`
    );
  }

  /** What a request that failed for good throws: an ArxivFetchError telling its attempts. */
  failure(error: unknown, attempts: Attempts, url: string, now: number): unknown {
    const elapsedMs = Number.isNaN(attempts.firstStart) ? 0 : now - attempts.firstStart;
    const common = { retries: attempts.retries, elapsedMs, url, stoppedBecause: attempts.stoppedBecause };
    if (error instanceof ArxivApiError) {
      return new ArxivFetchError(
        { ...common, kind: 'rejected', status: error.status, lastMessage: error.arxivMessage },
        { cause: error },
      );
    }
    if (error instanceof ArxivTransientError) {
      const { maxRetries } = this.settings;
      const stoppedBecause =
        attempts.stoppedBecause ??
        (attempts.retries >= maxRetries ? `all ${maxRetries} retries used` : undefined);
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
