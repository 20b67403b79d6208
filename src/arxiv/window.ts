import { ConfigError } from '../config/errors.js';
import { MAX_BACKFILL_DAYS } from '../config/resolve.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The submission-date range one run asks arXiv for. Both bounds are UTC midnights: `from` is
 * the first instant asked for, `to` is the start of the day after the run (arXiv's range is
 * inclusive, so it also covers the 00:00 minute of that day; the overlap with the next night's
 * window is harmless because papers seen twice are merged). Every run on the same UTC day
 * builds the same window, hence the same query.
 */
export interface ArxivWindow {
  from: Date;
  to: Date;
}

export interface WindowInput {
  now: Date;
  windowDays: number;
  /** Backfill start `YYYY-MM-DD`; replaces `from`. */
  since: string | null;
  /** End of the last window a run fetched successfully (from the PR marker): caught up from there. */
  lastWindowEnd?: Date | null;
}

export function arxivWindow({ now, windowDays, since, lastWindowEnd = null }: WindowInput): ArxivWindow {
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > MAX_BACKFILL_DAYS) {
    throw new ConfigError(
      `window-days must be a whole number from 1 to ${MAX_BACKFILL_DAYS}, got ${windowDays}`,
    );
  }
  const today = startOfUtcDay(now);
  const to = new Date(today.getTime() + DAY_MS);
  const earliest = new Date(today.getTime() - MAX_BACKFILL_DAYS * DAY_MS);
  if (since !== null) return { from: sinceDate(since, today, earliest), to };

  let from = new Date(today.getTime() - windowDays * DAY_MS);
  if (lastWindowEnd && !Number.isNaN(lastWindowEnd.getTime())) {
    // Nights that failed or were skipped are caught up, but never more than a backfill's reach.
    const caughtUp = startOfUtcDay(lastWindowEnd);
    if (caughtUp < from) from = caughtUp < earliest ? earliest : caughtUp;
  }
  return { from, to };
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** `2026-11-19` */
export function formatUtcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function sinceDate(since: string, today: Date, earliest: Date): Date {
  const date = new Date(`${since}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(date.getTime()) || formatUtcDay(date) !== since) {
    throw new ConfigError(`since must be a date YYYY-MM-DD, got "${since}"`);
  }
  if (date < earliest) {
    throw new ConfigError(
      `since ${since} is more than ${MAX_BACKFILL_DAYS} days back; the earliest allowed today is ${formatUtcDay(earliest)}`,
    );
  }
  if (date > today) {
    throw new ConfigError(`since ${since} is in the future (today is ${formatUtcDay(today)} UTC)`);
  }
  return date;
}
