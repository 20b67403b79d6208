import { afterEach, describe, expect, it } from '@jest/globals';
import { GitHubRequestError } from '../../src/github/errors.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { getDefaultBranch } from '../../src/github/branches.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { startFakeGitHub, type FakeSetup } from './setup.js';

let setup: FakeSetup | null = null;
afterEach(async () => {
  await setup?.fake.close();
  setup = null;
});

describe('createGitHubClient against a local GitHub', () => {
  it('sends the token and counts every request through the hook', async () => {
    setup = await startFakeGitHub({ defaultBranch: 'trunk' });
    expect(await getDefaultBranch(setup.ctx)).toBe('trunk');
    expect(setup.requests).toEqual([
      { method: 'GET', url: `${setup.fake.url}/repos/octo/papers`, status: 200 },
    ]);
  });

  it('works under a GitHub Enterprise Server path prefix', async () => {
    setup = await startFakeGitHub({ apiPrefix: '/api/v3' });
    expect(setup.fake.url.endsWith('/api/v3')).toBe(true);
    expect(await getDefaultBranch(setup.ctx)).toBe('main');
    expect(setup.fake.log.map((r) => r.path)).toEqual(['/repos/octo/papers']);
  });

  it('retries a 502 and succeeds, each attempt a separate request', async () => {
    setup = await startFakeGitHub();
    setup.fake.failNext(2, { status: 502 });
    expect(await getDefaultBranch(setup.ctx)).toBe('main');
    expect(setup.requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('gives up after the configured retries with a message naming the action and the status', async () => {
    setup = await startFakeGitHub();
    setup.fake.failNext(10, { status: 503, message: 'Service Unavailable' });
    const error = await getDefaultBranch(setup.ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubRequestError);
    expect((error as Error).message).toBe(
      'could not read the repository in octo/papers: 503 Service Unavailable',
    );
    expect(setup.requests).toHaveLength(4);
  });

  it('retries after a dropped connection', async () => {
    setup = await startFakeGitHub();
    setup.fake.dropConnection({ path: '' });
    expect(await getDefaultBranch(setup.ctx)).toBe('main');
    expect(setup.requests.map((r) => r.status)).toEqual([null, 200]);
  });

  it('waits out a secondary rate limit (403 with retry-after) and says so', async () => {
    setup = await startFakeGitHub();
    setup.fake.secondaryRateLimit(2, { retryAfterSeconds: 5 });
    expect(await getDefaultBranch(setup.ctx)).toBe('main');
    expect(setup.requests.map((r) => r.status)).toEqual([403, 403, 200]);
    expect(setup.warnings).toEqual([
      expect.stringMatching(/^GitHub secondary rate limit on GET .*; retrying in 5 s$/),
      expect.stringMatching(/^GitHub secondary rate limit on GET .*; retrying in 5 s$/),
    ]);
  });

  it('waits out a 429 secondary rate limit too', async () => {
    setup = await startFakeGitHub();
    setup.fake.secondaryRateLimit(1, { retryAfterSeconds: 2, status: 429 });
    expect(await getDefaultBranch(setup.ctx)).toBe('main');
    expect(setup.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('waits for the primary rate limit to reset when that is soon', async () => {
    setup = await startFakeGitHub();
    setup.fake.primaryRateLimit(1, Math.floor(Date.now() / 1000) + 2);
    expect(await getDefaultBranch(setup.ctx)).toBe('main');
    expect(setup.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(setup.warnings).toEqual([
      expect.stringMatching(/^GitHub rate limit on GET .*; retrying in \d s$/),
    ]);
  });

  it('stops retrying a secondary rate limit after the bound and reports it', async () => {
    setup = await startFakeGitHub();
    setup.fake.secondaryRateLimit(10, { retryAfterSeconds: 1 });
    const error = await getDefaultBranch(setup.ctx).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /could not read the repository in octo\/papers: 403 You have exceeded a secondary rate limit/,
    );
    expect(setup.requests).toHaveLength(3);
    expect(setup.warnings[setup.warnings.length - 1]).toMatch(/not retrying/);
  });

  it('does not wait for a rate limit longer than the job should', async () => {
    const fake = await FakeGitHub.start();
    const warnings: string[] = [];
    const octokit = createGitHubClient({
      token: 't',
      baseUrl: fake.url,
      log: { debug: () => {}, info: () => {}, warn: (m) => warnings.push(m), error: () => {} },
      retry: { baseMs: 1 },
      throttle: { spacing: 'none', msPerSecond: 1, maxWaitSeconds: 60 },
    });
    fake.secondaryRateLimit(1, { retryAfterSeconds: 3600 });
    await expect(getDefaultBranch({ octokit, owner: fake.owner, repo: fake.repo })).rejects.toThrow(
      /secondary rate limit/,
    );
    expect(warnings).toEqual([expect.stringMatching(/not retrying .*wait 3600 s/)]);
    await fake.close();
  });
});
