/**
 * The fault matrix's promise on the paths a force-push-blocking ruleset takes: with a fault on a
 * write, every night ends exactly as an undisturbed one or fails with a clear message, nothing is
 * force-pushed, and a clean rerun converges to the undisturbed result.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { decodeMarker } from '../../src/pr/marker.js';
import type { RouteMatch } from '../helpers/fake-github.js';
import { BRANCH, LIST, onTopic, startWorld, type RunResult, type World } from './harness.js';

/** on-top: a bot-only PR and a new paper; fresh: the PR was closed, and a new paper came. */
type RuledState = 'on-top' | 'fresh';

const live = new Set<World>();
afterAll(async () => {
  await Promise.all([...live].map((world) => world.close()));
});

async function stage(state: RuledState): Promise<{ world: World; head: string }> {
  const world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
  live.add(world);
  world.github.addRuleset({ branches: ['arxiv-curator/**'], nonFastForward: true });
  expect((await world.night()).outputs['pull-request-operation']).toBe('created');
  if (state === 'fresh') world.github.closePull(world.github.openPulls()[0]!.number);
  world.advanceDays(1);
  world.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
  world.github.clearLog();
  return { world, head: world.github.branchSha(BRANCH)! };
}

interface Seen {
  headRef: string | null;
  text: string | undefined;
  proposed: string[];
  openPulls: number;
}

function seen(world: World): Seen {
  const open = world.github.openPulls();
  const marker = open[0] ? decodeMarker(open[0].body) : null;
  return {
    headRef: open[0]?.headRef ?? null,
    text: open[0] ? world.github.fileAt(open[0].headRef, LIST) : undefined,
    proposed: marker && 'marker' in marker ? marker.marker.proposed.map((p) => p.id) : [],
    openPulls: open.length,
  };
}

const references = new Map<RuledState, Seen>();
async function reference(state: RuledState): Promise<Seen> {
  const known = references.get(state);
  if (known) return known;
  const { world } = await stage(state);
  expect((await world.night()).error).toBe('');
  const clean = seen(world);
  references.set(state, clean);
  return clean;
}

const CREATE_TREE: RouteMatch = { method: 'POST', path: '/git/trees' };
const CREATE_COMMIT: RouteMatch = { method: 'POST', path: '/git/commits' };
const UPDATE_PULL: RouteMatch = { method: 'PATCH', path: /^\/pulls\/\d+$/ };
const MOVE_REF: RouteMatch = { method: 'PATCH', path: `/git/refs/heads/${BRANCH}` };
const CREATE_REF: RouteMatch = { method: 'POST', path: '/git/refs' };
const PUT_LIST: RouteMatch = { method: 'PUT', path: `/contents/${LIST}` };
const CREATE_PULL: RouteMatch = { method: 'POST', path: '/pulls' };
const ADD_LABELS: RouteMatch = { method: 'POST', path: /^\/issues\/\d+\/labels$/ };

/** Each state's writes in order; a route listed twice is written twice (refused, then on top). */
const WRITES: Record<RuledState, RouteMatch[]> = {
  'on-top': [CREATE_TREE, CREATE_COMMIT, UPDATE_PULL, MOVE_REF, CREATE_COMMIT, UPDATE_PULL, MOVE_REF],
  fresh: [MOVE_REF, CREATE_REF, PUT_LIST, CREATE_PULL, ADD_LABELS],
};
const UNIQUE = (state: RuledState) => [...new Set(WRITES[state])];

interface Cell {
  name: string;
  inject: (world: World) => void;
  outcome: 'same' | RegExp;
  /**
   * The branch the PR ends on when not the undisturbed run's: a fresh branch that holds a failed
   * attempt's commit and no PR cannot be reset under the rule, so it is left and the next used.
   */
  branch?: string;
  /** Checks on the clean rerun. */
  rerun?: (result: RunResult) => void;
}

const cells = (state: RuledState): Cell[] => [
  {
    name: 'GitHub 502 once on every write',
    inject: (world) => WRITES[state].forEach((route) => world.github.failNext(1, { status: 502, route })),
    outcome: 'same',
  },
  {
    name: 'connection dropped before GitHub handles each write',
    inject: (world) => UNIQUE(state).forEach((route) => world.github.dropConnection(route)),
    outcome: 'same',
  },
  {
    name: 'connection dropped after GitHub handled each write',
    inject: (world) =>
      UNIQUE(state).forEach((route) => world.github.dropConnection(route, 1, { afterHandling: true })),
    outcome: 'same',
    // The lost answer to the commit makes the run start over (its retry finds the file changed).
    branch: state === 'fresh' ? `${BRANCH}-3` : undefined,
  },
  ...UNIQUE(state)
    .filter((route) => route !== ADD_LABELS)
    .map((route): Cell => ({
      name: `GitHub 503 on every try of ${route.method} ${String(route.path)}`,
      inject: (world) => world.github.failNext(20, { status: 503, route, message: 'Service Unavailable' }),
      outcome: /^could not .*: 503 Service Unavailable$/,
      branch: route === CREATE_PULL ? `${BRANCH}-3` : undefined,
    })),
  ...(state === 'fresh'
    ? [
        {
          name: 'the PR is opened but every answer is lost: the next run labels it and finds it',
          inject: (world: World) => {
            world.github.dropConnection(CREATE_PULL, 1, { afterHandling: true });
            // GitHub opens the PR on the first try; every retry then fails.
            world.github.beforeHandling = (request) => {
              if (request.method !== 'POST' || !request.path.endsWith('/pulls')) return;
              world.github.beforeHandling = null;
              world.github.failNext(20, { status: 503, route: CREATE_PULL, message: 'Service Unavailable' });
            };
          },
          outcome: /^could not open the pull request in lists\/awesome-gpt-image: 503 Service Unavailable$/,
          rerun: (result: RunResult) => {
            expect(result.stdout).toMatch(
              /::warning::pull request #2 on arxiv-curator\/new-papers-2 was opened by an earlier run that stopped before labelling it; labelled it; starting the run again/,
            );
            expect(result.outputs['pull-request-number']).toBe('2');
          },
        },
      ]
    : []),
];

describe.each(['on-top', 'fresh'] as const)('faults on the ruleset path (%s)', (state) => {
  it.each(cells(state).map((cell) => [cell.name, cell] as const))('%s', async (_name, cell) => {
    const expected = await reference(state);
    const { world, head } = await stage(state);
    cell.inject(world);
    const result: RunResult = await world.night();
    if (cell.outcome === 'same') {
      expect(result.error).toBe('');
      expect(seen(world)).toEqual({ ...expected, headRef: cell.branch ?? expected.headRef });
    } else {
      expect(result.failed).toBe(true);
      expect(result.error).toMatch(cell.outcome);
      expect(world.github.openPulls().length).toBeLessThanOrEqual(1);
    }
    // Nothing was forced: the bot's branch still holds the head it had.
    expect(world.github.isAncestor(head, world.github.branchSha(BRANCH)!)).toBe(true);
    world.github.clearFaults();
    world.github.beforeHandling = null;
    const rerun = await world.night();
    expect(rerun.error).toBe('');
    cell.rerun?.(rerun);
    expect(seen(world)).toEqual({ ...expected, headRef: cell.branch ?? expected.headRef });
  });
});
