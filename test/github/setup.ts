import { createGitHubClient, type GitHubClient, type GitHubRequestRecord } from '../../src/github/octokit.js';
import type { RepoContext } from '../../src/github/repo-context.js';
import { FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';

export interface FakeSetup {
  fake: FakeGitHub;
  octokit: GitHubClient;
  ctx: RepoContext;
  /** Every HTTP request Octokit made, as counted by the client's hook. */
  requests: GitHubRequestRecord[];
  warnings: string[];
}

/** A fake GitHub and a real Octokit pointed at it, tuned so that nothing waits for real. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeSetup> {
  const fake = await FakeGitHub.start(options);
  const requests: GitHubRequestRecord[] = [];
  const warnings: string[] = [];
  const octokit = createGitHubClient({
    token: 'test-token',
    baseUrl: fake.url,
    onRequest: (record) => requests.push(record),
    log: { debug: () => {}, info: () => {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) },
    retry: { retries: 3, baseMs: 1 },
    throttle: { spacing: 'none', msPerSecond: 1, maxRetries: 2 },
  });
  return { fake, octokit, ctx: { octokit, owner: fake.owner, repo: fake.repo }, requests, warnings };
}
