import { describe, expect, it } from '@jest/globals';
import { branchSuffix, inBranchFamily, suffixedBranch } from '../../src/github/branch-family.js';

const B = 'arxiv-curator/new-papers';

describe("the bot's branch and its fresh branches", () => {
  it.each([
    [B, 1],
    [`${B}-2`, 2],
    [`${B}-17`, 17],
    [`${B}-1`, null],
    [`${B}-02`, null],
    [`${B}-x`, null],
    [`${B}-2/more`, null],
    [`${B}2`, null],
    ['arxiv-curator/other', null],
  ])('%s → %s', (name, suffix) => {
    expect(branchSuffix(name, B)).toBe(suffix);
    expect(inBranchFamily(name, B)).toBe(suffix !== null);
  });

  it('numbers fresh branches from 2; 1 is the configured branch', () => {
    expect([1, 2, 3].map((n) => suffixedBranch(B, n))).toEqual([B, `${B}-2`, `${B}-3`]);
  });
});
