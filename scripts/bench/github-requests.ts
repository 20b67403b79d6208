/**
 * GitHub requests per scenario, counted the way the whole-run tests count them: the Action's
 * `run()` against the fake GitHub and fake arXiv of `test/run/harness.ts` (real Octokit, real
 * HTTP). SPEC §9: create ≤ 8, update ≤ 8, nothing changed ≤ 4 (all reads); a refresh of the
 * description after a maintainer's edit may add one write.
 */
import { BRANCH, LIST, onTopic, startWorld, type RunResult, type World } from '../../test/run/harness.js';

export interface ScenarioCount {
  scenario: string;
  requests: number;
  writes: number;
  arxiv: number;
  /** SPEC §9's limit for this scenario, and whether it may write at all. */
  limit: number;
  mayWrite: boolean;
}

const paper = (n: number, day = 24) =>
  onTopic(`2611.${10000 + n}`, `2026-11-${day}T${String(8 + (n % 10)).padStart(2, '0')}:00:00Z`);

function untick(world: World, id: string): void {
  const [pull] = world.github.openPulls();
  world.github.editPullBody(pull!.number, (body) => body.replace(`- [x] ${id} `, `- [ ] ${id} `));
}

/** Each scenario: a fresh world, the setting-up runs, then the measured run. */
const SCENARIOS: Array<{
  scenario: string;
  limit: number;
  mayWrite: boolean;
  run: () => Promise<RunResult>;
}> = [
  {
    scenario: 'create the PR',
    limit: 8,
    mayWrite: true,
    run: async () => within([paper(1)], (w) => w.night()),
  },
  {
    scenario: 'nothing changed (the same night again)',
    limit: 4,
    mayWrite: false,
    run: async () => within([paper(1)], async (w) => (await w.night(), w.night())),
  },
  {
    scenario: 'update the PR (a new paper the next night)',
    limit: 8,
    mayWrite: true,
    run: async () =>
      within([paper(1)], async (w) => {
        await w.night();
        w.advanceDays(1);
        w.papers.push(paper(2, 26));
        return w.night();
      }),
  },
  {
    scenario: 'third run on one night, 25 qualifying, max-papers 10',
    limit: 4,
    mayWrite: false,
    run: async () =>
      within(
        Array.from({ length: 25 }, (_, i) => paper(i + 1)),
        async (w) => (
          await w.night({ 'max-papers': '10' }),
          await w.night({ 'max-papers': '10' }),
          w.night({ 'max-papers': '10' })
        ),
      ),
  },
  {
    scenario: 'untick one (bot-only branch: rebuild)',
    limit: 8,
    mayWrite: true,
    run: async () =>
      within([paper(1), paper(2)], async (w) => {
        await w.night();
        untick(w, '2611.10002');
        return w.night();
      }),
  },
  {
    scenario: 'untick one on a PR a maintainer committed to (commit on top)',
    limit: 8,
    mayWrite: true,
    run: async () =>
      within([paper(1), paper(2)], async (w) => {
        await w.night();
        w.github.pushCommit(BRANCH, LIST, (t) => t!.replace('## Tools', '## Tools\n* A tool.'));
        untick(w, '2611.10002');
        return w.night();
      }),
  },
  {
    scenario: "the untick's own re-run (nothing to change)",
    limit: 4,
    mayWrite: false,
    run: async () =>
      within([paper(1), paper(2)], async (w) => {
        await w.night();
        untick(w, '2611.10002');
        await w.night();
        return w.night();
      }),
  },
  {
    scenario: 'a maintainer deleted an entry, nothing new (description refreshed)',
    limit: 4 + 1,
    mayWrite: true,
    run: async () =>
      within([paper(1), paper(2)], async (w) => {
        await w.night();
        w.github.pushCommit(BRANCH, LIST, (t) =>
          t!.replace(/### 5\.[\s\S]*?(?=\n## )/, '').replace(/\n\n\n+/g, '\n\n'),
        );
        w.advanceDays(1);
        return w.night();
      }),
  },
  {
    scenario: 'a maintainer edited the description (put back)',
    limit: 4 + 1,
    mayWrite: true,
    run: async () =>
      within([paper(1)], async (w) => {
        await w.night();
        const [pull] = w.github.openPulls();
        w.github.editPullBody(pull!.number, (b) => b.replace('**Reviewing:**', 'Edited. **Reviewing:**'));
        return w.night();
      }),
  },
  {
    scenario: 'merge → the next PR from the queue (out of the window)',
    limit: 8,
    mayWrite: true,
    run: async () =>
      within(
        Array.from({ length: 25 }, (_, i) => paper(i + 1)),
        async (w) => {
          await w.night({ 'max-papers': '10' });
          w.github.mergePull(w.github.openPulls()[0]!.number);
          w.advanceDays(10);
          return w.night({ 'max-papers': '10' });
        },
      ),
  },
];

async function within(
  papers: ReturnType<typeof paper>[],
  steps: (world: World) => Promise<RunResult>,
): Promise<RunResult> {
  const world = await startWorld({ papers });
  try {
    return await steps(world);
  } finally {
    await world.close();
  }
}

export async function githubRequestCounts(): Promise<ScenarioCount[]> {
  const counts: ScenarioCount[] = [];
  for (const { scenario, limit, mayWrite, run } of SCENARIOS) {
    const result = await run();
    if (result.failed) throw new Error(`the scenario "${scenario}" failed: ${result.error}`);
    counts.push({
      scenario,
      requests: result.github.length,
      writes: result.github.filter((r) => r.method !== 'GET').length,
      arxiv: result.arxivRequests,
      limit,
      mayWrite,
    });
  }
  return counts;
}
