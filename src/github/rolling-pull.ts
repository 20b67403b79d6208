import { moveBranch, type BranchHead } from './branches.js';
import { commitFileToBranch, createFileCommit } from './commits.js';
import { cleanUp, isRefusal } from './create-cleanup.js';
import { RuleViolationError, withAftermath } from './errors.js';
import { claimBranch } from './fresh-branch.js';
import { addAssignees, addLabels, requestReviewers } from './pull-extras.js';
import { createPull, updatePull, type PullRef } from './pulls.js';
import type { RepoFile } from './read-file.js';
import { onTopParents, rebuildOnTop } from './rebuild-on-top.js';
import type { RepoContext } from './repo-context.js';

/**
 * The writes of each operation, in an order where a failure at any step leaves a state the next
 * run repairs by itself (SPEC §8). The body is a function of the head SHA because the marker
 * records the commit the bot wrote, which is known only once it exists.
 */
export interface PullText {
  title: string;
  /** `branch`: the branch the PR is on (a fresh one when a rule refused reusing the configured one). */
  body: (headSha: string, branch: string) => string;
}

export interface WriteResult {
  number: number;
  url: string;
  headSha: string;
  warnings: string[];
}

export interface CreateInput extends PullText {
  branch: string;
  base: BranchHead;
  /** The list file on the base head (its blob SHA is the PUT's concurrency token). */
  baseFile: RepoFile;
  text: string;
  message: string;
  draft: boolean;
  labels: readonly string[];
  reviewers: readonly string[];
  assignees: readonly string[];
  /** A closed or merged PR of the bot's still names the branch: it is probably there to reset. */
  leftoverBranch?: boolean;
  /**
   * The branches of the bot's PRs, for a fresh branch's number when a rule refuses the reset; null
   * (the default) when the bot could not find a PR on a fresh branch again (no label).
   */
  knownBranches?: readonly string[] | null;
}

/**
 * create ref (or reset a leftover one) → PUT the file on the branch → POST the PR → labels:
 * 4 requests (5 when a leftover branch is reset), plus reviewers and assignees when configured.
 * When GitHub refuses the commit or the PR, the branch this run created is deleted again, as long
 * as nobody else has pushed to it (2 more requests); the error says what was and was not left.
 * When a rule refuses resetting the leftover branch, the PR goes on a fresh one (fresh-branch.ts).
 */
export async function createRollingPull(ctx: RepoContext, input: CreateInput): Promise<WriteResult> {
  const claimed = await claimBranch(ctx, {
    branch: input.branch,
    sha: input.base.commitSha,
    likelyExists: input.leftoverBranch ?? false,
    knownBranches: input.knownBranches ?? null,
    labels: input.labels,
  });
  const { branch, how: created } = claimed;
  // The head the branch has from this run alone (the base head, then the bot's commit on it);
  // null once someone else's commit is in it.
  let ownHead: string | null = input.base.commitSha;
  let commitSha = input.base.commitSha;
  let pull: PullRef;
  try {
    const commit = await commitFileToBranch(ctx, {
      branch,
      path: input.baseFile.path,
      text: input.text,
      blobSha: input.baseFile.sha,
      message: input.message,
    });
    commitSha = commit.commitSha;
    // A commit made on top of someone else's (pushed in between) is not the bot's alone.
    ownHead = commit.parents.length === 1 && commit.parents[0] === input.base.commitSha ? commitSha : null;
    pull = await createPull(ctx, {
      title: input.title,
      body: input.body(commit.commitSha, branch),
      head: branch,
      base: input.base.branch,
      draft: input.draft,
    });
  } catch (error) {
    throw withAftermath(error, await cleanUp(ctx, branch, created, ownHead, isRefusal(error)));
  }
  const warnings = [
    ...(claimed.note === null ? [] : [claimed.note]),
    ...(await addLabels(ctx, pull.number, input.labels)),
    ...(await requestReviewers(ctx, pull.number, input.reviewers)),
    ...(await addAssignees(ctx, pull.number, input.assignees)),
  ];
  return { number: pull.number, url: pull.url, headSha: commitSha, warnings };
}

export interface RebuildInput extends PullText {
  number: number;
  branch: string;
  /** The base head to build on: the new commit's parent. */
  base: BranchHead;
  path: string;
  text: string;
  message: string;
  /** The PR's title and body before this run, restored if the branch cannot be moved. */
  previous: { title: string; body: string };
  /**
   * The branch head as read, and the base it was built on (null when unsure): where a rebuild that
   * a rule keeps from force-pushing goes on top instead.
   */
  headSha: string;
  headBase: string | null;
  /** A rule refused an earlier rebuild's force-push on this branch (the marker says so). */
  forcePushRefused: boolean;
  /** The body when the result goes on top of the branch (its marker records the refusal). */
  bodyOnTop: (headSha: string) => string;
}

/**
 * POST tree → POST commit (parent = base head) → PATCH the PR (body names the new head, and the
 * marker keeps the old one as `previousHeadSha`) → PATCH the ref with force: 4 requests. The
 * branch is never reset to the base first (GitHub would close the PR). If the ref update fails,
 * the PR's head is still the marker's previous head, so the next run still sees a bot-only branch;
 * and the previous title and body are put back, so the PR never describes papers its branch lacks
 * (merged in that state, they would count as rejected). When a rule refuses the force-push, the
 * rebuilt tree goes on top of the branch instead (rebuild-on-top.ts: 3 more requests); once the
 * marker records that, later rebuilds go on top at once (4 requests, no force-push tried).
 */
export async function rebuildRollingPull(ctx: RepoContext, input: RebuildInput): Promise<WriteResult> {
  if (input.forcePushRefused) return rebuildOnTopAtOnce(ctx, input);
  const commit = await createFileCommit(ctx, {
    parentSha: input.base.commitSha,
    baseTreeSha: input.base.treeSha,
    path: input.path,
    text: input.text,
    message: input.message,
  });
  const pull = await updatePull(ctx, input.number, {
    title: input.title,
    body: input.body(commit.commitSha, input.branch),
  });
  try {
    await moveBranch(ctx, input.branch, commit.commitSha, { force: true });
  } catch (error) {
    try {
      if (!(error instanceof RuleViolationError)) throw error;
      const onTop = await rebuildOnTop(
        ctx,
        { ...input, baseSha: input.base.commitSha, body: (head) => input.bodyOnTop(head) },
        commit,
        error,
      );
      return { ...onTop, warnings: [onTop.note] };
    } catch (failure) {
      // Best effort: if GitHub refuses this too, the next run's rebuild still repairs the PR.
      const { title, body } = input.previous;
      await updatePull(ctx, input.number, { title, body }).catch(() => undefined);
      throw failure;
    }
  }
  return { number: pull.number, url: pull.url, headSha: commit.commitSha, warnings: [] };
}

/**
 * A rebuild on a branch whose force-push a rule refused before: the rebuilt tree in a commit on top
 * of the branch head (and the base head, when it moved), the PR body, then the branch moved
 * forward, never forced: POST tree → POST commit → PATCH the PR → PATCH the ref. If the branch
 * cannot be moved, the previous title and body are put back, as in a rebuild.
 */
async function rebuildOnTopAtOnce(ctx: RepoContext, input: RebuildInput): Promise<WriteResult> {
  const commit = await createFileCommit(ctx, {
    parentSha: input.base.commitSha,
    parents: onTopParents({ ...input, baseSha: input.base.commitSha }),
    baseTreeSha: input.base.treeSha,
    path: input.path,
    text: input.text,
    message: input.message,
  });
  const pull = await updatePull(ctx, input.number, {
    title: input.title,
    body: input.bodyOnTop(commit.commitSha),
  });
  try {
    await moveBranch(ctx, input.branch, commit.commitSha, { force: false });
  } catch (error) {
    const { title, body } = input.previous;
    await updatePull(ctx, input.number, { title, body }).catch(() => undefined);
    throw error;
  }
  return { number: pull.number, url: pull.url, headSha: commit.commitSha, warnings: [] };
}

export interface AppendInput extends PullText {
  number: number;
  branch: string;
  /** The list file at the branch head as read (its blob SHA guards against a concurrent edit). */
  branchFile: RepoFile;
  /** The branch head `branchFile` was read at. */
  headSha: string;
  text: string;
  message: string;
}

/**
 * Someone else has committed on the branch: one commit on top of its head (never forced), then the
 * PR body: 2 requests. If the body update fails, the head no longer matches the marker, which is
 * still read as "someone else committed", so nothing is ever force-pushed over; the next run sees
 * papers the description does not record and describes them (the body alone: 1 request).
 */
export async function appendToRollingPull(ctx: RepoContext, input: AppendInput): Promise<WriteResult> {
  const headSha =
    input.text === input.branchFile.text
      ? input.headSha
      : (
          await commitFileToBranch(ctx, {
            branch: input.branch,
            path: input.branchFile.path,
            text: input.text,
            blobSha: input.branchFile.sha,
            message: input.message,
          })
        ).commitSha;
  const pull = await updatePull(ctx, input.number, {
    title: input.title,
    body: input.body(headSha, input.branch),
  });
  return { number: pull.number, url: pull.url, headSha, warnings: [] };
}

/** The base already lists every proposed paper: close with a marker saying the bot did it (1 request). */
export async function closeRollingPull(
  ctx: RepoContext,
  input: { number: number; body: string },
): Promise<PullRef> {
  return updatePull(ctx, input.number, { state: 'closed', body: input.body });
}
