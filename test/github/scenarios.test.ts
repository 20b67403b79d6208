import { afterEach, describe, expect, it } from '@jest/globals';
import { GitHubConflictError, GitHubRequestError, GitHubSetupError } from '../../src/github/errors.js';
import { decodeMarker, type MarkerData } from '../../src/pr/marker.js';
import { BASE, BRANCH, entryLine, idsIn, LABEL, PATH, runNight, type ToyPaper } from './night.js';
import { startFakeGitHub, type FakeSetup } from './setup.js';

const LIST =
  '# Awesome GPT image generation\n\n## Papers\n\n- [Listed long ago](https://arxiv.org/abs/2501.00001)\n';
const P1: ToyPaper = { id: '2611.00001', title: 'Native Image Generation' };
const P2: ToyPaper = { id: '2611.00002', title: 'Unified Visual Tokens' };
const P3: ToyPaper = { id: '2611.00003', title: 'Autoregressive Editing' };

let setup: FakeSetup;
afterEach(async () => {
  await setup.fake.close();
});

async function start(options: Parameters<typeof startFakeGitHub>[0] = {}): Promise<FakeSetup> {
  setup = await startFakeGitHub({ files: { [PATH]: LIST }, ...options });
  return setup;
}

/** Runs one night and returns its requests as `METHOD /relative-path`, checked against Octokit's own count. */
async function night(
  candidates: ToyPaper[],
  windowEnd = '2026-11-26T00:00:00Z',
  extra: { ignore?: string[]; allow?: string[] } = {},
) {
  const { fake, requests } = setup;
  const logStart = fake.log.length;
  const counted = requests.length;
  const report = await runNight(setup.ctx, { candidates, windowEnd, ...extra });
  const routes = fake.log
    .slice(logStart)
    .map((r) => `${r.method} ${r.path.replace(`/repos/${fake.owner}/${fake.repo}`, '')}`);
  expect(requests.length - counted).toBe(routes.length);
  return { ...report, routes };
}

function openMarker(number: number): MarkerData {
  const decoded = decodeMarker(setup.fake.pull(number).body);
  if (!('marker' in decoded)) throw new Error(decoded.warning);
  return decoded.marker;
}

const READS_FOR_OPEN_PR = ['GET /pulls', 'GET /issues', `GET /branches/${BASE}`, `GET /contents/${PATH}`];

describe('request budget per scenario (SPEC §9)', () => {
  it('create: 4 reads and 4 writes, one signed-looking commit on the base, the marker naming it', async () => {
    const { fake } = await start();
    const base = fake.branchSha(BASE)!;
    const { plan, number, routes } = await night([P1, P2]);
    expect(plan.operation).toBe('create');
    expect(routes).toEqual([
      'GET /pulls',
      'GET /issues',
      `GET /branches/${BASE}`,
      `GET /contents/${PATH}`,
      'POST /git/refs',
      `PUT /contents/${PATH}`,
      'POST /pulls',
      `POST /issues/${number}/labels`,
    ]);
    const pull = fake.pull(number!);
    const head = fake.branchSha(BRANCH)!;
    expect(pull).toMatchObject({
      state: 'open',
      labels: [LABEL],
      title: 'arxiv-curator: 2 new papers (Nov 25, 2026)',
    });
    expect(fake.commit(head)).toMatchObject({ parents: [base], author: null, committer: null });
    expect(fake.fileAt(BRANCH, PATH)).toBe(LIST + entryLine(P1) + entryLine(P2));
    expect(openMarker(number!)).toMatchObject({
      headSha: head,
      baseSha: base,
      proposed: [{ id: P1.id }, { id: P2.id }],
    });
  });

  it('unchanged: 4 reads and no write, the base list derived from the branch', async () => {
    await start();
    await night([P1, P2]);
    const before = setup.fake.branchSha(BRANCH);
    const { plan, routes } = await night([P1, P2]);
    expect(plan.operation).toBe('unchanged');
    expect(routes).toEqual(READS_FOR_OPEN_PR);
    expect(setup.fake.branchSha(BRANCH)).toBe(before);
  });

  it('rebuild: 4 reads and 4 writes; the new head sits on the base head, the PR stays open', async () => {
    const { fake } = await start();
    const { number } = await night([P1]);
    const firstHead = fake.branchSha(BRANCH)!;
    const { plan, routes } = await night([P1, P2]);
    expect(plan.operation).toBe('rebuild');
    expect(routes).toEqual([
      ...READS_FOR_OPEN_PR,
      'POST /git/trees',
      'POST /git/commits',
      `PATCH /pulls/${number}`,
      `PATCH /git/refs/heads/${BRANCH}`,
    ]);
    const head = fake.branchSha(BRANCH)!;
    expect(fake.commit(head).parents).toEqual([fake.branchSha(BASE)]);
    expect(fake.pull(number!).state).toBe('open');
    expect(fake.fileAt(BRANCH, PATH)).toBe(LIST + entryLine(P1) + entryLine(P2));
    expect(openMarker(number!)).toMatchObject({ headSha: head, previousHeadSha: firstHead });
  });

  it('rebuild on a moved base: one more read (the base list), the maintainer edit kept', async () => {
    const { fake } = await start();
    const { number } = await night([P1]);
    fake.editBaseFile(PATH, (old) => old!.replace('# Awesome', '# Very awesome'));
    const { plan, routes } = await night([P1, P2]);
    expect(plan.operation).toBe('rebuild');
    expect(routes).toHaveLength(9);
    expect(routes.slice(0, 5)).toEqual([...READS_FOR_OPEN_PR, `GET /contents/${PATH}`]);
    expect(fake.pull(number!).state).toBe('open');
    expect(fake.fileAt(BRANCH, PATH)).toBe(
      LIST.replace('# Awesome', '# Very awesome') + entryLine(P1) + entryLine(P2),
    );
  });

  it('a moved base with nothing new: 6 reads (base list, mergeable), and a rebuild only when it conflicts', async () => {
    const { fake } = await start();
    const { number } = await night([P1]);
    fake.editBaseFile('OTHER.md', 'unrelated');
    const quiet = await night([P1]);
    expect(quiet.plan.operation).toBe('unchanged');
    expect(quiet.routes).toEqual([...READS_FOR_OPEN_PR, `GET /contents/${PATH}`, `GET /pulls/${number}`]);
    fake.setMergeable(number!, false);
    const conflicted = await night([P1]);
    expect(conflicted.plan.operation).toBe('rebuild');
    expect(conflicted.routes).toHaveLength(10);
    expect(fake.commit(fake.branchSha(BRANCH)!).parents).toEqual([fake.branchSha(BASE)]);
  });

  it('append: someone else removed an entry; 4 reads, a commit on their head, the body; never a force', async () => {
    const { fake } = await start();
    const { number } = await night([P1, P2]);
    const maintainerHead = fake.pushCommit(BRANCH, PATH, (old) => old!.replace(entryLine(P1), ''));
    const { plan, routes, memory } = await night([P1, P2, P3]);
    expect(plan.operation).toBe('append');
    expect(memory.rejected.get(P1.id)).toBe(`removed from PR #${number} by a maintainer`);
    expect(routes).toEqual([
      'GET /pulls',
      'GET /issues',
      `GET /contents/${PATH}`,
      `GET /contents/${PATH}`,
      `PUT /contents/${PATH}`,
      `PATCH /pulls/${number}`,
    ]);
    const head = fake.branchSha(BRANCH)!;
    expect(fake.commit(head).parents).toEqual([maintainerHead]);
    expect(fake.fileAt(BRANCH, PATH)).toBe(LIST + entryLine(P2) + entryLine(P3));
    expect(openMarker(number!)).toMatchObject({
      headSha: head,
      foreignCommits: true,
      removed: [{ id: P1.id, how: 'deleted' }],
    });
  });

  it('after an append the branch stays foreign: nothing new is 4 reads, and new papers are appended again', async () => {
    const { fake } = await start();
    await night([P1]);
    fake.pushCommit(BRANCH, PATH, (old) => `${old!}\n<!-- a maintainer note -->\n`);
    await night([P1, P2]);
    const quiet = await night([P1, P2]);
    expect(quiet.plan.operation).toBe('unchanged');
    expect(quiet.routes).toHaveLength(4);
    const again = await night([P1, P2, P3]);
    expect(again.plan.operation).toBe('append');
    expect(fake.fileAt(BRANCH, PATH)).toContain('<!-- a maintainer note -->');
  });

  it('close: the base lists every proposed paper; the bot closes its PR and that is no rejection', async () => {
    const { fake } = await start();
    const { number } = await night([P1]);
    fake.editBaseFile(PATH, (old) => old! + entryLine(P1));
    const { plan, routes } = await night([P1]);
    expect(plan.operation).toBe('close');
    expect(routes).toEqual([...READS_FOR_OPEN_PR, `GET /contents/${PATH}`, `PATCH /pulls/${number}`]);
    expect(fake.pull(number!).state).toBe('closed');
    expect(openMarker(number!).closedByBot).toBe(true);
    fake.editBaseFile(PATH, (old) => old!.replace(entryLine(P1), ''));
    const later = await night([P1]);
    expect(later.memory.rejected.size).toBe(0);
    expect(later.plan.operation).toBe('create');
  });

  it('nothing to propose and no PR: 4 reads, operation none', async () => {
    await start();
    const { plan, routes } = await night([{ id: '2501.00001', title: 'Listed long ago' }]);
    expect(plan.operation).toBe('none');
    expect(routes).toEqual(['GET /pulls', 'GET /issues', `GET /branches/${BASE}`, `GET /contents/${PATH}`]);
  });
});

describe('memory across PRs', () => {
  it('a PR closed by a maintainer rejects its papers; the next PR resets the leftover branch', async () => {
    const { fake } = await start();
    const first = await night([P1]);
    fake.closePull(first.number!);
    const { plan, memory, routes, number } = await night([P1, P2]);
    expect(memory.rejected.get(P1.id)).toBe(`closed without merging in PR #${first.number}`);
    expect(plan.operation).toBe('create');
    expect(number).not.toBe(first.number);
    expect(routes).toHaveLength(9);
    expect(routes.slice(4, 7)).toEqual([
      'POST /git/refs',
      `PATCH /git/refs/heads/${BRANCH}`,
      `PUT /contents/${PATH}`,
    ]);
    expect(idsIn(fake.fileAt(BRANCH, PATH)!)).toEqual(new Set(['2501.00001', P2.id]));
  });

  it('remembers a merged PR after its branch is deleted, and rejects a merged paper later removed from the list', async () => {
    const { fake } = await start({ headFilterMissesDeletedBranches: true, deleteBranchOnMerge: true });
    const first = await night([P1, P2]);
    fake.mergePull(first.number!);
    fake.editBaseFile(PATH, (old) => old!.replace(entryLine(P1), ''));
    const { memory, plan } = await night([P1, P2, P3]);
    expect(memory.rejected.get(P1.id)).toBe(`merged in PR #${first.number} but no longer in the list`);
    expect(plan.operation).toBe('create');
    expect(idsIn(fake.fileAt(BRANCH, PATH)!)).toEqual(new Set(['2501.00001', P2.id, P3.id]));
  });

  it('ignore rejects, allow undoes a rejection', async () => {
    const { fake } = await start();
    const first = await night([P1]);
    fake.closePull(first.number!);
    const { memory } = await night([P1, P2], undefined, { ignore: [P2.id], allow: [P1.id] });
    expect(memory.rejected.has(P1.id)).toBe(false);
    expect(memory.rejected.get(P2.id)).toBe("in the config's ignore list");
    expect(idsIn(fake.fileAt(BRANCH, PATH)!)).toEqual(new Set(['2501.00001', P1.id]));
  });
});

describe('faults: a rerun converges to the undisturbed result', () => {
  it('create interrupted before the PR exists: the rerun resets the branch and opens one PR', async () => {
    const { fake } = await start();
    fake.failNext(10, { status: 502, route: { method: 'POST', path: '/pulls' } });
    await expect(night([P1])).rejects.toBeInstanceOf(GitHubRequestError);
    expect(fake.openPulls()).toHaveLength(0);
    fake.clearFaults();
    const { plan, number } = await night([P1]);
    expect(plan.operation).toBe('create');
    expect(fake.openPulls().map((p) => p.number)).toEqual([number]);
    expect(fake.fileAt(BRANCH, PATH)).toBe(LIST + entryLine(P1));
    expect(fake.commit(fake.branchSha(BRANCH)!).parents).toEqual([fake.branchSha(BASE)]);
  });

  it('Actions not permitted to open PRs: a clear error, and after the setting is fixed the rerun creates the PR', async () => {
    const { fake } = await start();
    fake.forbidPullCreation();
    await expect(night([P1])).rejects.toBeInstanceOf(GitHubSetupError);
    fake.clearFaults();
    expect((await night([P1])).plan.operation).toBe('create');
    expect(fake.openPulls()).toHaveLength(1);
  });

  it('rebuild interrupted before the ref moved: still recognised as the bot own branch, rebuilt on rerun', async () => {
    const { fake } = await start();
    const { number } = await night([P1]);
    fake.failNext(10, { status: 502, route: { method: 'PATCH', path: /^\/git\/refs\// } });
    await expect(night([P1, P2])).rejects.toBeInstanceOf(GitHubRequestError);
    expect(fake.fileAt(BRANCH, PATH)).toBe(LIST + entryLine(P1));
    fake.clearFaults();
    const rerun = await night([P1, P2]);
    expect(rerun.plan.operation).toBe('rebuild');
    expect(fake.pull(number!).state).toBe('open');
    expect(fake.fileAt(BRANCH, PATH)).toBe(LIST + entryLine(P1) + entryLine(P2));
    expect(openMarker(number!).headSha).toBe(fake.branchSha(BRANCH));
  });

  it('a maintainer edit between the read and the append is a conflict; the rerun keeps their edit', async () => {
    const { fake } = await start();
    await night([P1]);
    fake.pushCommit(BRANCH, PATH, (old) => `${old!}<!-- note -->\n`);
    fake.beforeHandling = (request) => {
      if (request.method !== 'PUT') return;
      fake.beforeHandling = null;
      fake.pushCommit(BRANCH, PATH, (old) => `${old!}<!-- second note -->\n`);
    };
    await expect(night([P1, P2])).rejects.toBeInstanceOf(GitHubConflictError);
    const rerun = await night([P1, P2]);
    expect(rerun.plan.operation).toBe('append');
    expect(fake.fileAt(BRANCH, PATH)).toBe(
      `${LIST}${entryLine(P1)}<!-- note -->\n<!-- second note -->\n${entryLine(P2)}`,
    );
  });

  it('transient 5xx and a secondary rate limit mid-run cost retries, not the run', async () => {
    const { fake } = await start();
    fake.failNext(1, { status: 502, route: { method: 'POST', path: '/git/refs' } });
    fake.secondaryRateLimit(1, { route: { method: 'PUT' } });
    fake.dropConnection({ method: 'GET', path: '/issues' });
    const { plan } = await night([P1]);
    expect(plan.operation).toBe('create');
    expect(fake.openPulls()).toHaveLength(1);
    expect(fake.log.map((r) => r.status).filter((s) => s === null || s >= 400)).toEqual([null, 502, 403]);
  });
});
