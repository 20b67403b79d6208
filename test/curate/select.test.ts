import { describe, expect, it } from '@jest/globals';
import { select, type ScoredCandidate } from '../../src/curate/select.js';
import { paper } from './papers.js';

function scored(arxivId: string, score: number, excluded = false): ScoredCandidate {
  const reasons = excluded
    ? [{ text: 'excluded by "medical" in title', points: 0 }]
    : [{ text: `title "x" +${score}`, points: score }];
  return { paper: paper({ arxivId }), score, reasons, links: [], excluded };
}

const decisions = (candidates: { paper: { arxivId: string }; decision: string }[]) =>
  candidates.map((c) => `${c.paper.arxivId} ${c.decision}`);

describe('select', () => {
  it('proposes the best papers at or above the threshold, up to the cap, ordered by score then id', () => {
    const result = select(
      [
        scored('2511.00005', 6),
        scored('2511.00001', 9),
        scored('2511.00003', 4.9),
        scored('2511.00004', 6),
        scored('2511.00002', 5),
        scored('2511.00006', 12, true),
      ],
      { minScore: 5, maxPapers: 3 },
    );
    expect(decisions(result)).toEqual([
      '2511.00006 excluded',
      '2511.00001 proposed',
      '2511.00004 proposed',
      '2511.00005 proposed',
      '2511.00002 over-cap',
      '2511.00003 below-threshold',
    ]);
  });

  it('says why a paper was not proposed', () => {
    const [excluded, overCap, below] = select([scored('1', 1, true), scored('2', 9), scored('3', 2)], {
      minScore: 5,
      maxPapers: 0,
    }).sort((a, b) => a.paper.arxivId.localeCompare(b.paper.arxivId));
    expect(excluded!.detail).toBe('excluded by "medical" in title');
    expect(overCap!.detail).toBe("over this run's cap of 0 papers; stays eligible for later runs");
    expect(below!.detail).toBe('score 2 is below the threshold 5');
  });

  it('does not depend on the input order and keeps old-style ids in date order', () => {
    const input = [scored('2511.00002', 7), scored('hep-th/9901001', 7), scored('2511.00001', 7)];
    const forward = select(input, { minScore: 5, maxPapers: 10 });
    const backward = select([...input].reverse(), { minScore: 5, maxPapers: 10 });
    expect(decisions(forward)).toEqual(decisions(backward));
    expect(forward.map((c) => c.paper.arxivId)).toEqual(['hep-th/9901001', '2511.00001', '2511.00002']);
  });

  it('drops the excluded flag from what it returns', () => {
    const [candidate] = select([scored('2511.00001', 9)], { minScore: 5, maxPapers: 1 });
    expect(candidate).toEqual({
      paper: paper({ arxivId: '2511.00001' }),
      score: 9,
      reasons: [{ text: 'title "x" +9', points: 9 }],
      links: [],
      decision: 'proposed',
    });
  });
});
