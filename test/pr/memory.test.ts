import { describe, expect, it } from '@jest/globals';
import type { MarkerData } from '../../src/pr/marker.js';
import type { RemovedPaper } from '../../src/pr/paper-record.js';

const deleted = (id: string): RemovedPaper => ({ id, title: `Paper ${id}`, how: 'deleted' });
import {
  deriveMemory,
  isBotOnlyHead,
  latestWindowEnd,
  type BotPullRecord,
  type MemoryInput,
} from '../../src/pr/memory.js';

const HEAD = 'a'.repeat(40);
const OLD_HEAD = 'b'.repeat(40);
const OTHER = 'e'.repeat(40);

function marker(ids: string[], extra: Partial<MarkerData> = {}): MarkerData {
  return {
    listPath: 'README.md',
    branch: 'arxiv-curator/new-papers',
    headSha: HEAD,
    previousHeadSha: OLD_HEAD,
    baseSha: 'd'.repeat(40),
    proposed: ids.map((id) => ({ id, version: 1, title: `Paper ${id}` })),
    removed: [],
    queue: [],
    queueDropped: 0,
    run: null,
    windowEnd: '2026-11-20T00:00:00Z',
    foreignCommits: false,
    closedByBot: false,
    baseFile: null,
    ...extra,
  };
}

function pull(
  number: number,
  state: 'open' | 'closed',
  merged: boolean,
  m: MarkerData,
  headSha: string | null = HEAD,
): BotPullRecord {
  return { number, state, merged, headSha, marker: m };
}

function input(extra: Partial<MemoryInput>): MemoryInput {
  return { pulls: [], listedIds: new Set(), branchIds: null, ignore: [], allow: [], ...extra };
}

describe('deriveMemory: rejections', () => {
  it('rejects every paper of a PR closed without merging', () => {
    const memory = deriveMemory(
      input({ pulls: [pull(12, 'closed', false, marker(['2611.00001', '2611.00002']))] }),
    );
    expect([...memory.rejected]).toEqual([
      ['2611.00001', 'closed without merging in PR #12'],
      ['2611.00002', 'closed without merging in PR #12'],
    ]);
  });

  it('does not reject the papers of a PR the bot closed itself', () => {
    const memory = deriveMemory(
      input({ pulls: [pull(12, 'closed', false, marker(['2611.00001'], { closedByBot: true }))] }),
    );
    expect(memory.rejected.size).toBe(0);
  });

  it('still rejects what a maintainer removed from a PR the bot later closed', () => {
    const m = marker(['2611.00001'], { closedByBot: true, removed: [deleted('2611.00003')] });
    const memory = deriveMemory(input({ pulls: [pull(12, 'closed', false, m)] }));
    expect([...memory.rejected]).toEqual([['2611.00003', 'removed from PR #12 by a maintainer']]);
  });

  it('rejects a paper merged in a PR but no longer in the list', () => {
    const memory = deriveMemory(
      input({
        pulls: [pull(9, 'closed', true, marker(['2611.00001', '2611.00002']))],
        listedIds: new Set(['2611.00001']),
      }),
    );
    expect([...memory.rejected]).toEqual([['2611.00002', 'merged in PR #9 but no longer in the list']]);
  });

  it("rejects what someone else removed from the bot's open PR (proposed, missing from the branch)", () => {
    const open = pull(14, 'open', false, marker(['2611.00001', '2611.00002']), OTHER);
    const memory = deriveMemory(input({ pulls: [open], branchIds: new Set(['2611.00001']) }));
    expect([...memory.rejected]).toEqual([['2611.00002', 'removed from PR #14 by a maintainer']]);
    expect(memory.openPr).toMatchObject({
      number: 14,
      botOnly: false,
      newlyRemoved: [deleted('2611.00002')],
    });
  });

  it("rejects the removals recorded in the open PR's marker", () => {
    const open = pull(
      14,
      'open',
      false,
      marker(['2611.00001'], { removed: [deleted('2611.00007')], foreignCommits: true }),
    );
    const memory = deriveMemory(input({ pulls: [open], branchIds: new Set(['2611.00001']) }));
    expect([...memory.rejected]).toEqual([['2611.00007', 'removed from PR #14 by a maintainer']]);
    expect(memory.openPr?.newlyRemoved).toEqual([]);
  });

  it('does not read missing entries as removals while only the bot wrote the branch', () => {
    // The marker names a head the bot recorded before a rebuild whose ref update failed.
    const open = pull(14, 'open', false, marker(['2611.00001', '2611.00002']), OLD_HEAD);
    const memory = deriveMemory(input({ pulls: [open], branchIds: new Set(['2611.00001']) }));
    expect(memory.rejected.size).toBe(0);
    expect(memory.openPr?.botOnly).toBe(true);
    expect([...memory.inOpenPr]).toEqual(['2611.00001']);
  });

  it("rejects the config's ignore list, whatever the id's spelling", () => {
    const memory = deriveMemory(
      input({ ignore: ['arXiv:2611.00005v2', 'https://arxiv.org/abs/2611.00006'] }),
    );
    expect([...memory.rejected]).toEqual([
      ['2611.00005', "in the config's ignore list"],
      ['2611.00006', "in the config's ignore list"],
    ]);
  });
});

describe('deriveMemory: precedence', () => {
  it('listed beats rejected', () => {
    const memory = deriveMemory(
      input({
        pulls: [pull(12, 'closed', false, marker(['2611.00001', '2611.00002']))],
        listedIds: new Set(['2611.00001']),
        ignore: ['2611.00001'],
      }),
    );
    expect([...memory.rejected.keys()]).toEqual(['2611.00002']);
  });

  it('allow undoes a rejection, and says so when an id is also ignored', () => {
    const memory = deriveMemory(
      input({
        pulls: [pull(12, 'closed', false, marker(['2611.00001', '2611.00002']))],
        ignore: ['2611.00003'],
        allow: ['2611.00001', '2611.00003'],
      }),
    );
    expect([...memory.rejected.keys()]).toEqual(['2611.00002']);
    expect(memory.warnings).toEqual(['2611.00003 is in both ignore and allow; allow wins']);
  });

  it('the latest PR gives the reason when several reject the same paper', () => {
    const memory = deriveMemory(
      input({
        pulls: [
          pull(20, 'closed', true, marker(['2611.00001'])),
          pull(12, 'closed', false, marker(['2611.00001'])),
        ],
      }),
    );
    expect(memory.rejected.get('2611.00001')).toBe('merged in PR #20 but no longer in the list');
  });
});

describe('deriveMemory: the open PR', () => {
  it('is bot-only when its head is the one the marker recorded', () => {
    const memory = deriveMemory(
      input({
        pulls: [pull(14, 'open', false, marker(['2611.00001', '2611.00002']))],
        branchIds: new Set(['2611.00001', '2611.00002', '2501.00001']),
        listedIds: new Set(['2501.00001']),
      }),
    );
    expect(memory.openPr).toMatchObject({ number: 14, botOnly: true, newlyRemoved: [] });
    expect([...memory.inOpenPr]).toEqual(['2611.00001', '2611.00002']);
  });

  it('is foreign when the head moved, or once someone else committed (sticky)', () => {
    const moved = deriveMemory(input({ pulls: [pull(14, 'open', false, marker(['2611.00001']), OTHER)] }));
    const sticky = deriveMemory(
      input({ pulls: [pull(14, 'open', false, marker(['2611.00001'], { foreignCommits: true }))] }),
    );
    const unknownHead = deriveMemory(
      input({ pulls: [pull(14, 'open', false, marker(['2611.00001']), null)] }),
    );
    expect([moved, sticky, unknownHead].map((m) => m.openPr?.botOnly)).toEqual([false, false, false]);
  });

  it('counts a paper someone else added on the branch as in the open PR', () => {
    const open = pull(14, 'open', false, marker(['2611.00001']), OTHER);
    const memory = deriveMemory(
      input({
        pulls: [open],
        branchIds: new Set(['2611.00001', '2611.00042', '2501.00001']),
        listedIds: new Set(['2501.00001']),
      }),
    );
    expect([...memory.inOpenPr]).toEqual(['2611.00001', '2611.00042']);
  });

  it('rejects a paper unticked in review, and takes it out of the PR, whoever wrote the branch', () => {
    const both = new Set(['2611.00001', '2611.00002']);
    for (const head of [HEAD, OTHER]) {
      const open = pull(14, 'open', false, marker(['2611.00001', '2611.00002']), head);
      const memory = deriveMemory(
        input({ pulls: [open], branchIds: both, unticked: new Set(['2611.00002']) }),
      );
      expect(memory.rejected.get('2611.00002')).toBe('unticked in PR #14 by a maintainer');
      expect(memory.openPr?.newlyRemoved).toEqual([
        { id: '2611.00002', title: 'Paper 2611.00002', how: 'unticked' },
      ]);
      expect([...memory.inOpenPr]).toEqual(['2611.00001']);
    }
  });

  it('keeps the reason of an earlier untick once it is recorded', () => {
    const unticked: RemovedPaper = { id: '2611.00002', title: 'Paper 2611.00002', how: 'unticked' };
    const m = marker(['2611.00001'], { removed: [unticked] });
    const memory = deriveMemory(
      input({ pulls: [pull(14, 'open', false, m)], unticked: new Set(['2611.00002']) }),
    );
    expect(memory.rejected.get('2611.00002')).toBe('unticked in PR #14 by a maintainer');
    expect(memory.openPr?.newlyRemoved).toEqual([]);
  });

  it('falls back to the marker when the branch was not read', () => {
    const open = pull(
      14,
      'open',
      false,
      marker(['2611.00001', '2611.00002'], { removed: [deleted('2611.00002')] }),
    );
    expect([...deriveMemory(input({ pulls: [open] })).inOpenPr]).toEqual(['2611.00001']);
  });

  it('uses the newest open PR and warns when there are several', () => {
    const memory = deriveMemory(
      input({
        pulls: [
          pull(3, 'open', false, marker(['2611.00001'])),
          pull(7, 'open', false, marker(['2611.00002'])),
        ],
      }),
    );
    expect(memory.openPr?.number).toBe(7);
    expect(memory.warnings).toEqual([expect.stringMatching(/several open .*\(#3, #7\); using #7/)]);
  });

  it('has no open PR and nothing in it when every PR is closed', () => {
    const memory = deriveMemory(
      input({ pulls: [pull(3, 'closed', true, marker(['2611.00001']))], listedIds: new Set(['2611.00001']) }),
    );
    expect(memory.openPr).toBeNull();
    expect(memory.inOpenPr.size).toBe(0);
  });

  it('reports the latest window end any PR recorded', () => {
    const end = latestWindowEnd([
      pull(3, 'closed', true, marker([], { windowEnd: '2026-11-25T00:00:00Z' })),
      pull(5, 'closed', false, marker([], { windowEnd: null })),
      pull(4, 'closed', true, marker([], { windowEnd: '2026-11-22T00:00:00Z' })),
    ]);
    expect(end).toBe('2026-11-25T00:00:00Z');
  });
});

describe('deriveMemory: the details later runs rely on', () => {
  it('warns of nothing with one open PR, and lists rejections in id order', () => {
    const memory = deriveMemory(
      input({
        pulls: [
          pull(9, 'closed', false, marker(['2611.00009', '2610.00001', 'hep-th/9901001'])),
          pull(12, 'open', false, marker(['2611.00005'])),
        ],
        ignore: ['2611.00003'],
      }),
    );
    expect(memory.warnings).toEqual([]);
    expect([...memory.rejected.keys()]).toEqual(['hep-th/9901001', '2610.00001', '2611.00003', '2611.00009']);
  });

  it('keeps an ignore entry that is not an arXiv id as written, without its spaces', () => {
    const memory = deriveMemory(input({ ignore: ['  not-an-id  '], allow: [' also-not '] }));
    expect([...memory.rejected.keys()]).toEqual(['not-an-id']);
  });

  it('lists the papers of a foreign branch in id order, whatever order the list has them in', () => {
    const open = pull(14, 'open', false, marker(['2611.00002'], { foreignCommits: true }));
    const memory = deriveMemory(
      input({ pulls: [open], branchIds: new Set(['2611.00009', 'hep-th/9901001', '2611.00002']) }),
    );
    expect([...memory.inOpenPr]).toEqual(['hep-th/9901001', '2611.00002', '2611.00009']);
  });

  it('a foreign branch that was not read is no reason to record removals', () => {
    const open = pull(14, 'open', false, marker(['2611.00001', '2611.00002'], { foreignCommits: true }));
    const memory = deriveMemory(input({ pulls: [open], branchIds: null }));
    expect(memory.openPr?.newlyRemoved).toEqual([]);
    expect([...memory.inOpenPr]).toEqual(['2611.00001', '2611.00002']);
  });

  it('a removal already recorded is not recorded again, so a quiet night stays quiet', () => {
    const open = pull(
      14,
      'open',
      false,
      marker(['2611.00001', '2611.00002'], { foreignCommits: true, removed: [deleted('2611.00002')] }),
    );
    const memory = deriveMemory(input({ pulls: [open], branchIds: new Set(['2611.00001']) }));
    expect(memory.openPr?.newlyRemoved).toEqual([]);
    expect(memory.rejected.get('2611.00002')).toBe('removed from PR #14 by a maintainer');
  });

  it('orders PRs by number, whatever order GitHub lists them in: the newest reason wins', () => {
    const memory = deriveMemory(
      input({
        pulls: [
          pull(8, 'closed', false, marker(['2611.00001'], { removed: [deleted('2611.00001')] })),
          pull(3, 'closed', false, marker(['2611.00001'])),
        ],
      }),
    );
    expect(memory.rejected.get('2611.00001')).toBe('removed from PR #8 by a maintainer');
  });

  it('takes no window end from a marker whose end cannot be read, and none from no PR', () => {
    expect(latestWindowEnd([])).toBeNull();
    expect(
      latestWindowEnd([
        pull(3, 'closed', true, marker([], { windowEnd: 'not a date' })),
        pull(4, 'closed', true, marker([], { windowEnd: '2026-11-22T00:00:00Z' })),
        pull(5, 'closed', true, marker([], { windowEnd: '2026-11-21T00:00:00Z' })),
      ]),
    ).toBe('2026-11-22T00:00:00Z');
    expect(latestWindowEnd([pull(3, 'closed', true, marker([], { windowEnd: 'not a date' }))])).toBeNull();
  });
});

describe('deriveMemory: the guards the whole runs in test/run/memory-guards.test.ts exercise', () => {
  it('a bot-only PR holds the papers it proposed, not every paper its branch lists', () => {
    // The branch was built on the base before a maintainer deleted 2504.02826 from it.
    const open = pull(14, 'open', false, marker(['2611.00001']));
    const memory = deriveMemory(
      input({ pulls: [open], branchIds: new Set(['2504.02826', '2611.00001']), listedIds: new Set() }),
    );
    expect([...memory.inOpenPr]).toEqual(['2611.00001']);
  });

  it('a head that could not be read is never bot-only, even before any rebuild', () => {
    const open = pull(14, 'open', false, marker(['2611.00001'], { previousHeadSha: null }), null);
    expect(deriveMemory(input({ pulls: [open] })).openPr?.botOnly).toBe(false);
    expect(isBotOnlyHead(null, marker([], { previousHeadSha: null }))).toBe(false);
  });

  it('a paper moved from the PR into the base by hand is accepted, not recorded as removed', () => {
    const open = pull(14, 'open', false, marker(['2611.00001', '2611.00002'], { foreignCommits: true }));
    const memory = deriveMemory(
      input({ pulls: [open], branchIds: new Set(['2611.00002']), listedIds: new Set(['2611.00001']) }),
    );
    expect(memory.openPr?.newlyRemoved).toEqual([]);
  });
});
