import { afterEach, describe, expect, it } from '@jest/globals';
import { BRANCH, onTopic, startWorld, type World } from './harness.js';

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

describe('a lost answer to POST /pulls', () => {
  it('is recovered in the same run: the PR is found, labelled, and gets its reviewers and assignees', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    // GitHub opens the PR, then the connection drops before the answer arrives; Octokit sends the
    // request again and GitHub answers 422 with "already exists" inside errors[].
    world.github.dropConnection({ method: 'POST', path: '/pulls' }, 1, { afterHandling: true });
    const result = await world.night({ reviewers: 'alice, octo/maintainers', assignees: 'bob' });
    expect(result.error).toBe('');
    expect(result.outputs['pull-request-operation']).toBe('created');
    const open = world.github.openPulls();
    expect(open.map((p) => p.number)).toEqual([Number(result.outputs['pull-request-number'])]);
    expect(open[0]).toMatchObject({
      headRef: BRANCH,
      labels: ['arxiv-curator'],
      reviewers: ['alice'],
      teamReviewers: ['maintainers'],
      assignees: ['bob'],
    });
    const pullRequests = result.github.filter((r) => r.path.endsWith('/pulls'));
    expect(pullRequests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'GET 200', // the bot's PRs, at the start of the run
      'POST null', // opened, answer lost
      'POST 422', // Validation Failed: A pull request already exists for …
      'GET 200', // the open PR from the bot's branch
    ]);
    expect(result.stdout).not.toMatch(/::warning::/);
    console.log(`lost POST /pulls, recovered: ${result.github.length} GitHub requests`);

    const next = await world.night({ reviewers: 'alice, octo/maintainers', assignees: 'bob' });
    expect(next.outputs['pull-request-operation']).toBe('unchanged');
    expect(world.github.openPulls()).toHaveLength(1);
  });
});
