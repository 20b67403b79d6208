import {
  BranchNotFoundError,
  errorStatus,
  explainGitHubError,
  ResetRefusedError,
  RuleViolationError,
} from './errors.js';
import { gitHubSays } from './error-body.js';
import { call, failedAction, type RepoContext } from './repo-context.js';

export interface BranchHead {
  branch: string;
  commitSha: string;
  treeSha: string;
}

/** `GET /repos/{o}/{r}`: only when neither the config nor the event payload names the base branch. */
export async function getDefaultBranch(ctx: RepoContext): Promise<string> {
  return call(ctx, 'read the repository', 'contents: read', async () => {
    const { data } = await ctx.octokit.rest.repos.get({ owner: ctx.owner, repo: ctx.repo });
    return data.default_branch;
  });
}

/** `GET /repos/{o}/{r}/branches/{branch}`: the head commit and its tree. */
export async function getBranchHead(ctx: RepoContext, branch: string): Promise<BranchHead> {
  try {
    const { data } = await ctx.octokit.rest.repos.getBranch({ owner: ctx.owner, repo: ctx.repo, branch });
    return { branch, commitSha: data.commit.sha, treeSha: data.commit.commit.tree.sha };
  } catch (error) {
    if (errorStatus(error) === 404) throw new BranchNotFoundError(branch);
    throw explainGitHubError(error, failedAction(ctx, `read branch ${branch}`, 'contents: read'));
  }
}

/** The base branch's head and the PR branch's head, read together. */
export interface ComparedHeads {
  base: BranchHead;
  /** The PR branch's head commit; null when GitHub did not list it (over 250 commits ahead). */
  headSha: string | null;
}

/**
 * `GET /repos/{o}/{r}/compare/{base}...{head}`: both heads in one request. The run reads the PR
 * branch's head here, after the arXiv fetch, so that a commit a maintainer pushed meanwhile is
 * seen before the bot decides whether it may force-push (SPEC §6).
 */
export async function compareHeads(ctx: RepoContext, base: string, head: string): Promise<ComparedHeads> {
  try {
    const { data } = await ctx.octokit.rest.repos.compareCommitsWithBasehead({
      owner: ctx.owner,
      repo: ctx.repo,
      basehead: `${base}...${head}`,
    });
    const last =
      data.commits.length === data.total_commits ? data.commits[data.commits.length - 1] : undefined;
    return {
      base: { branch: base, commitSha: data.base_commit.sha, treeSha: data.base_commit.commit.tree.sha },
      // No commit ahead: the branch head is the merge base (it holds nothing the base lacks).
      headSha: data.total_commits === 0 ? data.merge_base_commit.sha : (last?.sha ?? null),
    };
  } catch (error) {
    if (errorStatus(error) === 404) throw new BranchNotFoundError(`${base} or ${head}`);
    throw explainGitHubError(error, failedAction(ctx, `compare ${base} with ${head}`, 'contents: read'));
  }
}

/**
 * `POST git/refs` at `sha`. When the branch already exists (a run that stopped half-way, or a
 * closed PR's branch), it is reset to `sha` instead (one more request) so reruns converge. Only for
 * a branch no open PR uses: GitHub closes a PR whose head becomes reachable from its base. With
 * `likelyExists` (a merged or closed PR of the bot's still lists the branch), the reset is tried
 * first, and the branch created only when it is gone: one request where it would have been two.
 * A reset a repository rule refuses (a force move) throws ResetRefusedError.
 */
export async function createBranch(
  ctx: RepoContext,
  branch: string,
  sha: string,
  options: { likelyExists?: boolean } = {},
): Promise<'created' | 'reset'> {
  if (options.likelyExists) {
    try {
      await ctx.octokit.rest.git.updateRef({
        owner: ctx.owner,
        repo: ctx.repo,
        ref: `heads/${branch}`,
        sha,
        force: true,
      });
      return 'reset';
    } catch (error) {
      if (errorStatus(error) !== 422 || !gitHubSays(error, /does not exist/i)) {
        throw resetError(
          branch,
          explainGitHubError(error, failedAction(ctx, `update branch ${branch}`, 'contents: write')),
        );
      }
    }
  }
  if (await createRef(ctx, branch, sha)) return 'created';
  await moveBranch(ctx, branch, sha, { force: true }).catch((error: unknown) => {
    throw resetError(branch, error);
  });
  return 'reset';
}

/** `POST git/refs`: true when created, false when the branch already exists (left as it is). */
export async function createRef(ctx: RepoContext, branch: string, sha: string): Promise<boolean> {
  try {
    await ctx.octokit.rest.git.createRef({
      owner: ctx.owner,
      repo: ctx.repo,
      ref: `refs/heads/${branch}`,
      sha,
    });
    return true;
  } catch (error) {
    if (errorStatus(error) !== 422 || !gitHubSays(error, /already exists/i)) {
      throw explainGitHubError(error, failedAction(ctx, `create branch ${branch}`, 'contents: write'));
    }
    return false;
  }
}

function resetError(branch: string, error: unknown): unknown {
  return error instanceof RuleViolationError ? new ResetRefusedError(branch, error) : error;
}

/** `PATCH git/refs/heads/{branch}`; without `force` GitHub refuses anything but a fast-forward. */
export async function moveBranch(
  ctx: RepoContext,
  branch: string,
  sha: string,
  options: { force: boolean },
): Promise<void> {
  await call(ctx, `update branch ${branch}`, 'contents: write', () =>
    ctx.octokit.rest.git.updateRef({
      owner: ctx.owner,
      repo: ctx.repo,
      ref: `heads/${branch}`,
      sha,
      force: options.force,
    }),
  );
}

/**
 * Deletes `branch` only while its head is still `sha` (the commit this run made): a branch anyone
 * else has pushed to since is never deleted. `GET git/ref` then `DELETE git/refs`: 2 requests.
 */
export async function deleteBranchIfAt(
  ctx: RepoContext,
  branch: string,
  sha: string,
): Promise<'deleted' | 'moved' | 'gone'> {
  let head: string;
  try {
    const { data } = await ctx.octokit.rest.git.getRef({
      owner: ctx.owner,
      repo: ctx.repo,
      ref: `heads/${branch}`,
    });
    head = data.object.sha;
  } catch (error) {
    if (errorStatus(error) === 404) return 'gone';
    throw explainGitHubError(error, failedAction(ctx, `read branch ${branch}`, 'contents: read'));
  }
  if (head !== sha) return 'moved';
  await call(ctx, `delete branch ${branch}`, 'contents: write', () =>
    ctx.octokit.rest.git.deleteRef({ owner: ctx.owner, repo: ctx.repo, ref: `heads/${branch}` }),
  );
  return 'deleted';
}
