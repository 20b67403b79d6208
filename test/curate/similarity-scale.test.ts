import { describe, expect, it } from '@jest/globals';
import type { Background } from '../../src/curate/background.js';
import { buildSimilarityIndex } from '../../src/curate/similarity.js';
import {
  closeness,
  evenSample,
  leaveOneOutCosines,
  pointsShare,
  similarityScale,
} from '../../src/curate/similarity-scale.js';

const FLAT: Background = { documents: 1000, df: new Map() };

describe('similarityScale', () => {
  const scale = similarityScale([0.1, 0.2, 0.3, 0.4]);

  it('places a nearness among the listed papers, ties counting half', () => {
    expect(scale.share(0.25)).toBe(0.5);
    expect(scale.share(0.2)).toBe(0.375);
    expect(scale.share(0.9)).toBe(1);
    expect(scale.share(0.05)).toBe(0);
  });

  it('gives nothing for no nearness, and the raw value without a distribution', () => {
    expect(scale.share(0)).toBe(0);
    expect(similarityScale([]).share(0.3)).toBe(0.3);
    expect(similarityScale([]).size).toBe(0);
  });
});

describe('pointsShare', () => {
  it('is nothing up to the median listed paper, then rises to the full weight', () => {
    expect(pointsShare(0)).toBe(0);
    expect(pointsShare(0.3)).toBe(0);
    expect(pointsShare(0.5)).toBe(0);
    expect(pointsShare(0.75)).toBe(0.5);
    expect(pointsShare(1)).toBe(1);
  });
});

describe('closeness', () => {
  it('is the mean over the 10 nearest, missing neighbours counting 0', () => {
    expect(closeness([])).toBe(0);
    expect(closeness([1, 1])).toBeCloseTo(0.2, 10);
  });
});

describe('leaveOneOutCosines', () => {
  it('never compares a listed paper with itself, and is sorted', () => {
    const list = [
      { arxivId: '2501.00001', title: 'Alpha beta gamma', abstract: null },
      { arxivId: '2501.00002', title: 'Alpha beta gamma', abstract: null },
      { arxivId: '2501.00003', title: 'Delta epsilon', abstract: null },
    ];
    const cosines = leaveOneOutCosines(buildSimilarityIndex(list, [], FLAT), list);
    expect(cosines).toHaveLength(3);
    expect(cosines[0]).toBe(0);
    expect(cosines[1]).toBeCloseTo(0.1, 10);
    expect(cosines[2]).toBeCloseTo(0.1, 10);
  });
});

describe('evenSample', () => {
  it('takes evenly spread items in key order, whatever the input order', () => {
    const items = Array.from({ length: 10 }, (_, i) => String(i));
    expect(evenSample(items, 5, (x) => x)).toEqual(['0', '2', '4', '6', '8']);
    expect(evenSample([...items].reverse(), 5, (x) => x)).toEqual(['0', '2', '4', '6', '8']);
    expect(evenSample(items, 20, (x) => x)).toHaveLength(10);
  });
});
