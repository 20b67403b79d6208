/**
 * arXiv's terms of use for its API: no more than one request every three seconds, and one
 * connection at a time (https://info.arxiv.org/help/api/tou.html).
 */
export const ARXIV_MIN_INTERVAL_MS = 3000;

export function isArxivHost(url: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return hostname === 'arxiv.org' || hostname.endsWith('.arxiv.org');
}

/**
 * The gap between request starts: the configured one, but never under 3 s for an arXiv host.
 * A shorter interval is for mirrors and test servers only.
 */
export function politeIntervalMs(url: string, configuredMs?: number): number {
  const wanted = configuredMs ?? ARXIV_MIN_INTERVAL_MS;
  if (!Number.isFinite(wanted) || wanted < 0) {
    throw new RangeError(`the request interval must be a number of milliseconds ≥ 0, got ${wanted}`);
  }
  return isArxivHost(url) ? Math.max(ARXIV_MIN_INTERVAL_MS, wanted) : wanted;
}

export interface SpacingClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/**
 * Runs requests one at a time, each starting at least `intervalMs` after the previous one
 * started and not before a retry delay set with `notBefore`. Retries go through it too, so
 * the spacing holds for them.
 */
export class RequestSpacer {
  private lastStart: number | null = null;
  private earliest = Number.NEGATIVE_INFINITY;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly intervalMs: number,
    private readonly clock: SpacingClock,
    private readonly onWait: (ms: number, reason: 'interval' | 'retry') => void = () => {},
  ) {}

  /** Holds the next request until `time` (a retry's backoff or arXiv's `Retry-After`). */
  notBefore(time: number): void {
    this.earliest = Math.max(this.earliest, time);
  }

  /** Waits for the next turn, then runs `request`; calls never overlap. */
  run<T>(request: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(async () => {
      await this.waitForTurn();
      this.lastStart = this.clock.now();
      return request();
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForTurn(): Promise<void> {
    const byInterval = this.lastStart === null ? Number.NEGATIVE_INFINITY : this.lastStart + this.intervalMs;
    const until = Math.max(byInterval, this.earliest);
    const wait = until - this.clock.now();
    if (wait > 0) {
      this.onWait(wait, until === this.earliest && this.earliest > byInterval ? 'retry' : 'interval');
      await this.clock.sleep(wait);
    }
  }
}
