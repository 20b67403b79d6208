import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { httpFetch, type Fetch } from '../http/fetch.js';
import { USER_AGENT } from '../version.js';

/** The Octokit the bot uses: REST, with GitHub's retry and throttling plugins. */
export const CuratorOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof CuratorOctokit>;

export interface GitHubLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** One HTTP request as it went over the wire (retries are separate records). */
export interface GitHubRequestRecord {
  method: string;
  url: string;
  /** null when the request never got an answer (network error). */
  status: number | null;
}

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL` in the Action; GitHub Enterprise Server's `https://HOST/api/v3` works. */
  baseUrl?: string;
  userAgent?: string;
  fetch?: Fetch;
  log?: GitHubLog;
  /** Called after every HTTP request: the request budget is counted here. */
  onRequest?: (record: GitHubRequestRecord) => void;
  retry?: {
    /** Retries after a 5xx or a network error (default 3). */
    retries?: number;
    /** Base of the quadratic backoff in ms (default 1000: waits 1 s, 4 s, 9 s). Tests set 1. */
    baseMs?: number;
  };
  throttle?: {
    /**
     * `github` keeps the plugin's spacing (writes 1 s apart, 3 s for notifying ones, as GitHub asks);
     * `none` is for tests against a local fake, which must never wait for real.
     */
    spacing?: 'github' | 'none';
    /** How many times one request is retried after a rate limit (default 2). */
    maxRetries?: number;
    /** Longer waits than this are not worth it inside a nightly job: fail instead (default 120 s). */
    maxWaitSeconds?: number;
    /** Milliseconds per second of `retry-after` (default 1000). Tests set 1. */
    msPerSecond?: number;
  };
}

/**
 * A limiter group that runs everything at once. The throttling plugin only accepts Bottleneck
 * groups to change spacing; this duck type avoids depending on Bottleneck directly.
 */
const immediateGroup = {
  key: () => ({
    schedule: (_options: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve().then(() => task(...args)),
  }),
};

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? silentLog;
  const maxRetries = options.throttle?.maxRetries ?? 2;
  const maxWait = options.throttle?.maxWaitSeconds ?? 120;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const what = `${request.method} ${request.url}`;
      if (retryCount >= maxRetries || retryAfter > maxWait) {
        log.warn(`GitHub ${kind} on ${what}; not retrying (retry ${retryCount + 1}, wait ${retryAfter} s)`);
        return false;
      }
      log.warn(`GitHub ${kind} on ${what}; retrying in ${retryAfter} s`);
      return true;
    };
  const spacing =
    options.throttle?.spacing === 'none'
      ? Object.fromEntries(
          ['global', 'auth', 'write', 'search', 'notifications'].map((name) => [name, immediateGroup]),
        )
      : {};

  return new CuratorOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: options.userAgent ?? USER_AGENT,
    // Octokit logs every failed attempt as an error, retried ones included; the run reports the
    // failures that matter itself, so those lines are only debug output.
    log: {
      debug: (message: string) => log.debug(message),
      info: (message: string) => log.debug(message),
      warn: (message: string) => log.warn(message),
      error: (message: string) => log.debug(message),
    },
    request: { fetch: countingFetch(options.fetch ?? httpFetch, options.onRequest) },
    retry: {
      retries: options.retry?.retries ?? 3,
      retryAfterBaseValue: options.retry?.baseMs ?? 1000,
      // The plugin's list plus 409: a file changed since the run read it never heals by asking
      // again; the run starts over from what GitHub holds instead (GitHubConflictError).
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
    },
    throttle: {
      ...spacing,
      retryAfterBaseValue: options.throttle?.msPerSecond ?? 1000,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    } as never,
  });
}

const silentLog: GitHubLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

function countingFetch(base: Fetch, onRequest: GitHubClientOptions['onRequest']): Fetch {
  if (!onRequest) return base;
  return async (url, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    try {
      const response = await base(url, init);
      onRequest({ method, url, status: response.status });
      return response;
    } catch (error) {
      onRequest({ method, url, status: null });
      throw error;
    }
  };
}
