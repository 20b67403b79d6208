import type { Config } from '../config/schema.js';
import { formatUtcDay } from '../arxiv/window.js';
import { latestWindowEnd, type BotPullRecord } from '../pr/memory.js';

/** How far back a catch-up may reach beyond the normal window; further needs an explicit backfill. */
const MAX_CATCH_UP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Where tonight's window may start so that failed or skipped nights are not missed (SPEC §2):
 * the end of the last window a bot PR recorded. The marker is only written when the bot writes,
 * so after quiet nights it is older than it needs to be; that only re-reads papers already seen.
 * A gap longer than MAX_CATCH_UP_DAYS is cut, with a warning that names the backfill to run.
 */
export function catchUpFrom(
  records: readonly BotPullRecord[],
  config: Config,
  now: Date,
  warnings: string[],
): Date | null {
  if (config.query.since !== null) return null;
  const end = latestWindowEnd(records);
  if (end === null) return null;
  const last = Date.parse(end);
  const limit = now.getTime() - (config.query.windowDays + MAX_CATCH_UP_DAYS) * DAY_MS;
  if (last >= limit) return new Date(last);
  const day = formatUtcDay(new Date(last));
  warnings.push(
    `the last recorded arXiv window ended ${day}, more than ${MAX_CATCH_UP_DAYS} days before this run's window; ` +
      `papers submitted before ${formatUtcDay(new Date(limit))} were not fetched — run once with since: ${day} to backfill them`,
  );
  return new Date(limit);
}
