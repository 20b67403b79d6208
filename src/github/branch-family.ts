/**
 * The bot's branch and the fresh branches it opens when a repository rule keeps it from resetting
 * a closed PR's leftover branch: `arxiv-curator/new-papers`, `arxiv-curator/new-papers-2`, …
 */

/** The branch for number `n`: the configured branch itself for 1. */
export function suffixedBranch(branch: string, n: number): string {
  return n <= 1 ? branch : `${branch}-${n}`;
}

/** 1 for the configured branch, n for `branch-n` (n ≥ 2), null for any other branch. */
export function branchSuffix(name: string, branch: string): number | null {
  if (name === branch) return 1;
  if (!name.startsWith(`${branch}-`)) return null;
  const rest = name.slice(branch.length + 1);
  return /^[1-9]\d*$/.test(rest) && Number(rest) >= 2 ? Number(rest) : null;
}

export function inBranchFamily(name: string, branch: string): boolean {
  return branchSuffix(name, branch) !== null;
}
