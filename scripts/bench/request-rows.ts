import { countArxivRequests } from './arxiv-requests.js';
import { githubRequestCounts } from './github-requests.js';
import type { Row } from './table.js';
import { NOW } from './workload.js';

const PAPERS_PER_DAY = 120;

/**
 * Requests per scenario, counted in process: `fetchPapers` against the fake arXiv (default
 * profile, `PAPERS_PER_DAY` matching papers a day), and the Action's `run()` against the fake
 * GitHub in the scenarios of the whole-run tests, the review loop's included.
 */
export async function requestRows(quick: boolean, progress: (message: string) => void): Promise<Row[]> {
  progress('arXiv requests against the fake arXiv');
  const night = await countArxivRequests(NOW, 7, PAPERS_PER_DAY, {});
  const busy = await countArxivRequests(NOW, 7, 200, {});
  const rows: Row[] = [
    {
      figure: `arXiv requests, normal night (${PAPERS_PER_DAY}/day, 7 days: ${night.papers.toLocaleString('en')} papers)`,
      value: String(night.requests),
      target: '1',
      ok: night.requests === 1,
    },
    {
      figure: `arXiv requests, busy week (200/day: ${busy.papers.toLocaleString('en')} papers)`,
      value: `${busy.requests} (${(busy.virtualMs / 1000).toFixed(0)} s of 3 s spacing)`,
      target: '—',
      ok: null,
    },
  ];
  if (quick) {
    rows.push({
      figure: 'arXiv requests, 365-day backfill',
      value: 'skipped (--quick)',
      target: '—',
      ok: null,
    });
  } else {
    progress('365-day backfill against the fake arXiv (about a minute)');
    const year = await countArxivRequests(NOW, 365, PAPERS_PER_DAY, { windowDays: 365 });
    rows.push({
      figure: `arXiv requests, 365-day backfill (${year.papers.toLocaleString('en')} papers)`,
      value: `${year.requests} (${(year.virtualMs / 60_000).toFixed(1)} min of 3 s spacing)`,
      target: '—',
      ok: null,
    });
  }
  progress('GitHub requests per scenario (whole runs against the fake GitHub)');
  for (const c of await githubRequestCounts()) {
    rows.push({
      figure: `GitHub requests, ${c.scenario} (${c.writes === 0 ? 'all reads' : `${c.writes} writes`}; arXiv ${c.arxiv})`,
      value: String(c.requests),
      target: `≤ ${c.limit}`,
      ok: (c.mayWrite || c.writes === 0) && c.requests <= c.limit,
    });
  }
  return rows;
}
