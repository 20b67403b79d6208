/**
 * Below the smallest gap between two different fused sums of up to a hundred sections (about
 * 1/101⁴): it only orders sections whose sums are equal.
 */
const TIE_BREAK = 1e-9;

/**
 * Reciprocal-rank fusion: each ranking gives a section 1 / (1 + its rank), 1 for the first, and
 * the sums are the fused scores. Two scores on different scales (a nearest-entries cosine, a
 * cosine with a whole section) are combined by where they put a section, not by their size: of
 * two sections each ranking puts first, the one the other ranking puts higher wins. Equal scores
 * within a ranking share the better rank; equal sums go the way the first ranking orders them.
 */
export function fuseRanks(rankings: readonly (readonly number[])[]): number[] {
  const reciprocal = rankings.map((scores) => {
    const rank = new Map<number, number>();
    const sorted = [...scores].sort((a, b) => b - a);
    for (const [at, score] of sorted.entries()) if (!rank.has(score)) rank.set(score, at);
    return scores.map((score) => 1 / (1 + rank.get(score)!));
  });
  return (reciprocal[0] ?? []).map(
    (first, g) => reciprocal.reduce((sum, ranks) => sum + ranks[g]!, 0) + TIE_BREAK * first,
  );
}
