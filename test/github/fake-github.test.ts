import { afterEach, describe, expect, it } from '@jest/globals';
import { createBranch, moveBranch } from '../../src/github/branches.js';
import { createPull } from '../../src/github/pulls.js';
import { startFakeGitHub, type FakeSetup } from './setup.js';

/** The fake must behave like GitHub where the bot's safety depends on it. */
let setup: FakeSetup;
afterEach(async () => {
  await setup.fake.close();
});

async function openPullOnBranch(): Promise<number> {
  setup = await startFakeGitHub({ files: { 'README.md': 'list\n' } });
  await createBranch(setup.ctx, 'bot', setup.fake.branchSha('main')!);
  setup.fake.pushCommit('bot', 'README.md', 'list\n- new\n');
  return (await createPull(setup.ctx, { title: 't', body: 'b', head: 'bot', base: 'main', draft: false }))
    .number;
}

describe('FakeGitHub', () => {
  it('closes a PR whose head is reset into its base (why a rebuild never resets the branch first)', async () => {
    const number = await openPullOnBranch();
    await moveBranch(setup.ctx, 'bot', setup.fake.branchSha('main')!, { force: true });
    expect(setup.fake.pull(number)).toMatchObject({ state: 'closed', merged: false });
  });

  it('marks a PR merged when its base comes to contain its head', async () => {
    const number = await openPullOnBranch();
    await moveBranch(setup.ctx, 'main', setup.fake.branchSha('bot')!, { force: false });
    expect(setup.fake.pull(number)).toMatchObject({ state: 'closed', merged: true });
  });

  it('merges with a merge commit that has both parents and the head version of changed files', async () => {
    const number = await openPullOnBranch();
    const base = setup.fake.editBaseFile('OTHER.md', 'other\n');
    const merge = setup.fake.mergePull(number);
    expect(setup.fake.commit(merge).parents).toEqual([base, setup.fake.branchSha('bot')]);
    expect(setup.fake.fileAt('main', 'README.md')).toBe('list\n- new\n');
    expect(setup.fake.fileAt('main', 'OTHER.md')).toBe('other\n');
  });

  it('computes mergeable from both sides changing the same file', async () => {
    const number = await openPullOnBranch();
    setup.fake.editBaseFile('OTHER.md', 'other\n');
    expect(
      (await setup.octokit.rest.pulls.get({ owner: 'octo', repo: 'papers', pull_number: number })).data
        .mergeable,
    ).toBe(true);
    setup.fake.editBaseFile('README.md', 'list\n- by hand\n');
    expect(
      (await setup.octokit.rest.pulls.get({ owner: 'octo', repo: 'papers', pull_number: number })).data
        .mergeable,
    ).toBe(false);
  });

  it('closes an open PR whose branch is deleted, and ignores a bare head filter as GitHub does', async () => {
    const number = await openPullOnBranch();
    const bare = await setup.octokit.rest.pulls.list({
      owner: 'octo',
      repo: 'papers',
      head: 'no-such-branch',
      state: 'all',
    });
    expect(bare.data.map((p) => p.number)).toEqual([number]);
    setup.fake.deleteBranch('bot');
    expect(setup.fake.pull(number).state).toBe('closed');
  });

  it('refuses a PR without commits', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': 'list\n' } });
    await createBranch(setup.ctx, 'empty', setup.fake.branchSha('main')!);
    await expect(
      createPull(setup.ctx, { title: 't', body: 'b', head: 'empty', base: 'main', draft: false }),
    ).rejects.toThrow(/422 Validation Failed: No commits between main and empty$/);
  });

  // GitHub's answers as its REST documentation and real responses show them.
  it('answers a second PR from the same branch with the sentence only inside errors[]', async () => {
    const number = await openPullOnBranch();
    const error = (await setup.octokit.rest.pulls
      .create({ owner: 'octo', repo: 'papers', title: 't', head: 'bot', base: 'main' })
      .catch((e: unknown) => e)) as { status: number; response: { data: unknown } };
    expect(number).toBe(1);
    expect(error.status).toBe(422);
    expect(error.response.data).toEqual({
      message: 'Validation Failed',
      errors: [
        { resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for octo:bot.' },
      ],
      documentation_url: 'https://docs.github.com/rest',
    });
  });

  it('refuses a force-push, a creation and a deletion that rulesets forbid, as GitHub words them', async () => {
    const number = await openPullOnBranch();
    setup.fake.addRuleset({
      branches: ['bot', 'bots/**'],
      nonFastForward: true,
      creation: true,
      deletion: true,
    });
    const { octokit } = setup;
    const refused = (request: Promise<unknown>) =>
      request.then(
        () => null,
        (e: { status: number; response: { data: { message: string; status: string } } }) => [
          e.status,
          e.response.data.message,
          e.response.data.status,
        ],
      );
    const main = setup.fake.branchSha('main')!;
    expect(
      await refused(
        octokit.rest.git.updateRef({
          owner: 'octo',
          repo: 'papers',
          ref: 'heads/bot',
          sha: main,
          force: true,
        }),
      ),
    ).toEqual([422, 'Repository rule violations found\n\nCannot force-push to this branch\n\n', '422']);
    expect(
      await refused(
        octokit.rest.git.createRef({ owner: 'octo', repo: 'papers', ref: 'refs/heads/bots/a/b', sha: main }),
      ),
    ).toEqual([
      422,
      'Repository rule violations found\n\nCannot create ref due to creations being restricted.\n\n',
      '422',
    ]);
    expect(
      await refused(octokit.rest.git.deleteRef({ owner: 'octo', repo: 'papers', ref: 'heads/bot' })),
    ).toEqual([422, 'Repository rule violations found\n\nCannot delete this branch\n\n', '422']);
    // A fast-forward is not a force-push: allowed; a branch outside the patterns is not ruled.
    const ahead = setup.fake.pushCommit('main', 'README.md', 'list\n- other\n');
    await octokit.rest.git.createRef({ owner: 'octo', repo: 'papers', ref: 'refs/heads/bots-x', sha: ahead });
    expect(setup.fake.pull(number).state).toBe('open');
  });
});
