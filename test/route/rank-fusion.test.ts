import { describe, expect, it } from '@jest/globals';
import { fuseRanks } from '../../src/route/rank-fusion.js';

const order = (fused: number[]): number[] =>
  fused
    .map((score, g) => ({ score, g }))
    .sort((a, b) => b.score - a.score)
    .map(({ g }) => g);

describe('fuseRanks: sections combined by where each ranking puts them', () => {
  it('sums 1 / (1 + rank) over the rankings, whatever the scale of their scores', () => {
    const fused = fuseRanks([
      [0.9, 0.5, 0.1],
      [30, 20, 10],
    ]);
    expect(fused[0]).toBeCloseTo(2);
    expect(fused[1]).toBeCloseTo(1);
    expect(fused[2]).toBeCloseTo(2 / 3);
  });

  it('of two sections each ranking puts first, the one the other ranking puts higher wins', () => {
    // 0: first, then second (1 + 1/2); 2: third, then first (1/3 + 1); 1: second, then third.
    const fused = fuseRanks([
      [0.9, 0.8, 0.7],
      [0.8, 0.7, 0.9],
    ]);
    expect(order(fused)).toEqual([0, 2, 1]);
    // The scale of a ranking's scores does not matter, only their order.
    expect(
      order(
        fuseRanks([
          [0.9, 0.8, 0.7],
          [80, 70, 90],
        ]),
      ),
    ).toEqual([0, 2, 1]);
  });

  it('equal scores share the better rank', () => {
    const fused = fuseRanks([[0.5, 0.5, 0.1]]);
    expect(fused[0]).toBeCloseTo(1);
    expect(fused[1]).toBeCloseTo(1);
    expect(fused[2]).toBeCloseTo(1 / 3);
  });

  it('equal sums go the way the first ranking orders them', () => {
    expect(
      order(
        fuseRanks([
          [0.2, 0.9],
          [0.9, 0.2],
        ]),
      ),
    ).toEqual([1, 0]);
    expect(
      order(
        fuseRanks([
          [0.9, 0.2],
          [0.2, 0.9],
        ]),
      ),
    ).toEqual([0, 1]);
  });

  it('has nothing to fuse without rankings', () => {
    expect(fuseRanks([])).toEqual([]);
  });
});
