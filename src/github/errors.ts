import { describeGitHubError, readGitHubError } from './error-body.js';
import { refusingRules, rulesPhrase } from './rule-violation.js';

/**
 * Errors from GitHub, typed where the run branches on them; every message says what failed, on
 * what, and what to do.
 */

/** A token or repository set-up mistake: retrying cannot help, the maintainer must change something. */
export class GitHubSetupError extends Error {
  override name = 'GitHubSetupError';
}

/** The list file is not on the branch. */
export class ListFileNotFoundError extends Error {
  override name = 'ListFileNotFoundError';
  constructor(
    readonly path: string,
    readonly branch: string,
  ) {
    super(
      `the list file ${path} was not found on branch ${branch}: set list-path (or list.path in the config file) to the file to keep up to date`,
    );
  }
}

export class BranchNotFoundError extends Error {
  override name = 'BranchNotFoundError';
  constructor(readonly branch: string) {
    super(
      `branch ${branch} was not found in the repository: check base-branch (or pull-request.base-branch)`,
    );
  }
}

/**
 * Something moved under the run (a branch, a file) between its reads and its writes. The run can
 * start again from the top once: it will read the new state and converge.
 */
export class GitHubConflictError extends Error {
  override name = 'GitHubConflictError';
}

/** Any other GitHub failure, with the action that failed. */
export class GitHubRequestError extends Error {
  override name = 'GitHubRequestError';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/** The permission a failed request needed, as written in a workflow's `permissions:` block. */
export type Permission =
  'contents: read' | 'contents: write' | 'pull-requests: read' | 'pull-requests: write' | 'issues: write';

export interface FailedAction {
  /** What the bot was doing, as a phrase: `create branch arxiv-curator/new-papers`. */
  action: string;
  permission: Permission;
  /** `owner/repo`, for messages that name repository settings. */
  repository: string;
}

export function errorStatus(error: unknown): number | null {
  return readGitHubError(error).status;
}

/**
 * GitHub's own words, without Octokit's documentation-URL suffix: the message and, where GitHub
 * puts the reason (a 422 "Validation Failed"), each `errors[].message`.
 */
export function gitHubMessage(error: unknown): string {
  return describeGitHubError(readGitHubError(error));
}

/**
 * A repository rule (a ruleset, or branch protection) refused a write. The run branches on it: a
 * refused force-push falls back to a commit on top; a refused reset to a fresh branch.
 */
export class RuleViolationError extends GitHubSetupError {
  override name = 'RuleViolationError';
  constructor(
    message: string,
    /** The rules GitHub named, in its words (may be empty). */
    readonly rules: string[],
  ) {
    super(message);
  }
}

/** A rule refused moving a leftover branch of the bot's back to the base (a force move). */
export class ResetRefusedError extends RuleViolationError {
  override name = 'ResetRefusedError';
  constructor(
    readonly branch: string,
    refusal: RuleViolationError,
  ) {
    super(refusal.message, refusal.rules);
  }
}

const NOT_PERMITTED_TO_CREATE_PRS = 'GitHub Actions is not permitted to create or approve pull requests';

/** Turns an Octokit error into the error the run reports (typed where it branches). */
export function explainGitHubError(error: unknown, failed: FailedAction): Error {
  const status = errorStatus(error);
  const message = gitHubMessage(error);
  const prefix = `could not ${failed.action} in ${failed.repository}`;
  const rules = refusingRules(error);

  if (rules !== null) {
    return new RuleViolationError(
      `${prefix}: a repository rule refused it (${rulesPhrase(rules)}). Change the rule under Settings → Rules → ` +
        "Rulesets (or Settings → Branches for branch protection): exclude the bot's branch from its target " +
        'branches, or run the bot with a GitHub App token and add that App to the bypass list; or set the branch ' +
        'input (pull-request.branch) to a branch the rules allow.',
      rules,
    );
  }

  if (status === 403 && message.includes(NOT_PERMITTED_TO_CREATE_PRS)) {
    return new GitHubSetupError(
      `${prefix}: ${NOT_PERMITTED_TO_CREATE_PRS}. Turn on Settings → Actions → General → Workflow permissions → ` +
        '"Allow GitHub Actions to create and approve pull requests" (for an organisation repository, allow it in ' +
        "the organisation's Actions settings first), or pass a GitHub App or personal access token as github-token.",
    );
  }
  if (status === 403 && /resource not accessible by (integration|personal access token)/i.test(message)) {
    return new GitHubSetupError(
      `${prefix}: the token lacks the "${failed.permission}" permission (403 ${message}). Grant it in the ` +
        `workflow, e.g.\n  permissions:\n    contents: write\n    pull-requests: write`,
    );
  }
  if (status === 401) {
    return new GitHubSetupError(
      `${prefix}: GitHub rejected the token (401 ${message}). Check the github-token input (it defaults to the workflow's GITHUB_TOKEN).`,
    );
  }
  if (status === 409 || (status === 422 && isMovedRefMessage(message))) {
    return new GitHubConflictError(
      `${prefix}: it changed while the run was working (${status} ${message}); run again`,
    );
  }
  if (status === 404) {
    return new GitHubRequestError(
      `${prefix}: 404 ${message} (the repository or the pull request does not exist, or the token cannot see it)`,
      status,
    );
  }
  const shown = status === null ? message : `${status} ${message}`;
  return new GitHubRequestError(`${prefix}: ${shown}`, status);
}

function isMovedRefMessage(message: string): boolean {
  return /not a fast.forward|reference already exists|reference does not exist|does not match|is at [0-9a-f]+ but expected/i.test(
    message,
  );
}

/**
 * What a failed write left in the repository, in words for the job summary: set on the error by
 * the write that failed (e.g. "the branch … it had created was deleted again").
 */
export function withAftermath<E>(error: E, aftermath: string): E {
  if (error instanceof Error) Object.assign(error, { aftermath });
  return error;
}

export function aftermathOf(error: unknown): string | null {
  const value = (error as { aftermath?: unknown } | null)?.aftermath;
  return typeof value === 'string' ? value : null;
}
