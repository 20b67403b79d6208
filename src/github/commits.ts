import { GitHubConflictError } from './errors.js';
import { call, type RepoContext } from './repo-context.js';

/**
 * The bot's commits, each changing the one list file. No custom author or committer is ever
 * sent, so GitHub signs them.
 */
export interface CommitResult {
  commitSha: string;
  treeSha: string;
  /** The new commit's parents, as GitHub made it. */
  parents: string[];
}

export interface FileCommitOnBranch {
  branch: string;
  path: string;
  text: string;
  /** The file's blob SHA on the branch as read: a file changed since then is a conflict (409). */
  blobSha: string;
  message: string;
}

/**
 * One file change committed on top of a branch's current head through the contents API: one
 * request makes the commit and moves the branch, never forcing it.
 */
export async function commitFileToBranch(
  ctx: RepoContext,
  change: FileCommitOnBranch,
): Promise<CommitResult> {
  return call(ctx, `commit ${change.path} to branch ${change.branch}`, 'contents: write', async () => {
    const { data } = await ctx.octokit.rest.repos.createOrUpdateFileContents({
      owner: ctx.owner,
      repo: ctx.repo,
      path: change.path,
      branch: change.branch,
      message: change.message,
      content: Buffer.from(change.text, 'utf8').toString('base64'),
      sha: change.blobSha,
    });
    const commitSha = data.commit.sha;
    const treeSha = data.commit.tree?.sha;
    if (!commitSha || !treeSha) throw new GitHubConflictError('GitHub did not return the new commit');
    const parents = (data.commit.parents ?? []).flatMap((p) => (p.sha ? [p.sha] : []));
    return { commitSha, treeSha, parents };
  });
}

export interface FileCommitOnParent {
  /** The new commit's parent (the base head, for a rebuild). */
  parentSha: string;
  /** Its parents when not `parentSha` alone (a rebuild that goes on top of the branch). */
  parents?: string[];
  /** The parent's tree: every other file stays as it is there. */
  baseTreeSha: string;
  path: string;
  text: string;
  message: string;
}

/**
 * A commit through the git data API (two requests: tree, commit) that no branch points to yet;
 * the caller moves the branch with moveBranch.
 */
export async function createFileCommit(ctx: RepoContext, change: FileCommitOnParent): Promise<CommitResult> {
  const action = `create a commit changing ${change.path}`;
  const parents = change.parents ?? [change.parentSha];
  return call(ctx, action, 'contents: write', async () => {
    const tree = await ctx.octokit.rest.git.createTree({
      owner: ctx.owner,
      repo: ctx.repo,
      base_tree: change.baseTreeSha,
      tree: [{ path: change.path, mode: '100644', type: 'blob', content: change.text }],
    });
    const commit = await ctx.octokit.rest.git.createCommit({
      owner: ctx.owner,
      repo: ctx.repo,
      message: change.message,
      tree: tree.data.sha,
      parents,
    });
    return { commitSha: commit.data.sha, treeSha: tree.data.sha, parents };
  });
}

/**
 * `POST git/commits` on an existing tree (one request): the commit a rule-bound rebuild adds on
 * top of the branch, with the rebuilt tree and the branch head (and the moved base) as parents.
 */
export async function createCommitOnTree(
  ctx: RepoContext,
  commit: { treeSha: string; parents: string[]; message: string },
): Promise<CommitResult> {
  return call(ctx, 'create a commit on top of the branch', 'contents: write', async () => {
    const { data } = await ctx.octokit.rest.git.createCommit({
      owner: ctx.owner,
      repo: ctx.repo,
      message: commit.message,
      tree: commit.treeSha,
      parents: commit.parents,
    });
    return { commitSha: data.sha, treeSha: commit.treeSha, parents: commit.parents };
  });
}
