import type { Octokit } from '@octokit/rest';
import { explainGitHubError, type FailedAction, type Permission } from './errors.js';

/**
 * The repository the bot works on, reached through the REST API only (no git binary, no shell,
 * SPEC §8). Each request function in src/github is one request unless it says otherwise, so the
 * run can count its budget (§9).
 */
export interface RepoContext {
  octokit: Octokit;
  owner: string;
  repo: string;
}

/** What `explainGitHubError` needs to say what failed, in which repository, and what to grant. */
export function failedAction(ctx: RepoContext, action: string, permission: Permission): FailedAction {
  return { action, permission, repository: `${ctx.owner}/${ctx.repo}` };
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
    throw explainGitHubError(error, failedAction(ctx, action, permission));
  }
}
