import { afterEach, describe, expect, it } from '@jest/globals';
import { ArxivClient, type ArxivClientOptions } from '../../src/arxiv/client.js';
import { ArxivEndpointError, ArxivFetchError } from '../../src/arxiv/errors.js';
import { ConfigError } from '../../src/config/errors.js';
import { httpFetch, type Fetch } from '../../src/http/fetch.js';
import { createServer } from 'node:net';
import { buildSearchQuery } from '../../src/arxiv/query.js';
import { USER_AGENT } from '../../src/version.js';
import { papersOverDays } from '../helpers/arxiv-papers.js';
import { fakeClock } from '../helpers/clock.js';
import { startFakeArxiv, type FakeArxiv, type Fault, type RecordedRequest } from '../helpers/fake-arxiv.js';

const WINDOW = { from: new Date('2026-11-19T00:00:00Z'), to: new Date('2026-11-27T00:00:00Z') };
const QUERY = buildSearchQuery(
  ['unified multimodal', 'text-to-image', 'image editing'],
  ['cs.CV', 'cs.LG'],
  WINDOW,
);
// 8 days × 3 on-topic papers = 24 matches, plus 8 off-topic ones the query must not return.
const PAPERS = papersOverDays('2026-11-19', 8, 3);
const MATCHING = PAPERS.filter((p) => !p.title.startsWith('Protein'));
const INTERVAL = 250;

let server: FakeArxiv | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(options: Partial<ArxivClientOptions> = {}, fetchImpl: Fetch = httpFetch) {
  const clock = fakeClock();
  server = await startFakeArxiv({ papers: PAPERS, clock });
  const progress: string[] = [];
  const client = new ArxivClient(
    { apiUrl: server.url, minIntervalMs: INTERVAL, pageSize: 10, firstBackoffMs: 1000, ...options },
    { fetch: fetchImpl, now: clock.now, sleep: clock.sleep, onProgress: (m) => progress.push(m) },
  );
  return { clock, server, client, progress };
}

/** The politeness contract, read from the server's log: spaced starts, never two at once. */
function expectPolite(requests: RecordedRequest[], interval: number): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const [i, request] of requests.entries()) {
    expect(request.inFlight).toBe(1);
    if (i > 0) expect(request.at - requests[i - 1]!.at).toBeGreaterThanOrEqual(interval);
  }
}

function ids(papers: { arxivId: string }[]): string[] {
  return papers.map((p) => p.arxivId).sort();
}

describe('ArxivClient against the fake arXiv', () => {
  it('fetches a 3-page result completely and in order, politely', async () => {
    const { client, server, progress } = await setUp();
    const result = await client.fetchAllPages(QUERY);

    expect(result.totalResults).toBe(24);
    expect(ids(result.papers)).toEqual(ids(MATCHING));
    const times = result.papers.map((p) => p.published);
    expect(times).toEqual([...times].sort().reverse());
    expect(server.requests.map((r) => [r.start, r.maxResults])).toEqual([
      [0, 10],
      [10, 10],
      [20, 10],
    ]);
    expect(result.warnings).toEqual([]);
    expectPolite(server.requests, INTERVAL);
    expect(progress).toContain('arXiv: requesting page 2 of 3 (results 11–20 of 24)');
    expect(progress.some((m) => /waiting 0\.3 s \(the polite interval/.test(m))).toBe(true);
  });

  it('sends its User-Agent, Accept and the sort order arXiv documents', async () => {
    const { client, server } = await setUp({ pageSize: 100 });
    await client.fetchAllPages(QUERY);
    const [request] = server.requests;
    expect(request!.headers['user-agent']).toBe(USER_AGENT);
    expect(request!.headers['user-agent']).toMatch(/^arxiv-curator\/\S+ \(\+https:\/\/github\.com\//);
    expect(request!.headers['accept']).toBe('application/atom+xml');
    expect([request!.sortBy, request!.sortOrder]).toEqual(['submittedDate', 'descending']);
    expect(request!.searchQuery).toBe(QUERY);
    expect(request!.parsedQuery).toMatchObject({
      op: 'AND',
      left: { op: 'AND', right: { op: 'OR', left: { field: 'cat', phrase: 'cs.CV' } } },
      right: { field: 'submittedDate', from: '202611190000', to: '202611270000' },
    });
  });

  it('comes through 503 twice, a 429 with Retry-After, "Rate exceeded.", an empty and a truncated page', async () => {
    const { client, server, progress } = await setUp();
    const faults: [number, Fault][] = [
      [1, { kind: 'status', status: 503, body: 'Service Unavailable' }],
      [2, { kind: 'status', status: 503, body: 'Service Unavailable' }],
      [4, { kind: 'status', status: 429, headers: { 'retry-after': '7' } }],
      [5, { kind: 'rate-exceeded' }],
      [6, { kind: 'empty-page' }],
      [8, { kind: 'truncated' }],
    ];
    for (const [request, fault] of faults) server.inject({ request, fault });

    const result = await client.fetchAllPages(QUERY);

    expect(ids(result.papers)).toEqual(ids(MATCHING));
    expect(result.warnings).toEqual([]);
    expect(server.requests.map((r) => r.fault ?? 'ok')).toEqual([
      'status',
      'status',
      'ok',
      'status',
      'rate-exceeded',
      'empty-page',
      'ok',
      'truncated',
      'ok',
    ]);
    expectPolite(server.requests, INTERVAL);
    const gaps = server.requests.slice(1).map((r, i) => r.at - server.requests[i]!.at);
    expect(gaps[0]).toBe(1000); // first backoff
    expect(gaps[1]).toBe(2000); // doubled
    expect(gaps[3]).toBeGreaterThanOrEqual(7000); // the 429's Retry-After
    expect(client.requestCount).toBe(9);
    const retries = progress.filter((m) => / retry \d+ of \d+ in /.test(m));
    expect(retries).toHaveLength(6);
    expect(retries[0]).toMatch(/HTTP 503 \(Service Unavailable\); retry 1 of 8 in 1 s$/);
    expect(retries[2]).toMatch(/HTTP 429 .*in 7 s, as arXiv asked \(Retry-After\)/);
    expect(retries[3]).toMatch(/"Rate exceeded\."/);
    expect(retries[4]).toMatch(/an empty page although more results were promised/);
    expect(retries[5]).toMatch(/a cut-off feed/);
  });

  it.each<[string, Fault]>([
    ['an HTML page', { kind: 'html' }],
    ['an empty body', { kind: 'empty-body' }],
    ['a reset connection', { kind: 'reset' }],
    ['HTTP 500', { kind: 'status', status: 500 }],
    ['HTTP 502', { kind: 'status', status: 502 }],
    ['HTTP 504', { kind: 'status', status: 504 }],
    ['HTTP 406 once', { kind: 'status', status: 406 }],
    ['"Rate exceeded." with HTTP 503', { kind: 'rate-exceeded', status: 503 }],
  ])('retries after %s', async (_name, fault) => {
    const { client, server } = await setUp({ pageSize: 100 });
    server.inject({ request: 1, fault });
    const result = await client.fetchAllPages(QUERY);
    expect(ids(result.papers)).toEqual(ids(MATCHING));
    expect(server.requests).toHaveLength(2);
    expectPolite(server.requests, INTERVAL);
  });

  it('abandons a hanging server after the request timeout and retries', async () => {
    const { client, server, progress } = await setUp({ pageSize: 100, requestTimeoutMs: 150 });
    server.inject({ request: 1, fault: { kind: 'hang' } });
    const result = await client.fetchAllPages(QUERY);
    expect(ids(result.papers)).toEqual(ids(MATCHING));
    expect(server.requests).toHaveLength(2);
    expect(progress.some((m) => /no complete response within 0\.1 s; retry 1/.test(m))).toBe(true);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const { client, server, clock } = await setUp({ pageSize: 100 });
    const in20s = new Date(clock.now() + 20_000).toUTCString();
    server.inject({ request: 1, fault: { kind: 'status', status: 429, headers: { 'retry-after': in20s } } });
    await client.fetchAllPages(QUERY);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(20_000);
  });

  it('retries a 406 once at most', async () => {
    const { client, server } = await setUp({ pageSize: 100 });
    server.inject({ fault: { kind: 'status', status: 406, body: 'Not Acceptable' }, times: Infinity });
    const error = await client.fetchAllPages(QUERY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArxivFetchError);
    expect(server.requests).toHaveLength(2);
    expect((error as ArxivFetchError).message).toMatch(/HTTP 406, last message from arXiv "Not Acceptable"/);
  });

  it('ends a persistent 503 with a clear error within the retry budget', async () => {
    const budget = 60_000;
    const { client, server, clock } = await setUp({ pageSize: 100, retryBudgetMs: budget, maxRetries: 20 });
    const started = clock.now();
    server.inject({ fault: { kind: 'status', status: 503, body: 'Service Unavailable' }, times: Infinity });

    const error = (await client.fetchAllPages(QUERY).catch((e: unknown) => e)) as ArxivFetchError;

    expect(error).toBeInstanceOf(ArxivFetchError);
    expect(error.failure).toMatchObject({
      kind: 'http-status',
      status: 503,
      lastMessage: 'Service Unavailable',
    });
    // 1 + 2 + 4 + 8 + 16 s of backoff fit in 60 s; the next 32 s would not.
    expect(error.failure.retries).toBe(5);
    expect(error.message).toBe(
      'arXiv request failed: HTTP 503, last message from arXiv "Service Unavailable"; ' +
        'gave up after 5 retries over 31 s (the retry budget of 1 min is used up)',
    );
    expect(clock.now() - started).toBeLessThanOrEqual(budget);
    expect(server.requests).toHaveLength(6);
    expectPolite(server.requests, INTERVAL);
  });

  it('stops at once when Retry-After asks for more than the budget left', async () => {
    const { client, server } = await setUp({ pageSize: 100, retryBudgetMs: 60_000 });
    server.inject({ request: 1, fault: { kind: 'status', status: 429, headers: { 'retry-after': '3600' } } });
    const error = (await client.fetchAllPages(QUERY).catch((e: unknown) => e)) as ArxivFetchError;
    expect(error.failure.retries).toBe(0);
    expect(error.message).toMatch(
      /HTTP 429, .*; not retried \(arXiv asked to wait 1 h, beyond the retry budget of 1 min\)$/,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a 400 error feed and reports arXiv’s own words', async () => {
    const { client, server } = await setUp();
    server.inject({ fault: { kind: 'error-feed', message: 'incorrect id format for abc' }, times: Infinity });
    const error = (await client.fetchAllPages(QUERY).catch((e: unknown) => e)) as ArxivFetchError;
    expect(error).toBeInstanceOf(ArxivFetchError);
    expect(error.failure).toMatchObject({ kind: 'rejected', status: 400, retries: 0 });
    expect(error.message).toBe(
      'arXiv rejected the query (HTTP 400): "incorrect id format for abc"; not retried',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a 404 (a wrong API URL), and names the URL, not arXiv', async () => {
    const { clock, server } = await setUp();
    const start = clock.now();
    const client = new ArxivClient(
      { apiUrl: server.url.replace('/api/query', '/api/quer'), minIntervalMs: INTERVAL },
      { fetch, now: clock.now, sleep: clock.sleep },
    );
    const error = (await client.fetchAllPages(QUERY).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ArxivEndpointError);
    expect(error).toBeInstanceOf(ConfigError);
    const host = new URL(server.url).host;
    expect(error.message).toBe(
      `arxiv-api-url http://${host}/api/quer: ${host} answered HTTP 404 (not found) for /api/quer; not retried, ` +
        "as no retry can fix it: check the URL's path (arXiv's API is at /api/query)",
    );
    expect(error.message).not.toMatch(/from arXiv/);
    expect(server.requests).toHaveLength(1);
    expect(clock.now() - start).toBe(0);
  });

  it('fails at once on a refused connection to a host that is not arXiv', async () => {
    const { clock } = await setUp();
    const closed = await closedPort();
    for (const [apiUrl, message] of [
      [
        'http://127.0.0.1:1/api/query',
        /^arxiv-api-url http:\/\/127\.0\.0\.1:1\/api\/query: 127\.0\.0\.1:1 refused/,
      ],
      [
        `http://127.0.0.1:${closed}/api/query`,
        new RegExp(`127\\.0\\.0\\.1:${closed} refused the connection \\(ECONNREFUSED\\)`),
      ],
    ] as const) {
      const start = clock.now();
      let attempts = 0;
      const counting: Fetch = (url, init) => {
        attempts += 1;
        return httpFetch(url, init);
      };
      const client = new ArxivClient({ apiUrl }, { fetch: counting, now: clock.now, sleep: clock.sleep });
      const error = (await client.fetchAllPages(QUERY).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(ArxivEndpointError);
      expect(error.message).toMatch(message);
      expect(error.message).toContain('not retried, as no retry can fix it: check arxiv-api-url');
      expect(attempts).toBe(1);
      expect(clock.now() - start).toBe(0);
    }
  });

  it('an unknown host fails at once, unless it is arXiv, whose DNS hiccups are retried as before', async () => {
    const { clock } = await setUp();
    // DNS is outside the test's control: a fetch that fails the way httpFetch (and undici) does for an
    // unknown host.
    const unknownHost: Fetch = () =>
      Promise.reject(
        Object.assign(new TypeError('fetch failed'), {
          cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
        }),
      );
    const mirror = new ArxivClient(
      { apiUrl: 'https://arxiv-mirror.example/api/query' },
      { fetch: unknownHost, now: clock.now, sleep: clock.sleep },
    );
    const error = (await mirror.fetchAllPages(QUERY).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ArxivEndpointError);
    expect(error.message).toBe(
      'arxiv-api-url https://arxiv-mirror.example/api/query: the host arxiv-mirror.example was not found (DNS, ENOTFOUND); ' +
        'not retried, as no retry can fix it: check arxiv-api-url',
    );
    const arxiv = new ArxivClient(
      { apiUrl: 'https://export.arxiv.org/api/query', maxRetries: 2 },
      { fetch: unknownHost, now: clock.now, sleep: clock.sleep },
    );
    const retried = (await arxiv.fetchAllPages(QUERY).catch((e: unknown) => e)) as ArxivFetchError;
    expect(retried).toBeInstanceOf(ArxivFetchError);
    expect(retried.failure.retries).toBe(2);
  });

  it('keeps what it fetched, with a warning, when a later page stays empty', async () => {
    const { client, server } = await setUp();
    server.inject({ start: 20, fault: { kind: 'empty-page' }, times: Infinity });
    const result = await client.fetchAllPages(QUERY);
    expect(result.papers).toHaveLength(20);
    expect(result.warnings).toEqual([
      'arXiv said 24 results but sent none from result 21 on, even after retries; going on with the 20 fetched',
    ]);
    // page 3 once and then its 3 retries
    expect(server.requests.filter((r) => r.start === 20)).toHaveLength(4);
  });

  it('fails when the first page stays empty although arXiv counts results', async () => {
    const { client, server } = await setUp();
    server.inject({ start: 0, fault: { kind: 'empty-page' }, times: Infinity });
    const error = (await client.fetchAllPages(QUERY).catch((e: unknown) => e)) as ArxivFetchError;
    expect(error.failure.kind).toBe('empty-page');
    expect(error.message).toMatch(/an empty page is retried 3 times at most/);
  });
});

describe('spacing for arXiv hosts', () => {
  it('never goes below 3 s for arxiv.org, whatever is configured', async () => {
    const clock = fakeClock();
    server = await startFakeArxiv({ papers: PAPERS, clock });
    const local = server.url;
    // The client believes it talks to export.arxiv.org; the request goes to the fake.
    const reroute: Fetch = (url, init) =>
      httpFetch(url.replace('https://export.arxiv.org/api/query', local), init);
    const client = new ArxivClient(
      { apiUrl: 'https://export.arxiv.org/api/query', minIntervalMs: 10, pageSize: 10, firstBackoffMs: 10 },
      { fetch: reroute, now: clock.now, sleep: clock.sleep },
    );
    server.inject({ request: 2, fault: { kind: 'status', status: 503 } });
    const result = await client.fetchAllPages(QUERY);
    expect(result.papers).toHaveLength(24);
    expect(client.intervalMs).toBe(3000);
    expect(server.requests).toHaveLength(4);
    expectPolite(server.requests, 3000);
  });
});

/** A local port nothing listens on: one a server just had and gave back. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
