/**
 * `npm run bench` (after `npm run build`): SPEC §9's speed, memory and request figures next to
 * their targets, in one table, from data generated here (no network, nothing outside the
 * repository): a 1,000-entry arXiv page (~2.4 MB of Atom) and ~500 KB lists in the seed's
 * details style, as bullets and as a table.
 *
 *   npm run bench [-- --dist DIR] [-- --quick]
 *
 * Every time is taken from outside, over fresh `node` processes as a user or a runner starts
 * them, after one uncounted warm-up run: the median of several runs, with the fastest and the
 * slowest. The Action's figure is its own CPU time (user + system) over a whole night against the
 * fake GitHub and fake arXiv, not the wall time it spends waiting (scripts/bench/action-night.ts
 * says what is counted). Peak memory is the child's max RSS. `--quick` measures fewer runs and
 * skips the year-long backfill. Timings move with the machine's load: the load average, and how
 * much a fixed CPU loop varies from run to run, are printed with the table.
 * `npm run bench:compare -- --before DIR` compares two builds (scripts/bench-compare.ts).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { actionRows } from './bench/action-rows.js';
import { measure, runCommand, runNode, type ChildRun } from './bench/child-run.js';
import { npmStartArgs, previewArgs } from './bench/commands.js';
import { machineNoise, type RunCounts } from './bench/measure.js';
import { requestRows } from './bench/request-rows.js';
import { renderTable, seconds, spreadText, type Row } from './bench/table.js';
import { LARGE, largeWorkload, realisticWorkload, type BenchList, type Feed } from './bench/workload.js';

const { values: flags } = parseArgs({
  options: { dist: { type: 'string' }, quick: { type: 'boolean' } },
  strict: true,
});
const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, flags.dist ?? 'dist');
const QUICK = flags.quick === true;
const runs = (full: number): RunCounts => ({ warmUp: 1, runs: QUICK ? 3 : full });

// SPEC §9, on a 2-core machine.
const PREVIEW_MS = 1500;
const NPM_START_MS = 1000;
const START_UP_MS = 400;
const MEMORY_MB = 200;

const progress = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

const msText = (ms: number): string => `${ms.toFixed(0)} ms`;
const kb = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

function checkExit(expected: 'success' | 'failure', what: string) {
  return (run: ChildRun): void => {
    const ok = expected === 'success' ? run.status === 0 : run.status !== 0 && run.status !== null;
    if (!ok) {
      throw new Error(
        `${what} exited with ${run.status} (expected ${expected}):\n${run.stderr.slice(0, 2000)}`,
      );
    }
  };
}

function previewRows(lists: readonly BenchList[], feed: Feed, out: string): Row[] {
  const rows: Row[] = [];
  let peakMb = 0;
  for (const [i, list] of lists.entries()) {
    progress(`preview: the ${list.name} list against the ${feed.entries}-entry page`);
    const counts = runs(i === 0 ? 7 : 5);
    const summary = measure(
      () => runNode(previewArgs(DIST, list, feed, out), ROOT),
      counts,
      (run) => {
        checkExit('success', 'arxiv-curator preview')(run);
        if (!/Proposed \(\d+\)/.test(run.stdout)) throw new Error(`preview proposed nothing:\n${run.stdout}`);
      },
    );
    peakMb = Math.max(peakMb, summary.maxRssMb);
    rows.push({
      figure: `preview, ${list.name} list (${list.entries.toLocaleString('en')} entries) × ${feed.entries.toLocaleString('en')}-entry page (${mb(feed.bytes)}): wall`,
      value: spreadText(summary.wall, counts.runs),
      target: `< ${seconds(PREVIEW_MS)}`,
      ok: summary.wall.median < PREVIEW_MS,
    });
  }
  rows.push({
    figure: 'preview, peak memory (max RSS of any run above)',
    value: `${peakMb.toFixed(0)} MB`,
    target: `< ${MEMORY_MB} MB`,
    ok: peakMb < MEMORY_MB,
  });
  return rows;
}

function npmStartRows(out: string): Row[] {
  progress('npm start');
  const counts = runs(5);
  const rows: Row[] = [];
  const check = checkExit('success', 'npm start');
  if (DIST === resolve(ROOT, 'dist')) {
    const real = measure(() => runCommand('npm', ['start', '--silent'], ROOT), counts, check);
    rows.push({
      figure: 'npm start (the real command, in the repository): wall',
      value: spreadText(real.wall, counts.runs),
      target: `< ${seconds(NPM_START_MS)}`,
      ok: real.wall.median < NPM_START_MS,
    });
  }
  const line = measure(() => runNode(npmStartArgs(ROOT, DIST, out), ROOT), counts, check);
  rows.push({
    figure: "npm start's node line (node dist/cli.js preview on examples/): wall",
    value: spreadText(line.wall, counts.runs),
    target: `< ${seconds(NPM_START_MS)}`,
    ok: line.wall.median < NPM_START_MS,
  });
  return rows;
}

function startUpRows(): Row[] {
  progress('start-up');
  const counts = runs(7);
  const action = measure(
    () => runNode([join(DIST, 'index.js')], ROOT),
    counts,
    (run) => {
      checkExit('failure', 'node dist/index.js without inputs')(run);
      if (!/::error::/.test(run.stdout + run.stderr))
        throw new Error('dist/index.js failed without a clear error');
    },
  );
  const help = measure(
    () => runNode([join(DIST, 'cli.js'), '--help'], ROOT),
    counts,
    checkExit('success', 'cli --help'),
  );
  return [
    {
      figure: 'start-up: node dist/cli.js --help',
      value: spreadText(help.wall, counts.runs, 'ms'),
      target: `< ${START_UP_MS} ms`,
      ok: help.wall.median < START_UP_MS,
    },
    {
      figure: 'start-up: node dist/index.js, no inputs (fails fast, clear error)',
      value: spreadText(action.wall, counts.runs, 'ms'),
      target: `< ${START_UP_MS} ms`,
      ok: action.wall.median < START_UP_MS,
    },
  ];
}

function largeRows(dir: string, out: string): Row[] {
  const { feed, list } = largeWorkload(dir);
  progress(`preview: ${LARGE.candidates} candidates × ${LARGE.entries} entries`);
  const counts = runs(3);
  const summary = measure(
    () => runNode(previewArgs(DIST, list, feed, out), ROOT),
    counts,
    checkExit('success', 'preview'),
  );
  const what = `preview, ${LARGE.candidates.toLocaleString('en')} candidates (${mb(feed.bytes)}) × ${LARGE.entries.toLocaleString('en')}-entry bullet list (${kb(list.bytes)})`;
  return [
    { figure: `${what}: wall`, value: spreadText(summary.wall, counts.runs), target: '—', ok: null },
    { figure: `${what}: peak memory`, value: `${summary.maxRssMb.toFixed(0)} MB`, target: '—', ok: null },
  ];
}

function bundleRows(): Row[] {
  return ['index.js', 'cli.js'].map((file) => ({
    figure: `bundle size: dist/${file}`,
    value: kb(statSync(join(DIST, file)).size),
    target: '—',
    ok: null,
  }));
}

async function main(): Promise<void> {
  for (const file of ['index.js', 'cli.js']) {
    if (!existsSync(join(DIST, file))) {
      process.stderr.write(`bench: ${join(DIST, file)} is missing: run npm run build first\n`);
      process.exit(2);
    }
  }
  const loadBefore = loadavg();
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-bench-'));
  const out = join(dir, 'out');
  const rows: Row[] = [];
  try {
    progress('generating the inputs');
    const { feed, lists } = realisticWorkload(dir);
    rows.push(...previewRows(lists, feed, out));
    rows.push(...(await actionRows(join(DIST, 'index.js'), QUICK ? 1 : 3, progress)));
    rows.push(...npmStartRows(out), ...startUpRows());
    rows.push(...(await requestRows(QUICK, progress)));
    rows.push(...largeRows(dir, out), ...bundleRows());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const noise = machineNoise();
  process.stdout.write(
    renderTable(
      rows,
      [
        `arxiv-curator bench, ${new Date().toISOString().slice(0, 16)}Z, node ${process.version}, ${availableParallelism()} cores, ` +
          `bundles from ${DIST === resolve(ROOT, 'dist') ? 'dist/' : DIST}${QUICK ? ', --quick' : ''}`,
      ],
      [
        `load average (1/5/15 min): before ${load(loadBefore)}, after ${load(loadavg())}`,
        `machine steadiness: a fixed CPU loop took ${msText(noise.medianMs)} (fastest ${Math.round(noise.fastestMs)}, ` +
          `slowest ${Math.round(noise.slowestMs)}: ${(noise.slowestMs / noise.fastestMs).toFixed(2)}×) over 9 runs`,
        `the bench took ${seconds(performance.now() - started)}`,
      ],
    ),
  );
}

await main();
