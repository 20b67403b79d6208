import { hasMarker } from '../pr/marker.js';
import { errorStatus, explainGitHubError } from './errors.js';
import { gitHubSays } from './error-body.js';
import { call, failedAction, type RepoContext } from './repo-context.js';

export interface PullRef {
  number: number;
  url: string;
}

export interface PullDetails extends PullRef {
  state: 'open' | 'closed';
  headRef: string;
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
      headRef: data.head.ref,
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
export async function createPull(ctx: RepoContext, pull: NewPull): Promise<PullRef> {
  const { octokit, owner, repo } = ctx;
  try {
    const { data } = await octokit.rest.pulls.create({ owner, repo, ...pull });
    return { number: data.number, url: data.html_url };
  } catch (error) {
    const failed = failedAction(ctx, 'open the pull request', 'pull-requests: write');
    if (errorStatus(error) !== 422 || !gitHubSays(error, /already exists/i))
      throw explainGitHubError(error, failed);
    const open = await call(ctx, `list pull requests from ${pull.head}`, 'pull-requests: read', () =>
      octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${pull.head}`, per_page: 10 }),
    );
    const existing = open.data.find((p) => p.head.ref === pull.head && hasMarker(p.body));
    if (!existing) throw explainGitHubError(error, failed);
    return { number: existing.number, url: existing.html_url };
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
