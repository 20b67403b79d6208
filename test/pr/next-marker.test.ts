import { describe, expect, it } from '@jest/globals';
import type { MarkerData } from '../../src/pr/marker.js';
import { decodeMarker, encodeMarker } from '../../src/pr/marker.js';
import { nextMarker, type MarkerWrite } from '../../src/pr/next-marker.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const BASE = 'd'.repeat(40);

const write: MarkerWrite = {
  listPath: 'README.md',
  branch: 'arxiv-curator/new-papers',
  headSha: A,
  baseSha: BASE,
  proposed: [
    { id: '2611.02345', version: 1, title: 'Second' },
    { id: '2611.01234', version: 1, title: 'First' },
  ],
  windowEnd: '2026-11-26T00:00:00Z',
};

describe('nextMarker', () => {
  it('starts a fresh marker for a new PR, papers in id order', () => {
    const marker = nextMarker(null, write);
    const expected: MarkerData = {
      listPath: 'README.md',
      branch: 'arxiv-curator/new-papers',
      headSha: A,
      previousHeadSha: null,
      baseSha: BASE,
      proposed: [
        { id: '2611.01234', version: 1, title: 'First' },
        { id: '2611.02345', version: 1, title: 'Second' },
      ],
      removed: [],
      queue: [],
      queueDropped: 0,
      run: null,
      windowEnd: '2026-11-26T00:00:00Z',
      foreignCommits: false,
      closedByBot: false,
      baseFile: null,
    };
    expect(marker).toEqual(expected);
  });

  it('remembers the head it replaces, accumulates removals and keeps the flag for foreign commits', () => {
    const gone = (id: string) => ({ id, title: id, how: 'deleted' as const });
    const first = nextMarker(null, { ...write, removed: [gone('2611.00009')] });
    const appended = nextMarker(first, {
      ...write,
      headSha: B,
      removed: [gone('2611.00002')],
      foreignCommits: true,
    });
    const again = nextMarker(appended, { ...write, headSha: C });
    expect(appended.previousHeadSha).toBe(A);
    expect(again.previousHeadSha).toBe(B);
    expect(again.removed.map((r) => r.id)).toEqual(['2611.00002', '2611.00009']);
    expect(again.foreignCommits).toBe(true);
  });

  it('is the same marker when written again with nothing changed', () => {
    const first = nextMarker(null, {
      ...write,
      queue: [
        { id: '2611.00003', version: 1, title: 'Low', score: 6, why: [] },
        { id: '2611.00004', version: 1, title: 'High', score: 9, why: [] },
      ],
    });
    expect(first.queue.map((q) => q.id)).toEqual(['2611.00004', '2611.00003']);
    const again = nextMarker(first, {
      ...write,
      proposed: first.proposed,
      queue: first.queue,
      windowEnd: first.windowEnd,
    });
    expect(again).toEqual(first);
  });

  it('keeps the previous head when the same head is written again (a body-only update)', () => {
    const first = nextMarker(null, write);
    const second = nextMarker(first, { ...write, headSha: B });
    expect(nextMarker(second, { ...write, headSha: B }).previousHeadSha).toBe(A);
  });

  it('never moves the window end backwards', () => {
    const first = nextMarker(null, write);
    expect(nextMarker(first, { ...write, windowEnd: '2026-11-20T00:00:00Z' }).windowEnd).toBe(
      '2026-11-26T00:00:00Z',
    );
    expect(nextMarker(first, { ...write, windowEnd: '2026-11-27T00:00:00Z' }).windowEnd).toBe(
      '2026-11-27T00:00:00Z',
    );
    expect(nextMarker(first, { ...write, windowEnd: null }).windowEnd).toBe('2026-11-26T00:00:00Z');
  });

  it('keeps one entry per id, the latest version and title winning', () => {
    const marker = nextMarker(null, {
      ...write,
      proposed: [
        { id: '2611.01234', version: 1, title: 'Old title' },
        { id: '2611.01234', version: 2, title: 'New title' },
      ],
    });
    expect(marker.proposed).toEqual([{ id: '2611.01234', version: 2, title: 'New title' }]);
  });

  it('marks a close by the bot', () => {
    expect(nextMarker(nextMarker(null, write), { ...write, closedByBot: true }).closedByBot).toBe(true);
  });

  it('remembers a refused force-push for the rest of the PR, and says nothing of it before', () => {
    const fresh = nextMarker(null, write);
    expect(fresh.forcePushRefused).toBeUndefined();
    expect(encodeMarker(fresh)).not.toContain('forcePushRefused');
    const refused = nextMarker(fresh, { ...write, headSha: B, forcePushRefused: true });
    const later = nextMarker(refused, { ...write, headSha: C });
    expect(later.forcePushRefused).toBe(true);
    const decoded = decodeMarker(encodeMarker(later));
    expect('marker' in decoded && decoded.marker.forcePushRefused).toBe(true);
  });
});
