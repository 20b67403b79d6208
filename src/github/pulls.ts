import { decodeMarker, hasMarker, type MarkerDecoded } from '../pr/marker.js';
import { errorStatus, explainGitHubError, gitHubMessage, type Permission } from './errors.js';
import { call, repositoryName, type RepoContext } from './repo.js';

/** One of the bot's PRs as GitHub lists it. */
export interface BotPull {
  number: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
  merged: boolean;
  /** null for a PR seen only through the issues API (its branch was deleted). */
  headRef: string | null;
  headSha: string | null;
  labels: string[];
  body: string;
  marker: MarkerDecoded;
}

export interface BotPullSearch {
  /** PRs on the bot's branch (or whose marker names it) whose body carries a marker. */
  pulls: BotPull[];
  /** Open PRs on the bot's branch without a marker: not the bot's, and the branch must not be reset under them. */
  unmarkedOpen: Array<{ number: number; url: string }>;
}

export interface PullRef {
  number: number;
  url: string;
}

interface ListedPull {
  number: number;
  html_url: string;
  title: string;
  state: string;
  merged_at: string | null;
  head: { ref: string; sha: string };
  body: string | null;
  labels: Array<{ name?: string }>;
}

interface ListedIssue {
  number: number;
  html_url: string;
  title: string;
  state: string;
  body?: string | null;
  labels: Array<string | { name?: string }>;
  pull_request?: { merged_at?: string | null };
}

/**
 * The bot's PRs: `pulls?state=all&head=OWNER:BRANCH` (GitHub silently ignores a bare branch
 * name) together with the issues under the bot's label, so a branch deleted after a merge does
 * not make the bot forget. Two requests (more only past 100 PRs of either); one without a label.
 */
export async function findBotPulls(
  ctx: RepoContext,
  options: { branch: string; label: string | null },
): Promise<BotPullSearch> {
  const { octokit, owner, repo } = ctx;
  const listed = await call(ctx, `list pull requests from ${options.branch}`, 'pull-requests: read', () =>
    octokit.paginate(octokit.rest.pulls.list, {
      owner,
      repo,
      state: 'all',
      head: `${owner}:${options.branch}`,
      per_page: 100,
    }),
  );
  const issues =
    options.label === null
      ? []
      : await call(ctx, `list issues labelled ${options.label}`, 'pull-requests: read', () =>
          octokit.paginate(octokit.rest.issues.listForRepo, {
            owner,
            repo,
            state: 'all',
            labels: options.label!,
            per_page: 100,
          }),
        );

  const byNumber = new Map<number, BotPull>();
  const unmarkedOpen: BotPullSearch['unmarkedOpen'] = [];
  for (const pull of listed as ListedPull[]) {
    if (pull.head.ref !== options.branch) continue;
    if (!hasMarker(pull.body)) {
      if (pull.state === 'open') unmarkedOpen.push({ number: pull.number, url: pull.html_url });
      continue;
    }
    byNumber.set(pull.number, fromPull(pull));
  }
  for (const issue of issues as ListedIssue[]) {
    if (!issue.pull_request || byNumber.has(issue.number) || !hasMarker(issue.body)) continue;
    const pull = fromIssue(issue);
    // Without the pulls API's head ref, the marker's own record of its branch decides.
    if ('marker' in pull.marker && pull.marker.marker.branch !== options.branch) continue;
    byNumber.set(pull.number, pull);
  }
  return {
    pulls: [...byNumber.values()].sort((a, b) => a.number - b.number),
    unmarkedOpen: unmarkedOpen.sort((a, b) => a.number - b.number),
  };
}

function fromPull(pull: ListedPull): BotPull {
  const body = pull.body ?? '';
  return {
    number: pull.number,
    url: pull.html_url,
    title: pull.title,
    state: pull.state === 'open' ? 'open' : 'closed',
    merged: pull.merged_at !== null,
    headRef: pull.head.ref,
    headSha: pull.head.sha,
    labels: pull.labels.map((l) => l.name ?? '').filter((n) => n !== ''),
    body,
    marker: decodeMarker(body),
  };
}

function fromIssue(issue: ListedIssue): BotPull {
  const body = issue.body ?? '';
  return {
    number: issue.number,
    url: issue.html_url,
    title: issue.title,
    state: issue.state === 'open' ? 'open' : 'closed',
    merged: Boolean(issue.pull_request?.merged_at),
    headRef: null,
    headSha: null,
    labels: issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((n) => n !== ''),
    body,
    marker: decodeMarker(body),
  };
}

export interface PullDetails extends PullRef {
  state: 'open' | 'closed';
  headSha: string;
  /** null while GitHub is still computing it. */
  mergeable: boolean | null;
}

/** `GET pulls/{n}`: the only listing that says whether the PR still merges cleanly. */
export async function getPull(ctx: RepoContext, number: number): Promise<PullDetails> {
  return call(ctx, `read pull request #${number}`, 'pull-requests: read', async () => {
    const { data } = await ctx.octokit.rest.pulls.get({
      owner: ctx.owner,
      repo: ctx.repo,
      pull_number: number,
    });
    return {
      number: data.number,
      url: data.html_url,
      state: data.state === 'open' ? 'open' : 'closed',
      headSha: data.head.sha,
      mergeable: data.mergeable,
    };
  });
}

export interface NewPull {
  title: string;
  body: string;
  head: string;
  base: string;
  draft: boolean;
}

/**
 * `POST pulls`. If the PR already exists (the response to an earlier attempt was lost and the
 * request retried), the open PR from the same branch that carries a marker is returned instead.
 */
export async function createPull(ctx: RepoContext, pull: NewPull): Promise<PullRef & { reused: boolean }> {
  const { octokit, owner, repo } = ctx;
  try {
    const { data } = await octokit.rest.pulls.create({ owner, repo, ...pull });
    return { number: data.number, url: data.html_url, reused: false };
  } catch (error) {
    const failed = {
      action: 'open the pull request',
      permission: 'pull-requests: write' as const,
      repository: repositoryName(ctx),
    };
    if (errorStatus(error) !== 422 || !/already exists/i.test(gitHubMessage(error)))
      throw explainGitHubError(error, failed);
    const open = await call(ctx, `list pull requests from ${pull.head}`, 'pull-requests: read', () =>
      octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${pull.head}`, per_page: 10 }),
    );
    const existing = open.data.find((p) => p.head.ref === pull.head && hasMarker(p.body));
    if (!existing) throw explainGitHubError(error, failed);
    return { number: existing.number, url: existing.html_url, reused: true };
  }
}

export interface PullUpdate {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
}

/** `PATCH pulls/{n}`: title, body and state in one request. */
export async function updatePull(ctx: RepoContext, number: number, update: PullUpdate): Promise<PullRef> {
  return call(ctx, `update pull request #${number}`, 'pull-requests: write', async () => {
    const { data } = await ctx.octokit.rest.pulls.update({
      owner: ctx.owner,
      repo: ctx.repo,
      pull_number: number,
      ...update,
    });
    return { number: data.number, url: data.html_url };
  });
}

/**
 * Extras that must not fail the run (SPEC §6): a label that cannot be created (no `issues: write`),
 * a reviewer who is the PR's author, an assignee without access. Each returns warnings.
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
