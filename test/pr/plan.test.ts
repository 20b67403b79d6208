import { describe, expect, it } from '@jest/globals';
import {
  planNeedsMergeable,
  planPullRequest,
  type PlanInput,
  type PullOperation,
  type PullOutput,
} from '../../src/pr/plan.js';

const base: PlanInput = {
  openPr: 'none',
  proposedBefore: [],
  proposedAfter: [],
  textChanged: false,
  baseMoved: false,
  mergeable: null,
};

type Row = [string, Partial<PlanInput>, PullOperation, PullOutput];

const rows: Row[] = [
  // no open PR
  ['no PR, nothing to propose', {}, 'none', 'none'],
  ['no PR, papers to propose', { proposedAfter: ['2611.00001'] }, 'create', 'created'],
  // bot-only PR
  [
    'bot-only, same set, same text',
    { openPr: 'bot-only', proposedBefore: ['a'], proposedAfter: ['a'] },
    'unchanged',
    'unchanged',
  ],
  [
    'bot-only, a new paper',
    { openPr: 'bot-only', proposedBefore: ['a'], proposedAfter: ['a', 'b'] },
    'rebuild',
    'updated',
  ],
  [
    'bot-only, a paper dropped (listed on the base now)',
    { openPr: 'bot-only', proposedBefore: ['a', 'b'], proposedAfter: ['a'] },
    'rebuild',
    'updated',
  ],
  [
    'bot-only, same set, text changed',
    { openPr: 'bot-only', proposedBefore: ['a'], proposedAfter: ['a'], textChanged: true },
    'rebuild',
    'updated',
  ],
  [
    'bot-only, base moved, still mergeable',
    { openPr: 'bot-only', proposedBefore: ['a'], proposedAfter: ['a'], baseMoved: true, mergeable: true },
    'unchanged',
    'unchanged',
  ],
  [
    'bot-only, base moved, mergeable unknown',
    { openPr: 'bot-only', proposedBefore: ['a'], proposedAfter: ['a'], baseMoved: true, mergeable: null },
    'unchanged',
    'unchanged',
  ],
  [
    'bot-only, base moved, conflicts',
    { openPr: 'bot-only', proposedBefore: ['a'], proposedAfter: ['a'], baseMoved: true, mergeable: false },
    'rebuild',
    'updated',
  ],
  [
    'bot-only, not mergeable but base did not move',
    { openPr: 'bot-only', proposedBefore: ['a'], proposedAfter: ['a'], mergeable: false },
    'unchanged',
    'unchanged',
  ],
  [
    'bot-only, base lists every proposed paper',
    { openPr: 'bot-only', proposedBefore: ['a', 'b'], proposedAfter: [] },
    'close',
    'updated',
  ],
  // someone else committed
  [
    'foreign, nothing new',
    { openPr: 'foreign', proposedBefore: ['a'], proposedAfter: ['a'] },
    'unchanged',
    'unchanged',
  ],
  [
    'foreign, a new paper',
    { openPr: 'foreign', proposedBefore: ['a'], proposedAfter: ['a', 'b'] },
    'append',
    'updated',
  ],
  [
    'foreign, text changed only: never rewritten',
    { openPr: 'foreign', proposedBefore: ['a'], proposedAfter: ['a'], textChanged: true },
    'unchanged',
    'unchanged',
  ],
  [
    'foreign, conflicts on a moved base: left to the maintainer',
    { openPr: 'foreign', proposedBefore: ['a'], proposedAfter: ['a'], baseMoved: true, mergeable: false },
    'unchanged',
    'unchanged',
  ],
  [
    'foreign, everything listed: never closed',
    { openPr: 'foreign', proposedBefore: ['a'], proposedAfter: [] },
    'unchanged',
    'unchanged',
  ],
];

describe('planPullRequest', () => {
  it.each(rows)('%s → %s', (_name, input, operation, output) => {
    const result = planPullRequest({ ...base, ...input });
    expect(result.operation).toBe(operation);
    expect(result.output).toBe(output);
    expect(result.reason.length).toBeGreaterThan(0);
  });

  it('says what changed in the proposed set', () => {
    const result = planPullRequest({
      ...base,
      openPr: 'bot-only',
      proposedBefore: ['a', 'b'],
      proposedAfter: ['a', 'c', 'd'],
    });
    expect(result.reason).toBe('the proposed set changed (+2 −1)');
  });
});

describe('planNeedsMergeable', () => {
  const cases: Array<[string, Partial<PlanInput>, boolean]> = [
    [
      'bot-only on a moved base with nothing else to do',
      { openPr: 'bot-only', proposedBefore: ['a'], proposedAfter: ['a'], baseMoved: true },
      true,
    ],
    [
      'bot-only on a moved base with a new paper (rebuilds anyway)',
      { openPr: 'bot-only', proposedBefore: ['a'], proposedAfter: ['a', 'b'], baseMoved: true },
      false,
    ],
    [
      'bot-only on an unmoved base',
      { openPr: 'bot-only', proposedBefore: ['a'], proposedAfter: ['a'] },
      false,
    ],
    [
      'foreign on a moved base',
      { openPr: 'foreign', proposedBefore: ['a'], proposedAfter: ['a'], baseMoved: true },
      false,
    ],
    ['no PR', { baseMoved: true, proposedAfter: ['a'] }, false],
  ];
  it.each(cases)('%s → %s', (_name, input, expected) => {
    expect(planNeedsMergeable({ ...base, ...input })).toBe(expected);
  });
});
