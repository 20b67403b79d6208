/**
 * The Action's own CPU for a night (SPEC §9): `node dist/index.js`, a fresh process as the runner
 * starts it, against the fake GitHub (holding the ~500 KB seed-style list) and the fake arXiv
 * (holding the realistic night's 1,000 papers, one ~2.4 MB page), both served by this process
 * over real HTTP on 127.0.0.1. The child reads the real clock and sleeps for real.
 *
 * Counted: the child's own CPU time, user + system, from process.resourceUsage() as it exits:
 * node's start-up, loading the bundle, inputs and config, parsing the page, reading the list,
 * dedup and scoring, rendering and splicing, the PR body, and its side of every HTTP exchange.
 * Not counted: time spent waiting, which costs a runner minutes but no CPU: arXiv's answer (and
 * its 3 s spacing when there are more pages), the spacing GitHub asks between writes (1 s, 3 s
 * before creating the PR), and the fake servers' own work, done in this process.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeClock } from '../../test/helpers/clock.js';
import { startFakeArxiv } from '../../test/helpers/fake-arxiv.js';
import { FakeGitHub } from '../../test/helpers/fake-github.js';
import { runNodeAsync, type ChildRun } from './child-run.js';
import { detailsList } from './synthetic-lists.js';
import { LIST_BYTES, realisticPapers } from './workload.js';

export interface ActionNight {
  run: ChildRun;
  operation: string;
  papersAdded: number;
  arxivRequests: number;
  /** The page the night fetched (entries on it). */
  arxivEntries: number;
  github: number;
  githubWrites: number;
}

/** The fake arXiv stamps requests with the real clock: the child's spacing is real. */
const realClock: FakeClock = { now: Date.now, sleep: async () => {}, sleeps: [] };

/** A fresh repository and arXiv; the first night creates the PR, the second finds nothing changed. */
export async function actionNights(indexJs: string): Promise<[ActionNight, ActionNight]> {
  const { papers, listPapers } = realisticPapers(new Date());
  const github = await FakeGitHub.start({
    owner: 'lists',
    repo: 'awesome-gpt-image',
    defaultBranch: 'main',
    files: { 'README.md': detailsList(listPapers, LIST_BYTES) },
  });
  const arxiv = await startFakeArxiv({ papers, clock: realClock });
  const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-bench-action-'));
  try {
    const workspace = join(dir, 'workspace');
    mkdirSync(join(workspace, '.git'), { recursive: true });
    const eventPath = join(dir, 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify({ repository: { default_branch: 'main', full_name: 'lists/awesome-gpt-image' } }),
    );
    const night = async (n: number): Promise<ActionNight> => {
      const outputFile = join(dir, `output-${n}`);
      writeFileSync(outputFile, '');
      writeFileSync(join(dir, `summary-${n}`), '');
      const githubBefore = github.log.length;
      const arxivBefore = arxiv.requests.length;
      const run = await runNodeAsync([indexJs], workspace, {
        GITHUB_REPOSITORY: 'lists/awesome-gpt-image',
        GITHUB_API_URL: github.url,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: join(dir, `summary-${n}`),
        RUNNER_TEMP: dir,
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_PATH: eventPath,
        'INPUT_GITHUB-TOKEN': 'ghs_fakeTokenForTheBench0123456789abcdefXYZ',
        'INPUT_ARXIV-API-URL': arxiv.url,
      });
      if (run.status !== 0) {
        throw new Error(
          `dist/index.js failed (exit ${run.status}):\n${(run.stdout + run.stderr).slice(-2000)}`,
        );
      }
      const outputs = readFileSync(outputFile, 'utf8');
      const requests = github.log.slice(githubBefore);
      const arxivSeen = arxiv.requests.slice(arxivBefore);
      return {
        run,
        operation: output(outputs, 'pull-request-operation'),
        papersAdded: Number(output(outputs, 'papers-added')),
        arxivRequests: arxivSeen.length,
        arxivEntries: arxivSeen.reduce((sum, r) => sum + Math.min(r.totalResults ?? 0, r.maxResults), 0),
        github: requests.length,
        githubWrites: requests.filter((r) => r.method !== 'GET').length,
      };
    };
    const created = await night(1);
    const unchanged = await night(2);
    return [created, unchanged];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await github.close();
    await arxiv.close();
  }
}

/** One value of GITHUB_OUTPUT's file-command format (`name<<DELIMITER\nvalue\nDELIMITER`). */
function output(text: string, name: string): string {
  const match = new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(text);
  return match?.[2] ?? '';
}
