import { describe, expect, it } from '@jest/globals';
import type { MemoryVector } from '../../src/curate/term-weights.js';
import { SectionCentroids } from '../../src/route/section-centroids.js';

/** A unit vector over term ids 0…n from its (unnormalised) weights. */
function vector(weights: number[]): MemoryVector {
  const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0));
  const ids = weights.flatMap((w, id) => (w === 0 ? [] : [id]));
  return {
    kind: 'listed',
    entry: { title: `v${weights.join(',')}`, arxivId: null, abstract: null } as MemoryVector['entry'],
    termIds: Int32Array.from(ids),
    weights: Float64Array.from(ids.map((id) => weights[id]! / norm)),
  };
}

const dot = (a: MemoryVector, b: MemoryVector): number => {
  let total = 0;
  a.termIds.forEach((id, i) => {
    const j = b.termIds.indexOf(id);
    if (j >= 0) total += a.weights[i]! * b.weights[j]!;
  });
  return total;
};

/** The cosine of `q` with the sum of `vectors`, the long way. */
function cosineWithSum(q: MemoryVector, vectors: MemoryVector[]): number {
  const sum = new Map<number, number>();
  for (const v of vectors) v.termIds.forEach((id, i) => sum.set(id, (sum.get(id) ?? 0) + v.weights[i]!));
  const norm = Math.sqrt([...sum.values()].reduce((s, w) => s + w * w, 0));
  let total = 0;
  q.termIds.forEach((id, i) => (total += (sum.get(id) ?? 0) * q.weights[i]!));
  return total / norm;
}

describe('SectionCentroids: a paper against a section as a whole', () => {
  const a = vector([1, 1, 0, 0]);
  const b = vector([1, 0, 1, 0]);
  const c = vector([0, 0, 1, 1]);
  const d = vector([0, 0, 0, 1]);
  const sections = [[a, b, c], [d]];
  const centroids = new SectionCentroids(sections);
  const q = vector([2, 1, 0, 1]);
  const cosineSum = (vectors: MemoryVector[]): number => vectors.reduce((s, v) => s + dot(q, v), 0);

  it('is the cosine with the sum of the section’s vectors, from the sum of the cosines', () => {
    expect(centroids.cosine(0, cosineSum([a, b, c]))).toBeCloseTo(cosineWithSum(q, [a, b, c]));
    expect(centroids.cosine(1, cosineSum([d]))).toBeCloseTo(dot(q, d));
  });

  it('takes a paper’s own entries out of the sum', () => {
    expect(centroids.cosine(0, cosineSum([b, c]), [a])).toBeCloseTo(cosineWithSum(q, [b, c]));
    expect(centroids.cosine(0, cosineSum([c]), [a, b])).toBeCloseTo(cosineWithSum(q, [c]));
  });

  it('is 0 for a section with nothing left', () => {
    expect(centroids.cosine(1, 0, [d])).toBe(0);
  });

  it('counts every paper of a section: one close entry among unrelated ones is not a close section', () => {
    const p = vector([1, 0, 0, 0, 0, 0]);
    const oneClose = [vector([1, 0, 0, 0, 0, 0]), vector([0, 0, 1, 0, 0, 0]), vector([0, 0, 0, 1, 0, 0])];
    const allAlike = [vector([1, 1, 0, 0, 0, 0]), vector([1, 0, 0, 0, 1, 0]), vector([1, 0, 0, 0, 0, 1])];
    const both = new SectionCentroids([oneClose, allAlike]);
    const sum = (vs: MemoryVector[]): number => vs.reduce((s, v) => s + dot(p, v), 0);
    expect(Math.max(...oneClose.map((v) => dot(p, v)))).toBeGreaterThan(
      Math.max(...allAlike.map((v) => dot(p, v))),
    );
    expect(both.cosine(1, sum(allAlike))).toBeGreaterThan(both.cosine(0, sum(oneClose)));
  });
});
