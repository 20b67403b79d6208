import type { Octokit } from '@octokit/rest';
import {
  BranchNotFoundError,
  ListFileNotFoundError,
  errorStatus,
  explainGitHubError,
  gitHubMessage,
  GitHubConflictError,
  type Permission,
} from './errors.js';

/**
 * Branches, files and commits through the REST API only (no git binary, no shell, SPEC §8).
 * Each function is one request unless it says otherwise, so the run can count its budget (§9).
 * No custom author or committer is ever sent, so GitHub signs the bot's commits.
 */
export interface RepoContext {
  octokit: Octokit;
  owner: string;
  repo: string;
}

export interface BranchHead {
  branch: string;
  commitSha: string;
  treeSha: string;
}

export interface RepoFile {
  path: string;
  /** The branch or commit it was read at. */
  ref: string;
  text: string;
  /** The blob SHA: the contents API's optimistic-concurrency token. */
  sha: string;
}

export interface CommitResult {
  commitSha: string;
  treeSha: string;
}

export function repositoryName(ctx: RepoContext): string {
  return `${ctx.owner}/${ctx.repo}`;
}

/** Runs one request, turning GitHub's error into one that says what failed and what to do. */
export async function call<T>(
  ctx: RepoContext,
  action: string,
  permission: Permission,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw explainGitHubError(error, { action, permission, repository: repositoryName(ctx) });
  }
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
    throw explainGitHubError(error, {
      action: `read branch ${branch}`,
      permission: 'contents: read',
      repository: repositoryName(ctx),
    });
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
    throw explainGitHubError(error, {
      action: `compare ${base} with ${head}`,
      permission: 'contents: read',
      repository: repositoryName(ctx),
    });
  }
}

/**
 * A file at a ref through the contents API; null when it does not exist. Files over 1 MB come
 * without content in JSON, so they cost a second request with the raw media type (the blob SHA
 * is kept from the first).
 */
export async function readFile(ctx: RepoContext, path: string, ref: string): Promise<RepoFile | null> {
  const action = `read ${path} at ${ref}`;
  let data: unknown;
  try {
    ({ data } = await ctx.octokit.rest.repos.getContent({ owner: ctx.owner, repo: ctx.repo, path, ref }));
  } catch (error) {
    if (errorStatus(error) === 404) return null;
    throw explainGitHubError(error, {
      action,
      permission: 'contents: read',
      repository: repositoryName(ctx),
    });
  }
  if (Array.isArray(data) || !isFileData(data)) {
    throw explainGitHubError(new Error(`${path} is not a file`), {
      action,
      permission: 'contents: read',
      repository: repositoryName(ctx),
    });
  }
  if (data.encoding === 'base64' && (data.content !== '' || data.size === 0)) {
    return { path, ref, text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
  }
  const text = await call(ctx, action, 'contents: read', async () => {
    const raw = await ctx.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: ctx.owner,
      repo: ctx.repo,
      path,
      ref,
      mediaType: { format: 'raw' },
      // fetch's text() drops a byte-order mark; the list must come back byte for byte.
      request: { parseSuccessResponseBody: false },
    });
    return decodeRaw(raw.data);
  });
  return { path, ref, text, sha: data.sha };
}

/** Like readFile, but a missing list file is the clear error the run reports. */
export async function readListFile(ctx: RepoContext, path: string, branch: string): Promise<RepoFile> {
  const file = await readFile(ctx, path, branch);
  if (file === null) throw new ListFileNotFoundError(path, branch);
  return file;
}

interface FileData {
  type: 'file';
  encoding: string;
  content: string;
  sha: string;
  size: number;
}

function isFileData(data: unknown): data is FileData {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'file';
}

async function decodeRaw(data: unknown): Promise<string> {
  if (typeof data === 'string') return data;
  const bytes =
    data instanceof ArrayBuffer || ArrayBuffer.isView(data)
      ? data
      : await new Response(data as ReadableStream<Uint8Array> | null).arrayBuffer();
  const buffer = ArrayBuffer.isView(bytes)
    ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : Buffer.from(bytes);
  // Buffer keeps a leading U+FEFF, unlike TextDecoder's default.
  return buffer.toString('utf8');
}

/**
 * `POST git/refs` at `sha`. When the branch already exists (a run that stopped half-way, or a
 * closed PR's branch), it is reset to `sha` instead (one more request) so reruns converge. Only for
 * a branch no open PR uses: GitHub closes a PR whose head becomes reachable from its base.
 */
export async function createBranch(
  ctx: RepoContext,
  branch: string,
  sha: string,
): Promise<'created' | 'reset'> {
  try {
    await ctx.octokit.rest.git.createRef({
      owner: ctx.owner,
      repo: ctx.repo,
      ref: `refs/heads/${branch}`,
      sha,
    });
    return 'created';
  } catch (error) {
    if (errorStatus(error) !== 422 || !/already exists/i.test(gitHubMessage(error))) {
      throw explainGitHubError(error, {
        action: `create branch ${branch}`,
        permission: 'contents: write',
        repository: repositoryName(ctx),
      });
    }
  }
  await moveBranch(ctx, branch, sha, { force: true });
  return 'reset';
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
    return { commitSha, treeSha };
  });
}

export interface FileCommitOnParent {
  /** The new commit's only parent (the base head, for a rebuild). */
  parentSha: string;
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
      parents: [change.parentSha],
    });
    return { commitSha: commit.data.sha, treeSha: tree.data.sha };
  });
}
