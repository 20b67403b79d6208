/**
 * The fault matrix (SPEC §2, §8): whole runs of the Action with one fault injected into the fake
 * arXiv or the fake GitHub, in each PR state that has the faulted step. Every cell ends either
 * exactly as an undisturbed run or failed with a clear message; never with a partial PR or a lost
 * maintainer commit; and a clean rerun always converges to the undisturbed result.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { decodeMarker } from '../../src/pr/marker.js';
import type { Fault, RecordedRequest } from '../helpers/fake-arxiv.js';
import type { LoggedRequest, RouteMatch } from '../helpers/fake-github.js';
import { BRANCH, LIST, onTopic, startWorld, type RunResult, type World } from './harness.js';

/** The PR state the faulted night starts from, named by the write it makes. */
type PrState = 'create' | 'rebuild' | 'append';
/** Maintainer edits a cell makes mid-run; the reference world makes them before the night. */
type Edit = 'base' | 'branch';

const EARLY = onTopic('2611.10001', '2026-11-24T10:00:00Z');
const LATE = onTopic('2611.10002', '2026-11-26T12:00:00Z');
const SETUP_EDIT = '* A tool the maintainer added.';
const BASE_EDIT = '* [Another tool](https://example.org/tool)';
const BRANCH_EDIT = '* A second tool the maintainer added.';
/** Short, so a hanging arXiv costs the suite a fraction of a second of real time. */
const REQUEST_TIMEOUT_MS = 150;
/** The harness's interval between arXiv requests (a test server may be asked faster than arXiv). */
const ARXIV_INTERVAL_MS = 1_000;

const addUnderTools =
  (line: string) =>
  (text: string | undefined): string =>
    text!.replace('## Tools\n', `## Tools\n${line}\n`);

interface Stage {
  world: World;
  /** Commits by maintainers that every later branch head must contain. */
  maintainerCommits: string[];
}

/**
 * A world just before the night under test: no PR yet (create), a bot-only PR (rebuild), or a PR
 * a maintainer has committed to (append); in the last two a new paper arrived since.
 */
async function stage(state: PrState): Promise<Stage> {
  const world = await startWorld({
    papers: [EARLY],
    arxivClient: { requestTimeoutMs: REQUEST_TIMEOUT_MS },
  });
  live.add(world);
  const maintainerCommits: string[] = [];
  if (state !== 'create') {
    const first = await world.night();
    expect(first.outputs['pull-request-operation']).toBe('created');
    if (state === 'append') {
      maintainerCommits.push(world.github.pushCommit(BRANCH, LIST, addUnderTools(SETUP_EDIT)));
    }
    world.advanceDays(1);
    world.papers.push(LATE);
  }
  world.github.clearLog();
  return { world, maintainerCommits };
}

/** What a maintainer sees: the branch's list text, the proposed ids in the marker, the operation. */
interface Seen {
  text: string | undefined;
  proposed: string[];
  operation: string;
  openPulls: number;
}

function seen(world: World, result: RunResult): Seen {
  const open = world.github.openPulls();
  const marker = open[0] ? decodeMarker(open[0].body) : null;
  return {
    text: world.github.fileAt(BRANCH, LIST),
    proposed: marker && 'marker' in marker ? marker.marker.proposed.map((p) => p.id) : [],
    operation: result.outputs['pull-request-operation'] ?? '',
    openPulls: open.length,
  };
}

/** Undisturbed runs, one per state and set of maintainer edits made before the night. */
const references = new Map<string, Seen>();
/** Worlds not closed yet (a failed expectation must not leave servers open). */
const live = new Set<World>();

async function reference(state: PrState, edits: readonly Edit[]): Promise<Seen> {
  const key = `${state}:${[...edits].sort().join(',')}`;
  const known = references.get(key);
  if (known) return known;
  const { world } = await stage(state);
  applyEdits(world, edits);
  const result = await world.night();
  expect(result.error).toBe('');
  const clean = seen(world, result);
  references.set(key, clean);
  return clean;
}

function applyEdits(world: World, edits: readonly Edit[]): string[] {
  const shas: string[] = [];
  for (const edit of edits) {
    if (edit === 'base') world.github.editBaseFile(LIST, addUnderTools(BASE_EDIT));
    else shas.push(world.github.pushCommit(BRANCH, LIST, addUnderTools(BRANCH_EDIT), 'Maintainer edit'));
  }
  return shas;
}

afterAll(async () => {
  await Promise.all([...live].map((world) => world.close()));
});

interface Cell {
  name: string;
  state: PrState;
  /** Injects the fault; returns the maintainer commits it makes on the bot's branch mid-run. */
  inject: (world: World) => string[] | void;
  /** The run must succeed (and match a reference), or fail with a message matching this. */
  outcome: 'same' | RegExp;
  /** Maintainer edits the fault makes mid-run: the result may match the reference with them. */
  edits?: Edit[];
  /** The run must make no write request (arXiv failed, or a read failed). */
  noWrites?: boolean;
  /** Extra checks on the faulted run. */
  check?: (result: RunResult, world: World) => void;
}

const arxivFault =
  (fault: Fault, times = 1) =>
  (world: World): void => {
    world.arxiv.inject({ fault, times });
  };

/** Acts once when the fake GitHub is about to handle the first request matching `route`. */
function midRun(world: World, route: RouteMatch, act: () => void): void {
  let done = false;
  world.github.beforeHandling = (request: LoggedRequest) => {
    if (done || !matchesRoute(request, route, world)) return;
    done = true;
    act();
  };
}

function matchesRoute(request: LoggedRequest, route: RouteMatch, world: World): boolean {
  const prefix = `/repos/${world.github.owner}/${world.github.repo}`;
  const relative = request.path.startsWith(prefix) ? request.path.slice(prefix.length) : request.path;
  if (route.method !== undefined && route.method !== request.method) return false;
  if (route.path === undefined) return true;
  return typeof route.path === 'string' ? route.path === relative : route.path.test(relative);
}

const PUT_LIST: RouteMatch = { method: 'PUT', path: `/contents/${LIST}` };
const CREATE_REF: RouteMatch = { method: 'POST', path: '/git/refs' };
const CREATE_PULL: RouteMatch = { method: 'POST', path: '/pulls' };
const UPDATE_PULL: RouteMatch = { method: 'PATCH', path: /^\/pulls\/\d+$/ };
const CREATE_TREE: RouteMatch = { method: 'POST', path: '/git/trees' };
const CREATE_COMMIT: RouteMatch = { method: 'POST', path: '/git/commits' };
const MOVE_REF: RouteMatch = { method: 'PATCH', path: `/git/refs/heads/${BRANCH}` };
const ADD_LABELS: RouteMatch = { method: 'POST', path: /^\/issues\/\d+\/labels$/ };
const READ_LIST: RouteMatch = { method: 'GET', path: `/contents/${LIST}` };
const LIST_PULLS: RouteMatch = { method: 'GET', path: '/pulls' };
const LIST_ISSUES: RouteMatch = { method: 'GET', path: '/issues' };

/** Every write each state makes, in order (the routes a write fault can hit). */
const WRITES: Record<PrState, Array<[string, RouteMatch]>> = {
  create: [
    ['create the branch', CREATE_REF],
    ['commit the list', PUT_LIST],
    ['open the PR', CREATE_PULL],
    ['label the PR', ADD_LABELS],
  ],
  rebuild: [
    ['create the tree', CREATE_TREE],
    ['create the commit', CREATE_COMMIT],
    ['update the PR', UPDATE_PULL],
    ['move the branch', MOVE_REF],
  ],
  append: [
    ['commit the list', PUT_LIST],
    ['update the PR', UPDATE_PULL],
  ],
};
const STATES: PrState[] = ['create', 'rebuild', 'append'];
/** The step that moves the branch, and the PR update on the other side of it. */
const BRANCH_WRITE: Record<PrState, RouteMatch> = { create: PUT_LIST, rebuild: MOVE_REF, append: PUT_LIST };
const PULL_WRITE: Record<PrState, RouteMatch> = {
  create: CREATE_PULL,
  rebuild: UPDATE_PULL,
  append: UPDATE_PULL,
};
/** The first write of each state: where a missing permission shows. */
const FIRST_WRITE: Record<PrState, RouteMatch> = {
  create: CREATE_REF,
  rebuild: CREATE_TREE,
  append: PUT_LIST,
};
/** What each state's first write is called in the error message. */
const FIRST_WRITE_TEXT: Record<PrState, RegExp> = {
  create: /could not create branch arxiv-curator\/new-papers/,
  rebuild: /could not create a commit changing README\.md/,
  append: /could not commit README\.md to branch arxiv-curator\/new-papers/,
};

const ARXIV_CELLS: Cell[] = [
  {
    name: 'arXiv 500, 502, 503 and 504 in a row',
    state: 'create',
    inject: (world) => {
      for (const status of [500, 502, 503, 504]) world.arxiv.inject({ fault: { kind: 'status', status } });
    },
    outcome: 'same',
    check: (result) => expect(result.arxivRequests).toBe(5),
  },
  {
    name: 'arXiv 429 with Retry-After: 20',
    state: 'create',
    inject: arxivFault({ kind: 'status', status: 429, headers: { 'retry-after': '20' } }),
    outcome: 'same',
    check: (_result, world) => {
      const [first, second] = world.arxiv.requests.slice(-2);
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(20_000);
    },
  },
  {
    name: 'arXiv 406 once',
    state: 'create',
    inject: arxivFault({ kind: 'status', status: 406 }),
    outcome: 'same',
  },
  {
    name: 'arXiv 406 twice (retried once only)',
    state: 'create',
    inject: arxivFault({ kind: 'status', status: 406 }, 2),
    outcome: /^arXiv request failed: HTTP 406, .*; gave up after 1 retry over/,
    noWrites: true,
  },
  {
    name: 'arXiv "Rate exceeded." with 200, twice',
    state: 'create',
    inject: arxivFault({ kind: 'rate-exceeded' }, 2),
    outcome: 'same',
  },
  { name: 'arXiv empty body', state: 'create', inject: arxivFault({ kind: 'empty-body' }), outcome: 'same' },
  {
    name: 'arXiv HTML page',
    state: 'create',
    inject: arxivFault({ kind: 'html', status: 200 }),
    outcome: 'same',
  },
  {
    name: 'arXiv empty page although it counts results, twice',
    state: 'create',
    inject: arxivFault({ kind: 'empty-page' }, 2),
    outcome: 'same',
  },
  {
    name: 'arXiv truncated feed',
    state: 'create',
    inject: arxivFault({ kind: 'truncated' }),
    outcome: 'same',
  },
  {
    name: 'arXiv hangs (request timeout)',
    state: 'create',
    inject: arxivFault({ kind: 'hang' }),
    outcome: 'same',
  },
  {
    name: 'arXiv drops the connection',
    state: 'create',
    inject: arxivFault({ kind: 'reset' }),
    outcome: 'same',
  },
  ...STATES.map((state): Cell => ({
    name: `arXiv down all night (${state})`,
    state,
    inject: arxivFault({ kind: 'status', status: 503, body: 'Service Unavailable' }, Infinity),
    outcome:
      /^arXiv request failed: HTTP 503, last message from arXiv "Service Unavailable"; gave up after \d+ retries over /,
    noWrites: true,
  })),
  {
    name: 'arXiv 400 error feed (not retried)',
    state: 'create',
    inject: arxivFault({ kind: 'error-feed', message: 'incorrect id format for 1234.12345' }),
    outcome: /^arXiv rejected the query \(HTTP 400\): "incorrect id format for 1234\.12345"; not retried$/,
    noWrites: true,
    check: (result) => expect(result.arxivRequests).toBe(1),
  },
  {
    name: 'arXiv 503 and GitHub 502 on a read in the same run (rebuild)',
    state: 'rebuild',
    inject: (world) => {
      world.arxiv.inject({ fault: { kind: 'status', status: 503 } });
      world.github.failNext(1, { status: 502, route: READ_LIST });
    },
    outcome: 'same',
  },
];

const READ_CELLS: Cell[] = [
  ...STATES.map((state): Cell => ({
    name: `GitHub 502 on the first two reads and a secondary rate limit on listing issues (${state})`,
    state,
    inject: (world) => {
      world.github.failNext(2, { status: 502, route: { method: 'GET' } });
      world.github.secondaryRateLimit(1, { route: LIST_ISSUES, retryAfterSeconds: 2 });
    },
    outcome: 'same',
  })),
  {
    name: 'GitHub 500 on every try of listing the PRs',
    state: 'create',
    inject: (world) => world.github.failNext(10, { status: 500, route: LIST_PULLS, message: 'Server Error' }),
    outcome:
      /^could not list pull requests from arxiv-curator\/new-papers in lists\/awesome-gpt-image: 500 Server Error$/,
    noWrites: true,
  },
  ...STATES.map((state): Cell => ({
    name: `GitHub 404 on the list file (${state})`,
    state,
    inject: (world) => world.github.notFound(READ_LIST),
    outcome: /^the list file README\.md was not found on branch \S+: set list-path/,
    noWrites: true,
  })),
];

/** One fault on each write of the state: faults that are retried compose in one run. */
const onEveryWrite =
  (state: PrState, fault: (world: World, route: RouteMatch) => void) =>
  (world: World): void => {
    for (const [, route] of WRITES[state]) fault(world, route);
  };

const WRITE_CELLS: Cell[] = STATES.flatMap((state): Cell[] => [
  {
    name: `GitHub 502 once on every write (${state})`,
    state,
    inject: onEveryWrite(state, (world, route) => world.github.failNext(1, { status: 502, route })),
    outcome: 'same',
    check: (result) =>
      expect(result.github.filter((r) => r.status === 502)).toHaveLength(WRITES[state].length),
  },
  {
    name: `GitHub secondary rate limit (retry-after) on every write (${state})`,
    state,
    inject: onEveryWrite(state, (world, route) =>
      world.github.secondaryRateLimit(1, { route, retryAfterSeconds: 3 }),
    ),
    outcome: 'same',
  },
  {
    name: `connection dropped before GitHub handles each write (${state})`,
    state,
    inject: onEveryWrite(state, (world, route) => world.github.dropConnection(route)),
    outcome: 'same',
  },
  ...WRITES[state].map(([step, route]): Cell => ({
    name: `GitHub 503 on every try of "${step}" (${state})`,
    state,
    inject: (world) => world.github.failNext(10, { status: 503, route, message: 'Service Unavailable' }),
    // Labels are an extra: a run that cannot add them still succeeds, with a warning.
    outcome: route === ADD_LABELS ? 'same' : /^could not .*: 503 Service Unavailable$/,
  })),
  {
    name: `connection dropped after GitHub moved the branch (${state})`,
    state,
    inject: (world) => world.github.dropConnection(BRANCH_WRITE[state], 1, { afterHandling: true }),
    outcome: 'same',
  },
  {
    name: `connection dropped after GitHub wrote the PR (${state})`,
    state,
    inject: (world) => world.github.dropConnection(PULL_WRITE[state], 1, { afterHandling: true }),
    outcome: 'same',
  },
  {
    name: `GitHub 403 "Resource not accessible by integration" on the first write (${state})`,
    state,
    inject: (world) => world.github.forbid(FIRST_WRITE[state]),
    outcome: new RegExp(`^${FIRST_WRITE_TEXT[state].source}.*lacks the "contents: write" permission`),
  },
  {
    name: `the base moves mid-run (${state})`,
    state,
    inject: (world) => midRun(world, FIRST_WRITE[state], () => applyEdits(world, ['base'])),
    outcome: 'same',
    edits: ['base'],
  },
]);

const SETUP_CELLS: Cell[] = [
  {
    name: 'GitHub 403 "not permitted to create or approve pull requests" (create)',
    state: 'create',
    inject: (world) => world.github.forbidPullCreation(),
    outcome:
      /^could not open the pull request in lists\/awesome-gpt-image: GitHub Actions is not permitted to create or approve pull requests\. Turn on Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests"/,
  },
  ...(['rebuild', 'append'] as const).map((state): Cell => ({
    name: `GitHub 403 "Resource not accessible by integration" on the PR update (${state})`,
    state,
    inject: (world) => world.github.forbid(UPDATE_PULL),
    outcome:
      /^could not update pull request #1 in lists\/awesome-gpt-image: the token lacks the "pull-requests: write" permission/,
  })),
  {
    name: 'a maintainer pushes to the branch mid-run: PUT contents 409, the run starts over (append)',
    state: 'append',
    inject: (world) => {
      const shas: string[] = [];
      midRun(world, PUT_LIST, () => shas.push(...applyEdits(world, ['branch'])));
      return shas;
    },
    outcome: 'same',
    edits: ['branch'],
    // Not retried by Octokit: a changed file does not heal by asking again.
    check: (result) => expect(result.github.filter((r) => r.status === 409)).toHaveLength(1),
  },
];

const CELLS: Cell[] = [...ARXIV_CELLS, ...READ_CELLS, ...WRITE_CELLS, ...SETUP_CELLS];

/** No stack trace anywhere in what the run printed. */
const STACK_LINE = /^\s+at .+[:(]\d+:\d+\)?$/m;

describe('the fault matrix: one fault per run, in each PR state that has the faulted step', () => {
  it.each(CELLS.map((cell) => [cell.name, cell] as const))('%s', async (_name, cell) => {
    const accepted = [
      await reference(cell.state, []),
      ...(cell.edits ? [await reference(cell.state, cell.edits)] : []),
    ];
    const { world, maintainerCommits } = await stage(cell.state);
    try {
      const baseBefore = world.github.branchSha('main')!;
      const described = world.github.openPulls().map(({ title, body }) => ({ title, body }));
      maintainerCommits.push(...(cell.inject(world) ?? []));

      const arxivBefore = world.arxiv.requests.length;
      const faulted = await world.night();
      expectPolite(world.arxiv.requests.slice(arxivBefore));
      expect(faulted.stdout).not.toMatch(STACK_LINE);
      if (cell.outcome === 'same') {
        expect(faulted.error).toBe('');
        expectOneOf(seen(world, faulted), accepted);
      } else {
        expect(faulted.failed).toBe(true);
        expect(faulted.error).toMatch(cell.outcome);
        expect(faulted.summary).toMatch(/^### arxiv-curator — (arXiv could not be read|the run failed)$/m);
        // A failed run never leaves the PR describing what its branch does not hold.
        expect(world.github.openPulls().map(({ title, body }) => ({ title, body }))).toEqual(described);
      }
      if (cell.noWrites) expect(faulted.github.filter((r) => r.method !== 'GET')).toEqual([]);
      cell.check?.(faulted, world);
      expectNoDamage(world, maintainerCommits, cell.edits?.includes('base') ? null : baseBefore);

      world.github.clearFaults();
      world.github.beforeHandling = null;
      world.arxiv.clearFaults();
      const rerun = await world.night();
      expect(rerun.error).toBe('');
      const { operation, ...converged } = seen(world, rerun);
      expectOneOf(
        converged,
        accepted.map(({ operation: _, ...rest }) => rest),
      );
      // A run that succeeded left nothing to do; after a failure the rerun finishes the job. A moved
      // base may need a rebuild (the fake compares whole files to decide whether the PR merges).
      if (cell.outcome === 'same' && !cell.edits?.includes('base')) expect(operation).toBe('unchanged');
      expectNoDamage(world, maintainerCommits, null);
    } finally {
      live.delete(world);
      await world.close();
    }
  });
});

/** One request at a time, each at least the interval after the one before, retries included. */
function expectPolite(requests: readonly RecordedRequest[]): void {
  expect(requests.filter((r) => r.inFlight !== 1)).toEqual([]);
  for (let i = 1; i < requests.length; i += 1) {
    expect(requests[i]!.at - requests[i - 1]!.at).toBeGreaterThanOrEqual(ARXIV_INTERVAL_MS);
  }
}

/** `actual` equals one of `accepted`; otherwise a diff against the first. */
function expectOneOf<T>(actual: T, accepted: readonly T[]): void {
  if (accepted.some((candidate) => JSON.stringify(candidate) === JSON.stringify(actual))) return;
  expect(actual).toEqual(accepted[0]);
}

/**
 * What no fault may leave behind: an open PR without a readable marker, or whose branch lacks an
 * entry its marker proposes; a maintainer commit that is no longer in the branch; a base the bot
 * changed.
 */
function expectNoDamage(world: World, maintainerCommits: readonly string[], baseBefore: string | null): void {
  const { github } = world;
  for (const pull of github.openPulls()) {
    const decoded = decodeMarker(pull.body);
    expect('marker' in decoded).toBe(true);
    if (!('marker' in decoded)) continue;
    const text = github.fileAt(pull.headRef, LIST) ?? '';
    const removed = new Set(decoded.marker.removed.map((r) => r.id));
    for (const paper of decoded.marker.proposed) {
      if (!removed.has(paper.id)) expect(text).toContain(`https://arxiv.org/pdf/${paper.id}`);
    }
  }
  const head = github.branchSha(BRANCH);
  for (const sha of maintainerCommits) {
    expect(head !== undefined && github.isAncestor(sha, head)).toBe(true);
  }
  if (baseBefore !== null) expect(github.branchSha('main')).toBe(baseBefore);
}
