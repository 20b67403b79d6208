import { afterEach, describe, expect, it } from '@jest/globals';
import { ArxivFetchError } from '../../src/arxiv/errors.js';
import { fetchPapers } from '../../src/arxiv/fetch-papers.js';
import { buildSearchQueries } from '../../src/arxiv/query.js';
import { ConfigError } from '../../src/config/errors.js';
import type { Overrides } from '../../src/config/overrides.js';
import { resolveConfig } from '../../src/config/resolve.js';
import type { Config } from '../../src/config/schema.js';
import { httpFetch } from '../../src/http/fetch.js';
import type { Paper } from '../../src/types.js';
import { makePaper, papersOverDays } from '../helpers/arxiv-papers.js';
import { fakeClock } from '../helpers/clock.js';
import { startFakeArxiv, type FakeArxiv, type RecordedRequest } from '../helpers/fake-arxiv.js';

const PHRASES = ['unified multimodal', 'text-to-image', 'image editing'];
const CATEGORIES = ['cs.CV', 'cs.LG'];
const NOW = new Date('2026-11-26T03:00:00Z');
const INTERVAL = 100;

const servers: FakeArxiv[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function configFor(apiUrl: string, overrides: Overrides = {}, phrases = PHRASES): Config {
  return resolveConfig(
    { query: { phrases, categories: CATEGORIES }, arxiv: { 'api-url': apiUrl } },
    overrides,
  );
}

async function run(
  papers: Paper[],
  options: {
    overrides?: Overrides;
    lastWindowEnd?: Date;
    pageSize?: number;
    server?: FakeArxiv;
    phrases?: string[];
  } = {},
) {
  const clock = fakeClock(NOW.getTime());
  const server = options.server ?? (await startFakeArxiv({ papers, clock }));
  if (!options.server) servers.push(server);
  const progress: string[] = [];
  const firstRequest = server.requests.length;
  const result = await fetchPapers(
    configFor(server.url, options.overrides, options.phrases),
    { now: NOW, lastWindowEnd: options.lastWindowEnd ?? null },
    {
      fetch: httpFetch,
      now: clock.now,
      sleep: clock.sleep,
      onProgress: (m) => progress.push(m),
      client: {
        minIntervalMs: INTERVAL,
        pageSize: options.pageSize ?? 1000,
        firstBackoffMs: 1000,
        retryBudgetMs: 20_000,
      },
    },
  );
  return { result, server, progress, requests: server.requests.slice(firstRequest) };
}

/** The papers a correct fetch returns, worked out from the data, not from the client. */
function expectedFor(papers: Paper[], from: string, to = '2026-11-27T00:00:00Z'): string[] {
  return papers
    .filter((p) => !p.title.startsWith('Protein') && p.published >= from && p.published <= to)
    .sort((a, b) =>
      a.published < b.published ? 1 : a.published > b.published ? -1 : a.arxivId < b.arxivId ? 1 : -1,
    )
    .map((p) => p.arxivId);
}

function expectPolite(requests: RecordedRequest[]): void {
  for (const [i, r] of requests.entries()) {
    expect(r.inFlight).toBe(1);
    if (i > 0) expect(r.at - requests[i - 1]!.at).toBeGreaterThanOrEqual(INTERVAL);
  }
}

describe('fetchPapers', () => {
  it('asks for a normal night in one request and returns the window’s papers, newest first', async () => {
    const papers = papersOverDays('2026-11-10', 17, 3);
    const { result, requests } = await run(papers);

    expect(result.papers.map((p) => p.arxivId)).toEqual(expectedFor(papers, '2026-11-19'));
    expect(result.window).toEqual({
      from: new Date('2026-11-19T00:00:00Z'),
      to: new Date('2026-11-27T00:00:00Z'),
    });
    expect(result.queries).toEqual(buildSearchQueries(PHRASES, CATEGORIES, result.window));
    expect(requests.map((r) => r.searchQuery)).toEqual(result.queries);
    expect([result.requests, result.totalResults, result.warnings]).toEqual([1, 24, []]);
  });

  it('catches up from the end of the last window fetched', async () => {
    const papers = papersOverDays('2026-11-10', 17, 3);
    const { result } = await run(papers, { lastWindowEnd: new Date('2026-11-14T00:00:00Z') });
    expect(result.window.from).toEqual(new Date('2026-11-14T00:00:00Z'));
    expect(result.papers.map((p) => p.arxivId)).toEqual(expectedFor(papers, '2026-11-14'));
  });

  it('backfills in date slices of at most a page each, one polite request at a time', async () => {
    const papers = papersOverDays('2026-08-20', 99, 2);
    const { result, requests, progress } = await run(papers, {
      overrides: { since: '2026-09-01' },
      pageSize: 50,
    });

    expect(result.papers.map((p) => p.arxivId)).toEqual(expectedFor(papers, '2026-09-01'));
    expect(result.totalResults).toBe(result.papers.length);
    // Every slice fits in one page: nothing is paged, no query after the first counts more than a page.
    expect(requests.every((r) => r.start === 0 && r.maxResults === 50)).toBe(true);
    expect(requests.slice(1).every((r) => r.totalResults! <= 50)).toBe(true);
    expect(requests.length).toBeGreaterThan(4);
    expectPolite(requests);
    expect(progress).toContainEqual(expect.stringMatching(/asking for it in \d+ date slices$/));
    expect(progress).toContainEqual(
      expect.stringMatching(
        /^arXiv: slice 2 of \d+: 2026-\d\d-\d\d – 2026-\d\d-\d\d; \d+ papers so far; at least \d+ requests left \(≈ [\d.]+ s at one request every 0\.1 s\)$/,
      ),
    );
  });

  it('cuts a crowded day into hours', async () => {
    const crowded = papersOverDays('2026-11-22', 1, 130, 1001);
    const papers = [...papersOverDays('2026-11-12', 14, 1), ...crowded];
    const { result, requests } = await run(papers, { overrides: { windowDays: 14 }, pageSize: 50 });
    expect(result.papers.map((p) => p.arxivId)).toEqual(expectedFor(papers, '2026-11-12'));
    expect(requests.every((r) => r.start === 0)).toBe(true);
    expect(
      requests.some((r) => /submittedDate:\[20261122\d{2}00 TO 20261122\d{2}00\]/.test(r.searchQuery)),
    ).toBe(true);
  });

  it('pages through a slice too short to cut', async () => {
    const burst = Array.from({ length: 70 }, (_, i) =>
      makePaper({
        arxivId: `2611.9${String(i).padStart(4, '0')}`,
        title: `Unified multimodal ${i}`,
        published: '2026-11-25T10:15:00Z',
      }),
    );
    const { result, requests } = await run(burst, { pageSize: 50 });
    expect(result.papers).toHaveLength(70);
    expect(requests.filter((r) => r.start === 50)).toHaveLength(1);
  });

  it('gives the same papers and the same requests whether or not an earlier run was interrupted', async () => {
    const papers = papersOverDays('2026-08-20', 99, 2);
    const options = { overrides: { since: '2026-09-01' }, pageSize: 50 };
    const undisturbed = await run(papers, options);

    const clock = fakeClock(NOW.getTime());
    const server = await startFakeArxiv({ papers, clock });
    servers.push(server);
    server.inject({
      when: (r) => r.n >= 4,
      fault: { kind: 'status', status: 503, body: 'down' },
      times: Infinity,
    });
    const interrupted = await run(papers, { ...options, server }).catch((e: unknown) => e);
    expect(interrupted).toBeInstanceOf(ArxivFetchError);

    server.clearFaults();
    const rerun = await run(papers, { ...options, server });
    expect(rerun.result.papers).toEqual(undisturbed.result.papers);
    expect(rerun.requests.map((r) => r.url)).toEqual(undisturbed.requests.map((r) => r.url));
  });

  it('merges a paper found by two queries and as two versions into one candidate', async () => {
    // Enough long phrases to need two queries; the paper matches one phrase from each.
    const filler = Array.from(
      { length: 40 },
      (_, i) => `a rather long search phrase number ${i} for splitting`,
    );
    const phrases = ['unified multimodal', ...filler, 'text-to-image'];
    const both = {
      title: 'Unified multimodal models',
      abstract: 'Also text-to-image.',
      published: '2026-11-24T08:00:00Z',
    };
    const papers = [
      makePaper({ arxivId: '2611.01234', version: 1, ...both }),
      makePaper({ arxivId: '2611.01234', version: 2, ...both, updated: '2026-11-25T08:00:00Z' }),
      makePaper({ arxivId: '2611.05678', title: 'Text-to-image only', published: '2026-11-23T08:00:00Z' }),
    ];
    const { result, requests } = await run(papers, { phrases });
    expect(result.queries.length).toBeGreaterThanOrEqual(2);
    expect(requests).toHaveLength(result.queries.length);
    expect(result.papers.map((p) => [p.arxivId, p.version])).toEqual([
      ['2611.01234', 2],
      ['2611.05678', 1],
    ]);
  });

  it('refuses a backfill from more than 365 days back before asking arXiv anything', async () => {
    const clock = fakeClock(NOW.getTime());
    const server = await startFakeArxiv({ papers: [], clock });
    servers.push(server);
    const attempt = fetchPapers(
      configFor(server.url, { since: '2025-11-01' }),
      { now: NOW },
      {
        fetch: httpFetch,
        now: clock.now,
        sleep: clock.sleep,
      },
    );
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(/since 2025-11-01 is more than 365 days back/);
    expect(server.requests).toHaveLength(0);
  });
});
