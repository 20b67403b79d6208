/**
 * Whole runs in a repository whose rulesets block force pushes on the bot's branches (common as
 * an organisation-wide rule). Each night runs twice: in the ruled repository and in a twin without
 * rules, from the same papers and maintainer actions; the list the PR proposes must be the same in
 * both, every night ends with a correct open PR or a clear failure, and nothing is force-pushed.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../../src/types.js';
import { BRANCH, LIST, onTopic, startWorld, type RunResult, type World } from './harness.js';

const live = new Set<World>();
afterEach(async () => {
  await Promise.all([...live].map((world) => world.close()));
  live.clear();
});

async function world(papers: Paper[]): Promise<World> {
  const started = await startWorld({ papers: [...papers] });
  live.add(started);
  return started;
}

const BLOCK_FORCE_PUSHES = { branches: ['arxiv-curator/**'], nonFastForward: true };
const writes = (result: RunResult) => result.github.filter((r) => r.method !== 'GET');
const reads = (result: RunResult) => result.github.filter((r) => r.method === 'GET');

/** The ruled repository and its twin, driven night by night in lockstep. */
interface Twins {
  ruled: World;
  free: World;
  /** Runs the night in both; returns the ruled repository's result. */
  night(): Promise<RunResult>;
  both(act: (world: World) => void): void;
  /** The open PR of each world, with the list on its head branch. */
  openPulls(): Array<{ number: number; headRef: string; text: string | undefined }>;
}

async function twins(papers: Paper[]): Promise<Twins> {
  const ruled = await world(papers);
  const free = await world(papers);
  ruled.github.addRuleset(BLOCK_FORCE_PUSHES);
  const pair: Twins = {
    ruled,
    free,
    async night() {
      const twin = await free.night();
      expect(twin.error).toBe('');
      return ruled.night();
    },
    both(act) {
      act(ruled);
      act(free);
    },
    openPulls() {
      return [ruled, free].map((w) => {
        const open = w.github.openPulls();
        expect(open).toHaveLength(1);
        return {
          number: open[0]!.number,
          headRef: open[0]!.headRef,
          text: w.github.fileAt(open[0]!.headRef, LIST),
        };
      });
    },
  };
  return pair;
}

/** Every earlier head of a branch is still in its history: nothing was force-pushed over. */
function expectOnlyForward(w: World, branch: string, earlier: string): void {
  expect(w.github.isAncestor(earlier, w.github.branchSha(branch)!)).toBe(true);
}

const report: string[] = [];
afterAll(() =>
  console.log(`GitHub requests per night with a force-push-blocking ruleset:\n${report.join('\n')}`),
);

function count(label: string, result: RunResult): void {
  report.push(
    `  ${label}: ${result.github.length} (${reads(result).length} reads, ${writes(result).length} writes)`,
  );
}

describe('a ruleset that blocks force pushes on the bot branch', () => {
  it('create, a new paper, a moved base, a close, fresh branch, unchanged, merge: always a correct open PR', async () => {
    const pair = await twins([onTopic('2611.10001', '2026-11-24T10:00:00Z')]);
    const { ruled } = pair;

    // Night 1: nothing is forced to open a PR.
    const first = await pair.night();
    expect(first.error).toBe('');
    expect(first.outputs['pull-request-operation']).toBe('created');
    expect(first.github.length).toBeLessThanOrEqual(8);
    count('create', first);
    const [ours, theirs] = pair.openPulls();
    expect(ours!.text).toBe(theirs!.text);

    // Night 2: a new paper. The rebuild's force-push is refused; the same list goes on top.
    pair.both((w) => {
      w.advanceDays(1);
      w.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    });
    const headBefore = ruled.github.branchSha(BRANCH)!;
    const second = await pair.night();
    expect(second.error).toBe('');
    expect(second.outputs['pull-request-operation']).toBe('updated');
    expect(second.stdout).toContain(
      '::warning::a repository rule ("Cannot force-push to this branch") refused the force-push that rebuilds arxiv-curator/new-papers on the base; the bot added a commit on top of the branch instead, with the same result',
    );
    expect(second.summary).toContain('refused the force-push that rebuilds arxiv-curator/new-papers');
    expect(second.github.filter((r) => r.status === 422)).toHaveLength(1);
    count('new paper, force-push refused → commit on top', second);
    expectOnlyForward(ruled, BRANCH, headBefore);
    const [updated, twinUpdated] = pair.openPulls();
    expect(updated!.number).toBe(ours!.number);
    expect(updated!.text).toBe(twinUpdated!.text);
    expect(updated!.text).toContain('2611.10002');

    // Night 3: a maintainer edits the base, and a paper arrives: the commit on top merges the base in.
    pair.both((w) => {
      w.github.editBaseFile(LIST, (text) =>
        text!.replace('## Tools\n', '## Tools\n* A tool the maintainer added.\n'),
      );
      w.advanceDays(1);
      w.papers.push(onTopic('2611.10003', '2026-11-27T12:00:00Z'));
    });
    const headBeforeMove = ruled.github.branchSha(BRANCH)!;
    const third = await pair.night();
    expect(third.error).toBe('');
    expect(third.outputs['pull-request-operation']).toBe('updated');
    // The marker remembers the refusal: no force-push is tried again, so no 422 and no warning,
    // and the rebuild writes as much as any update: tree, commit, the PR, the ref.
    expect(third.github.filter((r) => r.status === 422)).toHaveLength(0);
    expect(third.stdout).not.toContain('refused the force-push');
    expect(writes(third)).toHaveLength(4);
    count('moved base + new paper, the refusal remembered → merge commit on top at once', third);
    expectOnlyForward(ruled, BRANCH, headBeforeMove);
    expect(ruled.github.isAncestor(ruled.github.branchSha('main')!, ruled.github.branchSha(BRANCH)!)).toBe(
      true,
    );
    const [moved, twinMoved] = pair.openPulls();
    expect(moved!.text).toBe(twinMoved!.text);
    expect(moved!.text).toContain('* A tool the maintainer added.');

    // The maintainer closes the PR. Its branch can only be reset by a force move: a fresh branch.
    pair.both((w) => {
      w.github.closePull(w.github.openPulls()[0]!.number);
      w.advanceDays(1);
      w.papers.push(onTopic('2611.10004', '2026-11-28T12:00:00Z'));
    });
    const leftover = ruled.github.branchSha(BRANCH)!;
    const fourth = await pair.night();
    expect(fourth.error).toBe('');
    expect(fourth.outputs['pull-request-operation']).toBe('created');
    expect(fourth.stdout).toContain(
      '::warning::a repository rule ("Cannot force-push to this branch") refused moving the leftover branch arxiv-curator/new-papers back to the base; the bot opened the pull request from a fresh branch, arxiv-curator/new-papers-2, instead',
    );
    count('after a close: reset refused → fresh branch -2', fourth);
    expect(ruled.github.branchSha(BRANCH)).toBe(leftover);
    const [fresh, twinFresh] = pair.openPulls();
    expect(fresh!.headRef).toBe(`${BRANCH}-2`);
    expect(fresh!.number).toBe(Number(fourth.outputs['pull-request-number']));
    expect(ruled.github.pull(fresh!.number).labels).toEqual(['arxiv-curator']);
    expect(fresh!.text).toBe(twinFresh!.text);
    expect(fresh!.text).not.toContain('2611.10003'); // rejected with the closed PR, in both

    // The same night again: the bot finds its PR on the fresh branch and leaves it alone.
    const fifth = await pair.night();
    expect(fifth.error).toBe('');
    expect(fifth.outputs['pull-request-operation']).toBe('unchanged');
    expect(fifth.outputs['pull-request-number']).toBe(fourth.outputs['pull-request-number']);
    expect(writes(fifth)).toHaveLength(0);
    expect(fifth.github.length).toBeLessThanOrEqual(4);
    count('unchanged, PR on the fresh branch', fifth);

    // A new paper: rebuilt on the fresh branch, on top again.
    pair.both((w) => {
      w.advanceDays(1);
      w.papers.push(onTopic('2611.10005', '2026-11-29T12:00:00Z'));
    });
    const freshHead = ruled.github.branchSha(`${BRANCH}-2`)!;
    const sixth = await pair.night();
    expect(sixth.error).toBe('');
    expect(sixth.outputs['pull-request-operation']).toBe('updated');
    expect(sixth.outputs['pull-request-number']).toBe(fourth.outputs['pull-request-number']);
    // A fresh branch is itself a sign of the rule: no force-push is tried there.
    expect(sixth.github.filter((r) => r.status === 422)).toHaveLength(0);
    expect(sixth.github.length).toBeLessThanOrEqual(8);
    count('new paper on the fresh branch → commit on top at once', sixth);
    expectOnlyForward(ruled, `${BRANCH}-2`, freshHead);
    const [again, twinAgain] = pair.openPulls();
    expect(again!.text).toBe(twinAgain!.text);

    // Merged: the base gets exactly the list the twin's base gets.
    pair.both((w) => w.github.mergePull(w.github.openPulls()[0]!.number));
    expect(ruled.github.fileAt('main', LIST)).toBe(pair.free.github.fileAt('main', LIST));
    pair.both((w) => {
      w.advanceDays(1);
      w.papers.push(onTopic('2611.10006', '2026-11-30T12:00:00Z'));
    });
    const seventh = await pair.night();
    expect(seventh.error).toBe('');
    expect(seventh.outputs['pull-request-operation']).toBe('created');
    count('after a merge: the next create', seventh);
    const [next, twinNext] = pair.openPulls();
    expect(next!.text).toBe(twinNext!.text);
    expect(next!.headRef).toBe(`${BRANCH}-3`);
  });

  it('a maintainer commits on the fresh branch: the bot only adds on top there, night after night', async () => {
    const pair = await twins([onTopic('2611.10001', '2026-11-24T10:00:00Z')]);
    expect((await pair.night()).outputs['pull-request-operation']).toBe('created');
    pair.both((w) => {
      w.github.closePull(w.github.openPulls()[0]!.number);
      w.advanceDays(1);
      w.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    });
    expect((await pair.night()).outputs['pull-request-operation']).toBe('created');
    const maintainer: string[] = [];
    pair.both((w) => {
      const branch = w.github.openPulls()[0]!.headRef;
      const sha = w.github.pushCommit(branch, LIST, (t) =>
        t!.replace('## Tools\n', '## Tools\n* Added by hand.\n'),
      );
      if (w === pair.ruled) maintainer.push(sha);
    });
    for (const [day, id] of [
      [2, '2611.10003'],
      [3, '2611.10004'],
    ] as const) {
      pair.both((w) => {
        w.advanceDays(1);
        w.papers.push(onTopic(id, `2026-11-2${6 + day - 1}T12:00:00Z`));
      });
      const result = await pair.night();
      expect(result.error).toBe('');
      expect(result.outputs['pull-request-operation']).toBe('updated');
      count(`maintainer commit on the fresh branch, new paper → append (night ${day})`, result);
      const [ours, theirs] = pair.openPulls();
      expect(ours!.headRef).toBe(`${BRANCH}-2`);
      expect(ours!.text).toBe(theirs!.text);
      expect(ours!.text).toContain(id);
      expectOnlyForward(pair.ruled, `${BRANCH}-2`, maintainer[0]!);
    }
  });

  it('without a label to find a fresh branch by, a refused reset is a failure that says what to change', async () => {
    const w = await world([onTopic('2611.10001', '2026-11-24T10:00:00Z')]);
    writeFileSync(join(w.workspace, '.github', 'arxiv-curator.yml'), 'pull-request:\n  labels: []\n');
    w.github.addRuleset(BLOCK_FORCE_PUSHES);
    expect((await w.night()).outputs['pull-request-operation']).toBe('created');
    w.github.closePull(w.github.openPulls()[0]!.number);
    w.advanceDays(1);
    w.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    const result = await w.night();
    expect(result.failed).toBe(true);
    expect(result.error).toMatch(
      /^could not update branch arxiv-curator\/new-papers in lists\/awesome-gpt-image: a repository rule refused it \("Cannot force-push to this branch"\)\. Change the rule under Settings → Rules → Rulesets .* Or set a label \(input labels, or pull-request\.labels\): with one, the bot opens its pull request from a fresh branch \(arxiv-curator\/new-papers-2\)/,
    );
    expect(w.github.openPulls()).toHaveLength(0);
    expect(writes(result).map((r) => r.status)).toEqual([422]);
    // Once the maintainer lifts the rule, the next night opens the PR.
    w.github.clearRulesets();
    const after = await w.night();
    expect(after.error).toBe('');
    expect(after.outputs['pull-request-operation']).toBe('created');
  });
});

describe('a ruleset that forbids the bot branch altogether', () => {
  it('fails naming the rule and the setting, leaves nothing behind, and works once the rule allows it', async () => {
    const w = await world([onTopic('2611.10001', '2026-11-24T10:00:00Z')]);
    w.github.addRuleset({ branches: ['arxiv-curator/**'], creation: true, deletion: true });
    for (let night = 0; night < 2; night += 1) {
      const result = await w.night();
      expect(result.failed).toBe(true);
      expect(result.error).toMatch(
        /^could not create branch arxiv-curator\/new-papers in lists\/awesome-gpt-image: a repository rule refused it \("Cannot create ref due to creations being restricted"\)\. Change the rule under Settings → Rules → Rulesets \(or Settings → Branches for branch protection\): exclude the bot's branch from its target branches, or run the bot with a GitHub App token and add that App to the bypass list; or set the branch input \(pull-request\.branch\) to a branch the rules allow\.$/,
      );
      expect(result.summary).toContain('Cannot create ref due to creations being restricted');
      expect(w.github.branchSha(BRANCH)).toBeUndefined();
      expect(w.github.openPulls()).toHaveLength(0);
    }
    w.github.clearRulesets();
    const result = await w.night();
    expect(result.error).toBe('');
    expect(result.outputs['pull-request-operation']).toBe('created');
  });

  it('a deletion rule: a failed first run says its branch was left, and the next run picks it up', async () => {
    const w = await world([onTopic('2611.10001', '2026-11-24T10:00:00Z')]);
    w.github.addRuleset({ branches: ['arxiv-curator/**'], deletion: true });
    w.github.forbidPullCreation(1);
    const failed = await w.night();
    expect(failed.failed).toBe(true);
    expect(failed.error).toMatch(/GitHub Actions is not permitted to create or approve pull requests/);
    expect(failed.summary).toMatch(
      /The branch arxiv-curator\/new-papers this run created could not be deleted \(could not delete branch arxiv-curator\/new-papers in lists\/awesome-gpt-image: a repository rule refused it \("Cannot delete this branch"\)/,
    );
    expect(w.github.branchSha(BRANCH)).toBeDefined();
    const next = await w.night();
    expect(next.error).toBe('');
    expect(next.outputs['pull-request-operation']).toBe('created');
    expect(w.github.openPulls().map((p) => p.headRef)).toEqual([BRANCH]);
  });

  it('an update rule refusing the commit: a failure naming it, and the branch the run made is taken back', async () => {
    const w = await world([onTopic('2611.10001', '2026-11-24T10:00:00Z')]);
    w.github.addRuleset({ branches: ['arxiv-curator/**'], update: true });
    const result = await w.night();
    expect(result.failed).toBe(true);
    expect(result.error).toMatch(
      /^could not commit README\.md to branch arxiv-curator\/new-papers in lists\/awesome-gpt-image: a repository rule refused it \("Cannot update this protected ref"\)/,
    );
    // Refused with 409, but not taken for a file that moved: the run did not start over.
    expect(result.github.filter((r) => r.status === 409)).toHaveLength(1);
    expect(w.github.branchSha(BRANCH)).toBeUndefined();
    expect(result.summary).toContain('was deleted again');
  });
});
