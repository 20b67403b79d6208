import type { Config } from '../config/schema.js';
import { compareHeads, getBranchHead, type BranchHead } from '../github/branches.js';
import { readFile, readListFile, type RepoFile } from '../github/read-file.js';
import type { RepoContext } from '../github/repo-context.js';
import { isBotOnlyHead, type BotPullRecord } from '../pr/memory.js';
import { baseFromBranch } from './base-from-branch.js';

/** The list files this run needs, read with as few requests as the state allows (SPEC §9). */
export interface Files {
  base: BranchHead | null;
  /** The base list's text, read or derived from the branch. */
  baseText: string;
  /** The base list as read (needed to create the PR: its blob SHA guards the first commit). */
  baseFile: RepoFile | null;
  branchFile: RepoFile | null;
}

export async function readFiles(
  ctx: RepoContext,
  config: Config,
  baseBranch: string,
  open: BotPullRecord | null,
): Promise<Files> {
  const path = config.list.path;
  if (open === null) {
    const base = await getBranchHead(ctx, baseBranch);
    const baseFile = await readListFile(ctx, path, baseBranch);
    return { base, baseText: baseFile.text, baseFile, branchFile: null };
  }
  if (isBotOnlyHead(open.headSha, open.marker)) {
    // The PR's head as of now, not as listed before the arXiv fetch: a commit a maintainer pushed
    // in between must be seen before anything is force-pushed.
    const { base, headSha } = await compareHeads(ctx, baseBranch, config.pullRequest.branch);
    open.headSha = headSha;
    if (isBotOnlyHead(headSha, open.marker)) {
      const branchFile = await readFile(ctx, path, headSha!);
      const derived = branchFile ? baseFromBranch(branchFile.text, open.marker, base) : null;
      if (derived !== null) return { base, baseText: derived, baseFile: null, branchFile };
      const baseFile = await readListFile(ctx, path, baseBranch);
      return { base, baseText: baseFile.text, baseFile, branchFile };
    }
  }
  // Someone else committed: the bot only adds on top of the branch head, so the base head is
  // not needed; the base list says what is listed.
  const branchFile = await readListFile(ctx, path, open.headSha ?? config.pullRequest.branch);
  const baseFile = await readListFile(ctx, path, baseBranch);
  return { base: null, baseText: baseFile.text, baseFile, branchFile };
}
