import type { MemoryVector } from '../curate/term-weights.js';

/**
 * Each section's papers summed into one vector (Rocchio's centroid), so that a paper is compared
 * with a section as a whole and not only with its nearest three entries: a section where one
 * entry happens to share the paper's words and the rest do not comes out far, one whose papers
 * all share some of them near. The cosine comes nearly for free from the per-entry cosines the
 * section index computes anyway: q · Σd = Σ (q · d), divided by |Σd|. For a section of n papers
 * that share few words, |Σd| is about √n, so the cosine grows with the section's size.
 */
export class SectionCentroids {
  /** |Σd|² per section. */
  private readonly squares: number[];
  /** Σd · d per entry vector (to take an entry out of its section's sum). */
  private readonly withSum = new Map<MemoryVector, number>();

  constructor(sections: readonly (readonly MemoryVector[])[]) {
    this.squares = sections.map((vectors) => {
      const sum = new Map<number, number>();
      for (const { termIds, weights } of vectors)
        termIds.forEach((id, i) => sum.set(id, (sum.get(id) ?? 0) + weights[i]!));
      for (const vector of vectors) this.withSum.set(vector, dotWithMap(vector, sum));
      let squares = 0;
      for (const weight of sum.values()) squares += weight * weight;
      return squares;
    });
  }

  /**
   * The cosine of a query with section `g`'s sum, given the sum of its cosines with the section's
   * entries (`cosineSum`), with the vectors in `leftOut` (the paper's own entries there, already
   * left out of `cosineSum`) taken out of the sum. 0 for a section with nothing left.
   */
  cosine(g: number, cosineSum: number, leftOut: readonly MemoryVector[] = []): number {
    let squares = this.squares[g]!;
    for (const [i, vector] of leftOut.entries()) {
      squares -= 2 * (this.withSum.get(vector) ?? 0);
      for (const other of leftOut.slice(0, i)) squares += 2 * dot(vector, other);
      squares += 1; // a unit vector with itself
    }
    return squares > 1e-9 ? cosineSum / Math.sqrt(squares) : 0;
  }
}

function dotWithMap(vector: MemoryVector, sum: ReadonlyMap<number, number>): number {
  let total = 0;
  vector.termIds.forEach((id, i) => (total += (sum.get(id) ?? 0) * vector.weights[i]!));
  return total;
}

function dot(a: MemoryVector, b: MemoryVector): number {
  const weights = new Map<number, number>();
  a.termIds.forEach((id, i) => weights.set(id, a.weights[i]!));
  return dotWithMap(b, weights);
}
