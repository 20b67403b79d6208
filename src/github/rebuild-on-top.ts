import { moveBranch } from './branches.js';
import { createCommitOnTree, type CommitResult } from './commits.js';
import type { RuleViolationError } from './errors.js';
import { updatePull } from './pulls.js';
import type { RepoContext } from './repo-context.js';
import { rulesPhrase } from './rule-violation.js';

/** What a rebuild that a rule kept from force-pushing needs to add its result on top instead. */
export interface OnTopInput {
  number: number;
  branch: string;
  /** The branch head as this run read it: the new commit's first parent. */
  headSha: string;
  /** The base commit that head was built on (the marker's base); null when unsure. */
  headBase: string | null;
  /** The base head the rebuild was built on. */
  baseSha: string;
  message: string;
  title: string;
  body: (headSha: string, branch: string) => string;
}

/** The parents of a rebuild that goes on top: the branch head and, when it moved, the base head. */
export function onTopParents(input: Pick<OnTopInput, 'headSha' | 'headBase' | 'baseSha'>): string[] {
  return input.baseSha === input.headBase ? [input.headSha] : [input.headSha, input.baseSha];
}

/**
 * A rule refused the rebuild's force-push: the rebuilt tree goes on top of the branch instead,
 * in a commit whose parents are the branch head and, when it moved, the base head. The PR then
 * shows exactly the rebuild's change (entries the rebuild drops are dropped by this commit) and
 * merges cleanly, and the branch only moves forward. Same order as a rebuild: the body names the
 * new head before the branch moves (3 requests).
 */
export async function rebuildOnTop(
  ctx: RepoContext,
  input: OnTopInput,
  rebuilt: CommitResult,
  refusal: RuleViolationError,
): Promise<{ number: number; url: string; headSha: string; note: string }> {
  const commit = await createCommitOnTree(ctx, {
    treeSha: rebuilt.treeSha,
    parents: onTopParents(input),
    message: input.message,
  });
  const pull = await updatePull(ctx, input.number, {
    title: input.title,
    body: input.body(commit.commitSha, input.branch),
  });
  await moveBranch(ctx, input.branch, commit.commitSha, { force: false });
  const note =
    `a repository rule (${rulesPhrase(refusal.rules)}) refused the force-push that rebuilds ${input.branch} ` +
    'on the base; the bot added a commit on top of the branch instead, with the same result';
  return { number: pull.number, url: pull.url, headSha: commit.commitSha, note };
}
