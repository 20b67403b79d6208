import { describe, expect, it } from '@jest/globals';
import { queuedPaper, type QueuedPaper } from '../../src/pr/paper-record.js';
import { fillRoom, queueLimit, type QueueEntry } from '../../src/pr/queue.js';
import type { Candidate } from '../../src/types.js';
import { paper } from '../curate/papers.js';

function candidate(id: string, score: number): Candidate {
  return {
    paper: paper({ arxivId: id, title: `Paper ${id}`, published: '2026-11-24T10:00:00Z' }),
    score,
    reasons: [{ text: `title "x" +${score}`, points: score }],
    links: [],
    decision: 'proposed',
  };
}
const record = (id: string, score: number): QueuedPaper => queuedPaper(candidate(id, score));
const stored = (id: string, score: number): QueueEntry => ({ record: record(id, score), candidate: null });
const fetched = (id: string, score: number): QueueEntry => ({
  record: record(id, score),
  candidate: candidate(id, score),
});
const idsOf = (items: Array<{ paper: { arxivId: string } } | { id: string }>): string[] =>
  items.map((item) => ('id' in item ? item.id : item.paper.arxivId));

describe('fillRoom', () => {
  it('fills the room with the best of tonight and the queue; the rest is queued, best first', () => {
    const filled = fillRoom({
      qualifying: [candidate('2611.00001', 9), candidate('2611.00002', 6)],
      queued: [fetched('2610.00001', 8), fetched('2610.00002', 5)],
      previous: [],
      room: 2,
      limit: 10,
    });
    expect(idsOf(filled.fromQueue)).toEqual(['2610.00001']);
    expect(filled.tonight.map((c) => [c.paper.arxivId, c.decision])).toEqual([
      ['2611.00001', 'proposed'],
      ['2611.00002', 'over-cap'],
    ]);
    expect(idsOf(filled.queue)).toEqual(['2611.00002', '2610.00002']);
    expect(filled.dropped).toBe(0);
    expect(filled.needsFetch).toEqual([]);
  });

  it('asks for a queued paper to be fetched before it is proposed', () => {
    const filled = fillRoom({
      qualifying: [candidate('2611.00001', 6)],
      queued: [stored('2610.00001', 8), stored('2610.00002', 5)],
      previous: [],
      room: 1,
      limit: 10,
    });
    expect(filled.needsFetch).toEqual(['2610.00001']);
    expect(filled.fromQueue).toEqual([]);
  });

  it('with no room, proposes nothing and queues everything up to the limit, counting the rest as dropped', () => {
    const filled = fillRoom({
      qualifying: [candidate('2611.00001', 9), candidate('2611.00002', 6), candidate('2611.00003', 7)],
      queued: [stored('2610.00001', 8)],
      previous: [],
      room: 0,
      limit: 2,
    });
    expect(idsOf(filled.queue)).toEqual(['2611.00001', '2610.00001']);
    expect(filled.dropped).toBe(2);
    expect(filled.tonight.find((c) => c.paper.arxivId === '2611.00002')!.detail).toMatch(
      /too low for the queue of 2/,
    );
    expect(filled.needsFetch).toEqual([]);
  });

  it("keeps a queued paper's record while its score is unchanged, so an unchanged queue is written the same", () => {
    const kept = { ...record('2611.00001', 9), title: 'As the marker had it', why: [] };
    const same = fillRoom({
      qualifying: [candidate('2611.00001', 9)],
      queued: [],
      previous: [kept],
      room: 0,
      limit: 5,
    });
    expect(same.queue).toEqual([kept]);
    const rescored = fillRoom({
      qualifying: [candidate('2611.00001', 8)],
      queued: [],
      previous: [kept],
      room: 0,
      limit: 5,
    });
    expect(rescored.queue).toEqual([record('2611.00001', 8)]);
  });

  it('bounds the queue at five per max-paper, a hundred at most', () => {
    expect([1, 10, 20, 200].map(queueLimit)).toEqual([5, 50, 100, 100]);
  });
});
