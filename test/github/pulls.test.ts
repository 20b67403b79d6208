import { afterEach, describe, expect, it } from '@jest/globals';
import { GitHubSetupError } from '../../src/github/errors.js';
import { createBranch } from '../../src/github/branches.js';
import { findBotPulls } from '../../src/github/find-bot-pulls.js';
import { addAssignees, addLabels, requestReviewers } from '../../src/github/pull-extras.js';
import { createPull, getPull, updatePull } from '../../src/github/pulls.js';
import { encodeMarker, type MarkerData } from '../../src/pr/marker.js';
import { startFakeGitHub, type FakeSetup } from './setup.js';

const BRANCH = 'arxiv-curator/new-papers';
const LABEL = 'arxiv-curator';

let setup: FakeSetup;
afterEach(async () => {
  await setup.fake.close();
});

function markerBody(branch = BRANCH, ids: string[] = ['2611.00001']): string {
  const marker: MarkerData = {
    listPath: 'README.md',
    branch,
    headSha: 'a'.repeat(40),
    previousHeadSha: null,
    baseSha: 'b'.repeat(40),
    proposed: ids.map((id) => ({ id, version: 1, title: id })),
    removed: [],
    queue: [],
    queueDropped: 0,
    run: null,
    windowEnd: null,
    foreignCommits: false,
    closedByBot: false,
    baseFile: null,
  };
  return `Body\n\n${encodeMarker(marker)}\n`;
}

/** A PR from `branch` with one commit on it, opened through the API. */
async function openPull(branch: string, body: string, labels: string[] = [LABEL]): Promise<number> {
  const { ctx, fake } = setup;
  if (!fake.branchSha(branch)) await createBranch(ctx, branch, fake.branchSha('main')!);
  fake.pushCommit(branch, 'README.md', (old) => `${old ?? ''}- entry on ${branch}\n`);
  const pull = await createPull(ctx, { title: 't', body, head: branch, base: 'main', draft: false });
  await addLabels(ctx, pull.number, labels);
  return pull.number;
}

describe('findBotPulls', () => {
  it('asks for head=OWNER:BRANCH and the label, in two requests, and keeps only marked PRs on the branch', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    const mine = await openPull(BRANCH, markerBody());
    await openPull('feature', markerBody('feature'), [LABEL]);
    await openPull('other', 'A human PR with the label', [LABEL]);
    setup.fake.createIssue('An issue with the label', [LABEL], markerBody());
    setup.fake.clearLog();

    const found = await findBotPulls(setup.ctx, { branch: BRANCH, label: LABEL });
    expect(found.pulls.map((p) => p.number)).toEqual([mine]);
    expect(found.pulls[0]).toMatchObject({ state: 'open', merged: false, headRef: BRANCH, labels: [LABEL] });
    expect('marker' in found.pulls[0]!.marker).toBe(true);
    expect(setup.fake.log.map((r) => [r.method, r.path, r.query])).toEqual([
      ['GET', '/repos/octo/papers/pulls', { state: 'all', head: `octo:${BRANCH}`, per_page: '100' }],
      ['GET', '/repos/octo/papers/issues', { state: 'all', labels: LABEL, per_page: '100' }],
    ]);
  });

  it("finds a merged PR whose branch was deleted through the label, checking the marker's branch", async () => {
    setup = await startFakeGitHub({
      files: { 'README.md': '# List\n' },
      headFilterMissesDeletedBranches: true,
    });
    const merged = await openPull(BRANCH, markerBody());
    setup.fake.mergePull(merged);
    setup.fake.deleteBranch(BRANCH);
    const found = await findBotPulls(setup.ctx, { branch: BRANCH, label: LABEL });
    expect(found.pulls).toEqual([
      expect.objectContaining({
        number: merged,
        state: 'closed',
        merged: true,
        headRef: null,
        headSha: null,
      }),
    ]);
  });

  it('reports an open PR on the branch without a marker, so the branch is never reset under it', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    const human = await openPull(BRANCH, 'Someone opened this by hand', []);
    const found = await findBotPulls(setup.ctx, { branch: BRANCH, label: LABEL });
    expect(found.pulls).toEqual([]);
    expect(found.unmarkedOpen).toEqual([{ number: human, url: expect.stringContaining(`/pull/${human}`) }]);
  });

  it('keeps a PR whose marker cannot be read, with the warning', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    await openPull(BRANCH, 'Body <!-- arxiv-curator:v1 {broken -->');
    const found = await findBotPulls(setup.ctx, { branch: BRANCH, label: LABEL });
    expect(found.pulls[0]?.marker).toEqual({ warning: expect.stringMatching(/not valid JSON/) });
  });

  it('follows pagination on both listings', async () => {
    setup = await startFakeGitHub({
      files: { 'README.md': '# List\n' },
      headFilterMissesDeletedBranches: true,
    });
    const old = await openPull(BRANCH, markerBody());
    setup.fake.mergePull(old);
    setup.fake.deleteBranch(BRANCH);
    for (let i = 0; i < 120; i++) setup.fake.createIssue(`Issue ${i}`, [LABEL]);
    const open = await openPull(BRANCH, markerBody());
    setup.requests.length = 0;
    const found = await findBotPulls(setup.ctx, { branch: BRANCH, label: LABEL });
    expect(found.pulls.map((p) => [p.number, p.state])).toEqual([
      [old, 'closed'],
      [open, 'open'],
    ]);
    expect(setup.requests.map((r) => new URL(r.url).searchParams.get('page') ?? '1')).toEqual([
      '1',
      '1',
      '2',
    ]);
  });

  it('explains a 404 (a repository the token cannot see)', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    setup.fake.notFound({ path: '/pulls' });
    await expect(findBotPulls(setup.ctx, { branch: BRANCH, label: LABEL })).rejects.toThrow(
      `could not list pull requests from ${BRANCH} in octo/papers: 404 Not Found (the repository or the pull request does not exist, or the token cannot see it)`,
    );
  });

  it('skips the issues listing when there is no label', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    await findBotPulls(setup.ctx, { branch: BRANCH, label: null });
    expect(setup.requests).toHaveLength(1);
  });
});

describe('createPull', () => {
  it('opens a draft PR', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    const number = await openPull(BRANCH, markerBody());
    const second = setup.fake.pull(number);
    expect(second).toMatchObject({ state: 'open', headRef: BRANCH, baseRef: 'main', draft: false });
    await createBranch(setup.ctx, 'draft-branch', setup.fake.branchSha('main')!);
    setup.fake.pushCommit('draft-branch', 'README.md', 'x');
    const draft = await createPull(setup.ctx, {
      title: 'd',
      body: markerBody('draft-branch'),
      head: 'draft-branch',
      base: 'main',
      draft: true,
    });
    expect(setup.fake.pull(draft.number).draft).toBe(true);
  });

  it('names the repository setting when Actions may not open PRs', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    setup.fake.forbidPullCreation();
    const error = await openPull(BRANCH, markerBody()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubSetupError);
    expect((error as Error).message).toMatch(
      /^could not open the pull request in octo\/papers: GitHub Actions is not permitted to create or approve pull requests\. Turn on Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests"/,
    );
  });

  it('says to grant pull-requests: write when the token lacks it', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    setup.fake.forbid({ method: 'POST', path: '/pulls' });
    await expect(openPull(BRANCH, markerBody())).rejects.toThrow(
      /the token lacks the "pull-requests: write" permission/,
    );
  });

  it('returns the PR an earlier attempt opened when its answer was lost', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    setup.fake.dropConnection({ method: 'POST', path: '/pulls' }, 1, { afterHandling: true });
    const number = await openPull(BRANCH, markerBody());
    expect(setup.fake.openPulls().map((p) => p.number)).toEqual([number]);
    expect(
      setup.fake.log.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls')).map((r) => r.status),
    ).toEqual([null, 422]);
  });
});

describe('updatePull, getPull and the extras', () => {
  it('updates title and body, closes, and reads mergeable', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    const number = await openPull(BRANCH, markerBody());
    expect((await getPull(setup.ctx, number)).mergeable).toBe(true);
    setup.fake.setMergeable(number, false);
    expect(await getPull(setup.ctx, number)).toMatchObject({
      number,
      state: 'open',
      mergeable: false,
      headSha: setup.fake.branchSha(BRANCH),
    });
    await updatePull(setup.ctx, number, { title: 'New title', body: 'New body', state: 'closed' });
    expect(setup.fake.pull(number)).toMatchObject({ title: 'New title', body: 'New body', state: 'closed' });
  });

  it('turns a label that cannot be created into a warning', async () => {
    setup = await startFakeGitHub({
      files: { 'README.md': '# List\n' },
      canCreateLabels: false,
      labels: ['existing'],
    });
    const number = await openPull(BRANCH, markerBody(), []);
    const warnings = await addLabels(setup.ctx, number, ['arxiv-curator']);
    expect(warnings).toEqual([
      'could not add labels arxiv-curator to #1: 403 Resource not accessible by integration (the token may need "issues: write")',
    ]);
    expect(await addLabels(setup.ctx, number, ['existing'])).toEqual([]);
    expect(setup.fake.pull(number).labels).toEqual(['existing']);
  });

  it('requests user and team reviewers, and warns when the author is asked', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    const number = await openPull(BRANCH, markerBody());
    expect(await requestReviewers(setup.ctx, number, ['alice', 'octo/maintainers'])).toEqual([]);
    expect(setup.fake.pull(number)).toMatchObject({ reviewers: ['alice'], teamReviewers: ['maintainers'] });
    const warnings = await requestReviewers(setup.ctx, number, ['github-actions[bot]']);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^could not request reviews from github-actions\[bot\] on #1: 422 Review cannot be requested/,
      ),
    ]);
  });

  it('adds assignees', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    const number = await openPull(BRANCH, markerBody());
    expect(await addAssignees(setup.ctx, number, ['alice'])).toEqual([]);
    expect(setup.fake.pull(number).assignees).toEqual(['alice']);
  });

  it('makes no request for empty extras', async () => {
    setup = await startFakeGitHub({ files: { 'README.md': '# List\n' } });
    const before = setup.requests.length;
    expect([
      ...(await addLabels(setup.ctx, 1, [])),
      ...(await requestReviewers(setup.ctx, 1, [])),
      ...(await addAssignees(setup.ctx, 1, [])),
    ]).toEqual([]);
    expect(setup.requests.length).toBe(before);
  });
});
