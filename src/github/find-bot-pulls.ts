import { decodeMarker, hasMarker, type MarkerDecoded } from '../pr/marker.js';
import { inBranchFamily } from './branch-family.js';
import { call, type RepoContext } from './repo-context.js';

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
  /** PRs on the bot's branch (or whose marker names it or a fresh branch of it) whose body carries a marker. */
  pulls: BotPull[];
  /** Open PRs on the bot's branch without a marker: not the bot's, and the branch must not be reset under them. */
  unmarkedOpen: Array<{ number: number; url: string }>;
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
  return botPullsIn(listed as ListedPull[], issues as ListedIssue[], options.branch);
}

function botPullsIn(listed: ListedPull[], issues: ListedIssue[], branch: string): BotPullSearch {
  const byNumber = new Map<number, BotPull>();
  const unmarkedOpen: BotPullSearch['unmarkedOpen'] = [];
  for (const pull of listed) {
    if (pull.head.ref !== branch) continue;
    if (!hasMarker(pull.body)) {
      if (pull.state === 'open') unmarkedOpen.push({ number: pull.number, url: pull.html_url });
      continue;
    }
    byNumber.set(pull.number, fromPull(pull));
  }
  for (const issue of issues) {
    if (!issue.pull_request || byNumber.has(issue.number) || !hasMarker(issue.body)) continue;
    const pull = fromIssue(issue);
    // Without the pulls API's head ref, the marker's own record of its branch decides: the bot's
    // branch, or a fresh one it opened when a rule kept it from reusing it (`branch-2`, …).
    if ('marker' in pull.marker && !inBranchFamily(pull.marker.marker.branch, branch)) continue;
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
