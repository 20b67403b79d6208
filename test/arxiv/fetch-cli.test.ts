import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { fetchCommand } from '../../src/cli/fetch.js';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import type { Paper } from '../../src/types.js';
import { papersOverDays } from '../helpers/arxiv-papers.js';
import { fakeClock } from '../helpers/clock.js';
import { startFakeArxiv, type FakeArxiv } from '../helpers/fake-arxiv.js';

const PAPERS = papersOverDays('2026-11-10', 17, 3);
const NOW = '2026-11-26T03:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-fetch-'));
const CONFIG = join(dir, 'curator.yml');
writeFileSync(
  CONFIG,
  'query:\n  phrases: [unified multimodal, text-to-image, image editing]\n  categories: [cs.CV, cs.LG]\n',
);

let server: FakeArxiv | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} };
}

const expectedIds = (from: string): string[] =>
  PAPERS.filter((p) => !p.title.startsWith('Protein') && p.published >= from)
    .sort((a, b) => (a.published < b.published ? 1 : -1))
    .map((p) => p.arxivId);

describe('arxiv-curator fetch', () => {
  it('prints one JSON paper per line and its progress on stderr', async () => {
    const clock = fakeClock(NOW);
    server = await startFakeArxiv({ papers: PAPERS, clock });
    const io = capture();
    const code = await fetchCommand(
      ['--config', CONFIG, '--arxiv-url', server.url, '--window-days', '3', '--now', NOW],
      io,
      { now: clock.now, sleep: clock.sleep, client: { minIntervalMs: 10 } },
    );
    expect(code).toBe(0);
    const lines = io.out.join('').split('\n').filter(Boolean);
    const papers = lines.map((line) => JSON.parse(line) as Paper);
    expect(papers.map((p) => p.arxivId)).toEqual(expectedIds('2026-11-23'));
    expect(Object.keys(papers[0]!)).toEqual(
      expect.arrayContaining(['arxivId', 'version', 'title', 'abstract']),
    );
    expect(io.err.join('')).toBe(
      'arXiv: window 2026-11-23 – 2026-11-26 (submission dates, UTC)\n' +
        `arXiv: ${papers.length} papers (${papers.length} on arXiv) in 1 request\n`,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('runs through main() with the real clock and fetch', async () => {
    server = await startFakeArxiv({ papers: PAPERS, clock: fakeClock(NOW) });
    const io = capture();
    const code = await main(['fetch', '--config', CONFIG, '--arxiv-url', server.url, '--now', NOW], io);
    expect(code).toBe(0);
    expect(io.out.join('').split('\n').filter(Boolean)).toHaveLength(expectedIds('2026-11-19').length);
  });

  it('backfills with --since, showing slices on stderr', async () => {
    const clock = fakeClock(NOW);
    server = await startFakeArxiv({ papers: PAPERS, clock });
    const io = capture();
    const code = await fetchCommand(
      ['--config', CONFIG, '--arxiv-url', server.url, '--since', '2026-11-10', '--now', NOW],
      io,
      { now: clock.now, sleep: clock.sleep, client: { minIntervalMs: 10, pageSize: 20 } },
    );
    expect(code).toBe(0);
    expect(io.out.join('').split('\n').filter(Boolean)).toHaveLength(expectedIds('2026-11-10').length);
    expect(io.err.join('')).toMatch(/arXiv: slice 2 of \d+: /);
  });

  it('exits 1 with a one-line reason in arXiv’s words when arXiv refuses the query', async () => {
    const clock = fakeClock(NOW);
    server = await startFakeArxiv({ papers: PAPERS, clock });
    server.inject({ fault: { kind: 'error-feed', message: 'malformed query' }, times: Infinity });
    const io = capture();
    const code = await fetchCommand(['--config', CONFIG, '--arxiv-url', server.url, '--now', NOW], io, {
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(code).toBe(1);
    expect(io.out).toEqual([]);
    expect(io.err.at(-1)).toBe(
      'arxiv-curator fetch: arXiv rejected the query (HTTP 400): "malformed query"; not retried\n',
    );
  });

  it('exits 1 saying the status, arXiv’s last message and the retries when arXiv stays down', async () => {
    const clock = fakeClock(NOW);
    server = await startFakeArxiv({ papers: PAPERS, clock });
    server.inject({ fault: { kind: 'status', status: 503, body: 'Service Unavailable' }, times: Infinity });
    const io = capture();
    const code = await fetchCommand(['--config', CONFIG, '--arxiv-url', server.url, '--now', NOW], io, {
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(code).toBe(1);
    expect(io.err.at(-1)).toMatch(
      /^arxiv-curator fetch: arXiv request failed: HTTP 503, last message from arXiv "Service Unavailable"; gave up after \d+ retries over \d+ min( \d\d s)? \(.+\)\n$/,
    );
    expect(io.err.filter((line) => /retry \d+ of 8 in/.test(line)).length).toBeGreaterThan(2);
  });

  it.each([
    [
      ['--window-days', '0'],
      'arxiv-curator fetch: --window-days must be a whole number from 1 to 365, got "0"\n',
    ],
    [['--bogus'], /^arxiv-curator fetch: Unknown option '--bogus'/],
    [
      ['--config', join(dir, 'nope.yml')],
      `arxiv-curator fetch: --config: no file at ${join(dir, 'nope.yml')}\n`,
    ],
    [
      ['--since', '2020-01-01', '--now', NOW],
      /^arxiv-curator fetch: since 2020-01-01 is more than 365 days back/,
    ],
    [['--now', 'noon'], /^arxiv-curator fetch: --now must be an ISO time/],
  ])('exits 2 on bad input %j', async (args, message) => {
    const io = capture();
    const code = await fetchCommand(args, io, {
      fetch: () => Promise.reject(new Error('must not be called')),
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(io.err).toHaveLength(1);
    if (typeof message === 'string') expect(io.err[0]).toBe(message);
    else expect(io.err[0]).toMatch(message);
  });
});
