import { describe, expect, it } from '@jest/globals';
import { fitMarker, MARKER_MAX_CHARS } from '../../src/pr/marker-fit.js';
import { encodeMarker, type MarkerData } from '../../src/pr/marker.js';
import type { PaperRecord, QueuedPaper } from '../../src/pr/paper-record.js';
import { MARKER } from './marker-fixture.js';

/**
 * What the marker gives up, step by step, as the room for it shrinks (marker-fit.ts). Each case
 * writes out the marker expected at one step and gives exactly the room it takes: the fit must
 * pick that step (every earlier one is longer) and nothing later.
 */
const LONG = 'Unified visual tokens for native image generation with autoregressive models, '
  .repeat(2)
  .trim();
const clip = (n: number) => `${LONG.slice(0, n - 1)}…`;
const REASONS = ['title +5', 'abstract +2', 'similar +2.6', 'category +1', 'recent +0.5'];

const full: PaperRecord = {
  ...MARKER.proposed[0]!,
  title: LONG,
  why: REASONS,
};
const plain: PaperRecord = { id: '2611.00077', version: 3, title: LONG };
const queued: QueuedPaper = {
  id: '2611.00002',
  version: 1,
  title: LONG,
  score: 7.5,
  why: REASONS,
  day: '2026-11-23',
};

const data: MarkerData = {
  ...MARKER,
  proposed: [full, plain],
  removed: [{ id: '2611.00001', title: LONG, how: 'unticked' }],
  queue: [queued],
  queueDropped: 2,
};

/** `data` with the titles clipped to `n`, and any other changes. */
const titled = (n: number, other: Partial<MarkerData> = {}): MarkerData => ({
  ...data,
  proposed: [
    { ...full, title: clip(n) },
    { ...plain, title: clip(n) },
  ],
  removed: [{ id: '2611.00001', title: clip(n), how: 'unticked' }],
  queue: [{ ...queued, title: clip(n) }],
  ...other,
});
const { name, fits } = full.section!;
const idsOnly = { id: full.id, version: full.version, title: '' };
const lastDetailed: PaperRecord = {
  ...idsOnly,
  score: full.score,
  day: full.day,
  entry: full.entry,
  section: { name, why: '', fits },
};
const bareQueue = [{ ...queued, title: clip(40), why: [] }];

const steps: Array<[string, MarkerData]> = [
  ['titles of 80 characters', titled(80)],
  ['the queue without its reasons', titled(80, { queue: [{ ...queued, title: clip(80), why: [] }] })],
  [
    'titles of 40, three reasons per card, no categories',
    titled(40, {
      proposed: [
        withoutUndefined({ ...full, title: clip(40), why: REASONS.slice(0, 3), cats: undefined }),
        // A card with no reasons keeps none (written as absent).
        { ...plain, title: clip(40), why: undefined },
      ],
      queue: bareQueue,
    }),
  ],
  [
    'cards without titles, reasons or links, sections without reasons',
    {
      ...data,
      proposed: [lastDetailed, { ...plain, title: '' }],
      removed: [{ id: '2611.00001', title: '', how: 'unticked' }],
      queue: bareQueue,
    },
  ],
  [
    'removals by id alone',
    {
      ...data,
      proposed: [lastDetailed, { ...plain, title: '' }],
      removed: [{ id: '2611.00001', title: '', how: 'deleted' }],
      queue: bareQueue,
    },
  ],
  [
    'no sections',
    {
      ...data,
      proposed: [withoutUndefined({ ...lastDetailed, section: undefined }), { ...plain, title: '' }],
      removed: [{ id: '2611.00001', title: '', how: 'deleted' }],
      queue: bareQueue,
    },
  ],
  [
    'every paper by id alone',
    {
      ...data,
      proposed: [idsOnly, { ...plain, title: '' }],
      removed: [{ id: '2611.00001', title: '', how: 'deleted' }],
      queue: bareQueue,
    },
  ],
];

function withoutUndefined<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as T;
}

describe('fitMarker', () => {
  it('changes nothing while the marker fits its room', () => {
    expect(fitMarker(data)).toStrictEqual(data);
    expect(fitMarker(data, encodeMarker(data).length)).toStrictEqual(data);
    expect(encodeMarker(data).length).toBeLessThan(MARKER_MAX_CHARS);
  });

  it.each(steps)('in less room, gives up detail step by step: %s', (_name, expected) => {
    const room = encodeMarker(expected).length;
    expect(fitMarker(data, room)).toStrictEqual(expected);
    // One character less and it gives up more.
    expect(encodeMarker(fitMarker(data, room - 1)).length).toBeLessThan(room);
  });

  it('past the last step, drops the lowest-scoring half of the queue until it fits, counting them', () => {
    const queue = Array.from({ length: 8 }, (_, i) => ({ ...queued, id: `2611.${10 + i}`, score: 20 - i }));
    const long = { ...data, queue };
    const last = (keep: number): MarkerData => ({
      ...steps[steps.length - 1]![1],
      queue: queue.slice(0, keep).map((q) => ({ ...q, title: clip(40), why: [] })),
      queueDropped: 2 + 8 - keep,
    });
    expect(fitMarker(long, encodeMarker(last(2)).length)).toStrictEqual(last(2));
    expect(fitMarker(long, encodeMarker(last(1)).length)).toStrictEqual(last(1));
    // No room at all: the queue is emptied, every paper counted as dropped, the ids kept.
    expect(fitMarker(long, 10)).toStrictEqual(last(0));
  });
});
