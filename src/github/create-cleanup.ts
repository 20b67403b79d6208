import { deleteBranchIfAt } from './branches.js';
import { GitHubConflictError, GitHubRequestError, GitHubSetupError } from './errors.js';
import type { RepoContext } from './repo-context.js';

// After a failed create (SPEC §8): the branch the run made is taken back, never one anyone else
// touched, and what is left is said in words for the job summary.

/** GitHub answered and said no (a 4xx): nothing of the refused request happened. */
export function isRefusal(error: unknown): boolean {
  if (error instanceof GitHubSetupError || error instanceof GitHubConflictError) return true;
  return (
    error instanceof GitHubRequestError && error.status !== null && error.status >= 400 && error.status < 500
  );
}

/** Takes back the branch a failed create made; says in words what is left. Never throws. */
export async function cleanUp(
  ctx: RepoContext,
  branch: string,
  created: 'created' | 'reset',
  ownHead: string | null,
  refused: boolean,
): Promise<string> {
  const opened = 'No pull request was opened.';
  if (!refused) {
    // The request may have gone through with its answer lost: the PR may exist on this branch.
    return `The branch ${branch} was left as it is: GitHub's answer was lost, so the pull request may exist; the next run finds it or resets the branch.`;
  }
  if (created === 'reset') {
    return `${opened} The branch ${branch}, left by an earlier run, now points at this run's commit; the next run resets it again.`;
  }
  try {
    const outcome = ownHead === null ? 'moved' : await deleteBranchIfAt(ctx, branch, ownHead);
    if (outcome === 'moved')
      return `${opened} The branch ${branch} this run created was left, because someone else pushed to it since.`;
    return `${opened} The branch ${branch} this run created was deleted again; nothing else was written.`;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return `${opened} The branch ${branch} this run created could not be deleted (${why}); the next run resets it.`;
  }
}
