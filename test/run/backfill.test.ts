/**
 * A backfill through the Action (SPEC §2 `since`, §8): thousands of papers over 200 days are asked
 * for in date slices of at most one page, politely and one at a time, with progress on the log;
 * the PR is capped by max-papers and the rest are near-misses; an interrupted backfill writes
 * nothing and its rerun opens exactly the PR an uninterrupted one opens. The CLI's
 * `fetch --since` is covered in test/arxiv/fetch-cli.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { decodeMarker } from '../../src/pr/marker.js';
import type { Paper } from '../../src/types.js';
import type { RecordedRequest } from '../helpers/fake-arxiv.js';
import { BRANCH, LIST, offTopic, onTopic, startWorld, type RunResult, type World } from './harness.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The harness runs on 2026-11-26 03:00 UTC; the backfill starts 200 days earlier. */
const SINCE = '2026-05-10';
const DAYS = 200;
const PER_DAY = 20;
/** Every fifth day has one on-topic paper: 40 in all, four times max-papers. */
const ON_TOPIC_EVERY = 5;
const MAX_PAPERS = 10;
const PAGE = 1000;
/** The harness's interval between arXiv requests. */
const INTERVAL_MS = 1_000;
const INPUTS = { since: SINCE, 'max-papers': String(MAX_PAPERS) };

/** Three kinds of on-topic title, so that the papers over the cap score lower than those proposed. */
const ON_TOPIC_TITLES = [
  (id: string) => `Unified Multimodal Model ${id} for Autoregressive Image Generation and Image Editing`,
  (id: string) => `Unified Multimodal Model ${id} for Autoregressive Image Generation`,
  (id: string) => `Scaling Study ${id} of Generative Models`,
];

/**
 * PER_DAY papers a day from SINCE, all matching the query (the default profile's phrases and
 * categories), of which one every ON_TOPIC_EVERY days scores above the threshold. Ids follow the
 * month of submission, as arXiv's do.
 */
function backfillPapers(): Paper[] {
  const papers: Paper[] = [];
  let onTopicCount = 0;
  const serials = new Map<string, number>();
  const first = Date.parse(`${SINCE}T00:00:00Z`);
  for (let day = 0; day < DAYS; day += 1) {
    for (let k = 0; k < PER_DAY; k += 1) {
      const at = new Date(first + day * DAY_MS + ((k + 0.5) * DAY_MS) / PER_DAY);
      const month = at.toISOString().slice(2, 7).replace('-', '');
      const serial = (serials.get(month) ?? 0) + 1;
      serials.set(month, serial);
      const id = `${month}.${String(serial).padStart(5, '0')}`;
      const submitted = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
      if (k === 0 && day % ON_TOPIC_EVERY === 0) {
        const title = ON_TOPIC_TITLES[onTopicCount % ON_TOPIC_TITLES.length]!(id);
        onTopicCount += 1;
        papers.push(onTopic(id, submitted, title));
      } else {
        papers.push(offTopic(id, submitted));
      }
    }
  }
  return papers;
}

const PAPERS = backfillPapers();
const ON_TOPIC = PAPERS.filter((p) => !p.title.startsWith('Tokenization Choices'));

interface Candidate {
  arxivId: string;
  decision: string;
  score: number;
}

function candidatesOf(result: RunResult): Candidate[] {
  return JSON.parse(readFileSync(result.outputs['candidates-file']!, 'utf8')) as Candidate[];
}

function proposedIn(world: World): string[] {
  const [pull] = world.github.openPulls();
  const decoded = decodeMarker(pull?.body);
  return 'marker' in decoded ? decoded.marker.proposed.map((p) => p.id) : [];
}

/** `submittedDate:[FROM TO]` of a request, as epoch ms. */
function sliceOf(request: RecordedRequest): { from: number; to: number } {
  const match = /submittedDate:\[(\d{12}) TO (\d{12})\]/.exec(request.searchQuery);
  if (!match) throw new Error(`no submittedDate in ${request.searchQuery}`);
  const time = (stamp: string): number =>
    Date.UTC(
      Number(stamp.slice(0, 4)),
      Number(stamp.slice(4, 6)) - 1,
      Number(stamp.slice(6, 8)),
      Number(stamp.slice(8, 10)),
      Number(stamp.slice(10, 12)),
    );
  return { from: time(match[1]!), to: time(match[2]!) };
}

const writes = (result: RunResult) => result.github.filter((r) => r.method !== 'GET');

describe(`a backfill of ${DAYS} days (${PAPERS.length} papers, ${ON_TOPIC.length} on topic) with since`, () => {
  let world: World;
  let result: RunResult;
  let requests: RecordedRequest[];

  beforeAll(async () => {
    world = await startWorld({ papers: PAPERS });
    result = await world.night(INPUTS);
    requests = [...world.arxiv.requests];
  });
  afterAll(async () => {
    await world.close();
  });

  it('succeeds and opens one PR', () => {
    expect(result.error).toBe('');
    expect(result.outputs['pull-request-operation']).toBe('created');
    expect(world.github.openPulls()).toHaveLength(1);
  });

  it('asks for the window first, then for date slices of at most one page each, covering it', () => {
    expect(requests.every((r) => r.maxResults <= PAGE && r.start === 0)).toBe(true);
    const [whole, ...slices] = requests.map(sliceOf);
    expect(whole).toEqual({ from: Date.parse(`${SINCE}T00:00:00Z`), to: Date.parse('2026-11-27T00:00:00Z') });
    expect(requests[0]!.totalResults).toBe(PAPERS.length);
    expect(slices.length).toBeGreaterThanOrEqual(Math.ceil(PAPERS.length / PAGE));
    // Each slice fits in the one request that asked for it.
    for (const request of requests.slice(1))
      expect(request.totalResults).toBeLessThanOrEqual(request.maxResults);
    // Consecutive, no gap, from the start of the window to its end.
    const ordered = [...slices].sort((a, b) => a.from - b.from);
    expect(ordered[0]!.from).toBe(whole!.from);
    expect(ordered[ordered.length - 1]!.to).toBe(whole!.to);
    for (let i = 1; i < ordered.length; i += 1) expect(ordered[i]!.from).toBe(ordered[i - 1]!.to);
  });

  it('is polite: one request at a time, each at least the interval after the last', () => {
    expect(requests.map((r) => r.inFlight)).toEqual(requests.map(() => 1));
    for (let i = 1; i < requests.length; i += 1) {
      expect(requests[i]!.at - requests[i - 1]!.at).toBeGreaterThanOrEqual(INTERVAL_MS);
    }
  });

  it('fetches every paper of the window once', () => {
    const ids = candidatesOf(result).map((c) => c.arxivId);
    expect(ids).toHaveLength(PAPERS.length);
    expect(new Set(ids)).toEqual(new Set(PAPERS.map((p) => p.arxivId)));
  });

  it('reports progress: slice k of n, papers so far, requests and time left', () => {
    const lines = result.stdout.split('\n').filter((line) => /^arXiv: slice \d+ of \d+: /.test(line));
    expect(lines).toHaveLength(requests.length - 1);
    const progress = lines.map((line) => {
      const match =
        /^arXiv: slice (\d+) of (\d+): \d{4}-\d{2}-\d{2}.*; (\d+) papers so far; at least (\d+) requests? left \(≈ \d+ s at one request every 1 s\)$/.exec(
          line,
        );
      expect(match).not.toBeNull();
      return {
        k: Number(match![1]),
        n: Number(match![2]),
        soFar: Number(match![3]),
        left: Number(match![4]),
      };
    });
    expect(progress.map((p) => p.k)).toEqual(progress.map((_, i) => i + 2));
    expect(progress[progress.length - 1]!.k).toBe(progress[progress.length - 1]!.n);
    expect(progress.map((p) => p.left)).toEqual(progress.map((p) => p.n - p.k + 1));
    // The first slice re-reads the newest papers the whole-window request already brought.
    for (let i = 1; i < progress.length; i += 1) {
      expect(progress[i]!.soFar).toBeGreaterThanOrEqual(progress[i - 1]!.soFar);
    }
    expect(progress[progress.length - 1]!.soFar).toBeGreaterThan(progress[0]!.soFar);
    expect(result.stdout).toMatch(
      new RegExp(
        `^arXiv: 2026-05-10 – 2026-11-26 has ${PAPERS.length} results: asking for it in ${progress[0]!.n - 1} date slices$`,
        'm',
      ),
    );
    expect(result.stdout).toContain(
      `arXiv: ${PAPERS.length} papers (${PAPERS.length} on arXiv) in ${requests.length} requests`,
    );
  });

  it('caps the PR at max-papers; the other on-topic papers are near-misses over the cap', () => {
    expect(result.outputs['papers-added']).toBe(String(MAX_PAPERS));
    const candidates = candidatesOf(result);
    const proposed = candidates.filter((c) => c.decision === 'proposed').map((c) => c.arxivId);
    const overCap = candidates.filter((c) => c.decision === 'over-cap').map((c) => c.arxivId);
    expect(proposed).toHaveLength(MAX_PAPERS);
    expect(new Set([...proposed, ...overCap])).toEqual(new Set(ON_TOPIC.map((p) => p.arxivId)));
    const score = new Map(candidates.map((c) => [c.arxivId, c.score]));
    const lowestProposed = Math.min(...proposed.map((id) => score.get(id)!));
    expect(Math.max(...overCap.map((id) => score.get(id)!))).toBeLessThanOrEqual(lowestProposed);
    expect([...proposedIn(world)].sort()).toEqual([...proposed].sort());
    const text = world.github.fileAt(BRANCH, LIST)!;
    for (const id of proposed) expect(text).toContain(`https://arxiv.org/pdf/${id}`);
    for (const id of overCap) expect(text).not.toContain(id);
    // The job summary names the cap and shows the best near-misses, over-cap ones first.
    expect(result.summary).toContain(`${overCap.length} queued (over the cap) → ${MAX_PAPERS} proposed`);
    const misses = result.summary.slice(result.summary.indexOf('#### Closest misses'));
    const rows = misses
      .split('\n')
      .filter((line) => line.startsWith('| ') && line.includes('arxiv.org/abs/'));
    expect(rows).toHaveLength(10);
    const best = [...overCap]
      .sort((a, b) => score.get(b)! - score.get(a)! || a.localeCompare(b))
      .slice(0, 10);
    expect(rows.map((row) => /arxiv\.org\/abs\/([\d.]+)/.exec(row)![1])).toEqual(best);
  });

  it('interrupted half-way, writes nothing; its rerun opens exactly the PR of the uninterrupted backfill', async () => {
    const interrupted = await startWorld({ papers: PAPERS });
    try {
      // arXiv goes down for good after the whole-window request and three slices.
      interrupted.arxiv.inject({
        fault: { kind: 'status', status: 503, body: 'Service Unavailable' },
        when: (request) => request.n > 4,
        times: Infinity,
      });
      const failed = await interrupted.night(INPUTS);
      expect(failed.failed).toBe(true);
      expect(failed.error).toMatch(
        /^arXiv request failed: HTTP 503, last message from arXiv "Service Unavailable"; gave up after/,
      );
      expect(failed.summary).toMatch(/^### arxiv-curator — arXiv could not be read$/m);
      expect(failed.stdout).toMatch(/^arXiv: slice 4 of \d+: /m);
      expect(writes(failed)).toEqual([]);
      expect(interrupted.github.branchSha(BRANCH)).toBeUndefined();

      interrupted.arxiv.clearFaults();
      const asked = interrupted.arxiv.requests.length;
      const rerun = await interrupted.night(INPUTS);
      expect(rerun.error).toBe('');
      expect(rerun.outputs['pull-request-operation']).toBe(result.outputs['pull-request-operation']);
      expect(rerun.outputs['papers-added']).toBe(result.outputs['papers-added']);
      expect(interrupted.github.fileAt(BRANCH, LIST)).toBe(world.github.fileAt(BRANCH, LIST));
      expect(proposedIn(interrupted)).toEqual(proposedIn(world));
      expect(interrupted.github.openPulls()[0]!.title).toBe(world.github.openPulls()[0]!.title);
      // Slices depend only on the window and arXiv's counts: the rerun asks the same queries.
      expect(interrupted.arxiv.requests.slice(asked).map((r) => r.searchQuery)).toEqual(
        requests.map((r) => r.searchQuery),
      );
    } finally {
      await interrupted.close();
    }
  });
});

describe('backfill limits', () => {
  it('refuses a since more than 365 days back, naming since, before asking anyone anything', async () => {
    const world = await startWorld({ papers: PAPERS.slice(0, 10) });
    try {
      const result = await world.night({ since: '2025-11-25' });
      expect(result.failed).toBe(true);
      expect(result.error).toMatch(
        /^since 2025-11-25 is more than 365 days back; the earliest allowed today is 2025-11-26/,
      );
      expect(world.arxiv.requests).toHaveLength(0);
      expect(writes(result)).toEqual([]);
    } finally {
      await world.close();
    }
  });
});
