import { fetchPapers } from '../../src/arxiv/fetch-papers.js';
import type { Overrides } from '../../src/config/overrides.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { papersOverDays } from '../../test/helpers/arxiv-papers.js';
import { fakeClock } from '../../test/helpers/clock.js';
import { startFakeArxiv } from '../../test/helpers/fake-arxiv.js';

export interface RequestCount {
  requests: number;
  papers: number;
  /** What the spacing between requests costs in real time (the fake clock's virtual time). */
  virtualMs: number;
}

/** ArXiv's own rule for automated clients: one request every 3 s. */
const ARXIV_INTERVAL_MS = 3000;

/**
 * How many requests `fetchPapers` makes for a window (default profile, default page size) when
 * arXiv holds `perDay` matching papers a day, against the fake arXiv over real HTTP on 127.0.0.1.
 * The fake clock makes the 3 s spacing free while still counting it.
 */
export async function countArxivRequests(
  now: Date,
  days: number,
  perDay: number,
  overrides: Overrides,
): Promise<RequestCount> {
  const clock = fakeClock(now.getTime());
  // One more day than the window: papers just outside it must not be fetched.
  const firstDay = new Date(now.getTime() - (days + 1) * 86_400_000).toISOString().slice(0, 10);
  const papers = papersOverDays(firstDay, days + 2, perDay);
  const server = await startFakeArxiv({ papers, clock });
  try {
    const config = resolveConfig({ arxiv: { 'api-url': server.url } }, overrides);
    const result = await fetchPapers(
      config,
      { now },
      { fetch, now: clock.now, sleep: clock.sleep, client: { minIntervalMs: ARXIV_INTERVAL_MS } },
    );
    return {
      requests: server.requests.length,
      papers: result.papers.length,
      virtualMs: clock.now() - now.getTime(),
    };
  } finally {
    await server.close();
  }
}
