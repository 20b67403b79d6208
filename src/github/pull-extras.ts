import { errorStatus, gitHubMessage, type Permission } from './errors.js';
import type { RepoContext } from './repo-context.js';

/**
 * Labels, reviewers and assignees: extras that must not fail the run (SPEC §6). A label that
 * cannot be created (no `issues: write`), a reviewer who is the PR's author, an assignee without
 * access: each returns warnings instead of throwing.
 */
export async function addLabels(
  ctx: RepoContext,
  number: number,
  labels: readonly string[],
): Promise<string[]> {
  if (labels.length === 0) return [];
  return bestEffort(`add labels ${labels.join(', ')} to #${number}`, 'issues: write', async () => {
    await ctx.octokit.rest.issues.addLabels({
      owner: ctx.owner,
      repo: ctx.repo,
      issue_number: number,
      labels: [...labels],
    });
  });
}

/** Users by login; teams as `org/team-slug`. */
export async function requestReviewers(
  ctx: RepoContext,
  number: number,
  reviewers: readonly string[],
): Promise<string[]> {
  if (reviewers.length === 0) return [];
  const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.slice(r.indexOf('/') + 1));
  const users = reviewers.filter((r) => !r.includes('/'));
  return bestEffort(
    `request reviews from ${reviewers.join(', ')} on #${number}`,
    'pull-requests: write',
    async () => {
      await ctx.octokit.rest.pulls.requestReviewers({
        owner: ctx.owner,
        repo: ctx.repo,
        pull_number: number,
        reviewers: users,
        team_reviewers: teams,
      });
    },
  );
}

export async function addAssignees(
  ctx: RepoContext,
  number: number,
  assignees: readonly string[],
): Promise<string[]> {
  if (assignees.length === 0) return [];
  return bestEffort(`assign ${assignees.join(', ')} to #${number}`, 'issues: write', async () => {
    await ctx.octokit.rest.issues.addAssignees({
      owner: ctx.owner,
      repo: ctx.repo,
      issue_number: number,
      assignees: [...assignees],
    });
  });
}

async function bestEffort(
  action: string,
  permission: Permission,
  run: () => Promise<void>,
): Promise<string[]> {
  try {
    await run();
    return [];
  } catch (error) {
    const status = errorStatus(error);
    const hint = status === 403 ? ` (the token may need "${permission}")` : '';
    return [`could not ${action}: ${status ?? 'network error'} ${gitHubMessage(error)}${hint}`];
  }
}
