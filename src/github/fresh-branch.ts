import { branchSuffix, suffixedBranch } from './branch-family.js';
import { createBranch, createRef, moveBranch } from './branches.js';
import { GitHubConflictError, ResetRefusedError, RuleViolationError } from './errors.js';
import { hasMarker } from '../pr/marker.js';
import { addLabels } from './pull-extras.js';
import { call } from './repo-context.js';
import type { RepoContext } from './repo-context.js';
import { rulesPhrase } from './rule-violation.js';

/** Fresh branches tried before giving up: each one that exists already is left alone. */
const TRIES = 5;

export interface ClaimedBranch {
  /** The branch the new PR is opened from. */
  branch: string;
  how: 'created' | 'reset';
  /** What a rule refused and what the bot did instead, in one line; null when nothing was refused. */
  note: string | null;
}

export interface BranchClaim {
  branch: string;
  sha: string;
  /** A merged or closed PR of the bot's still lists the branch. */
  likelyExists: boolean;
  /**
   * The branches of the bot's PRs known to this run; null when the bot could not find a PR on a
   * fresh branch again (it finds those through its label only), so it must not open one.
   */
  knownBranches: readonly string[] | null;
  /** The labels the bot's PRs carry (how it finds a PR on a fresh branch). */
  labels: readonly string[];
}

/**
 * The bot's branch at `sha`, created or reset. When a repository rule refuses the reset (a closed
 * PR's leftover branch, which only a force move brings back to the base), the PR goes on a fresh
 * branch instead: `branch-N`, above every suffix the bot has used. A fresh branch that exists
 * already is never forced: it is used when it moves forward to `sha` (it holds nothing the base
 * lacks: an earlier run's, stopped before its commit), otherwise the next number is tried.
 */
export async function claimBranch(ctx: RepoContext, claim: BranchClaim): Promise<ClaimedBranch> {
  try {
    const how = await createBranch(ctx, claim.branch, claim.sha, { likelyExists: claim.likelyExists });
    return { branch: claim.branch, how, note: null };
  } catch (error) {
    if (!(error instanceof ResetRefusedError)) throw error;
    return freshBranch(ctx, claim, error);
  }
}

async function freshBranch(
  ctx: RepoContext,
  claim: BranchClaim,
  refusal: ResetRefusedError,
): Promise<ClaimedBranch> {
  if (claim.knownBranches === null) {
    throw new RuleViolationError(
      `${refusal.message} Or set a label (input labels, or pull-request.labels): with one, the bot opens its ` +
        `pull request from a fresh branch (${suffixedBranch(claim.branch, 2)}) and finds it again by the label.`,
      refusal.rules,
    );
  }
  const used = claim.knownBranches.map((name) => branchSuffix(name, claim.branch) ?? 1);
  const first = Math.max(1, ...used) + 1;
  for (let n = first; n < first + TRIES; n += 1) {
    const branch = suffixedBranch(claim.branch, n);
    if (!(await createRef(ctx, branch, claim.sha)) && !(await movesForward(ctx, claim, branch))) continue;
    const note =
      `a repository rule (${rulesPhrase(refusal.rules)}) refused moving the leftover branch ${claim.branch} ` +
      `back to the base; the bot opened the pull request from a fresh branch, ${branch}, instead`;
    return { branch, how: 'created', note };
  }
  const last = suffixedBranch(claim.branch, first + TRIES - 1);
  throw new RuleViolationError(
    `${refusal.message} The bot's fresh branches ${suffixedBranch(claim.branch, first)} to ${last} exist ` +
      'already: delete the ones no open pull request uses.',
    refusal.rules,
  );
}

/**
 * A fresh branch that exists already: moved to `sha` when that is a fast-forward (never forced).
 * Otherwise an earlier run committed on it; if it opened a PR there and stopped before labelling
 * it, this run labels it and starts again, so that it finds the PR instead of opening another.
 */
async function movesForward(ctx: RepoContext, claim: BranchClaim, branch: string): Promise<boolean> {
  try {
    await moveBranch(ctx, branch, claim.sha, { force: false });
    return true;
  } catch (error) {
    if (!(error instanceof GitHubConflictError)) throw error;
  }
  const { owner, repo, octokit } = ctx;
  const open = await call(ctx, `list pull requests from ${branch}`, 'pull-requests: read', () =>
    octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${branch}`, per_page: 10 }),
  );
  const lost = open.data.find((pull) => pull.head.ref === branch && hasMarker(pull.body));
  if (lost === undefined || claim.labels.length === 0) return false;
  await addLabels(ctx, lost.number, claim.labels);
  throw new GitHubConflictError(
    `pull request #${lost.number} on ${branch} was opened by an earlier run that stopped before labelling it; labelled it`,
  );
}
