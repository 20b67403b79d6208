/** Figures of fresh CLI processes: previews, `npm start`, start-up, and the larger case. */
import { join, resolve } from 'node:path';
import { measure, runCommand, runNode, type ChildRun } from './child-run.js';
import { npmStartArgs, previewArgs } from './commands.js';
import type { RunCounts } from './measure.js';
import { kb, mb, seconds, spreadText, type Row } from './table.js';
import { LARGE, largeWorkload, type BenchList, type Feed } from './workload.js';

export interface CliBench {
  root: string;
  dist: string;
  /** How many runs a figure takes, from how many a full bench takes. */
  runs: (full: number) => RunCounts;
  progress: (message: string) => void;
}

// SPEC §9, on a 2-core machine.
const PREVIEW_MS = 1500;
const NPM_START_MS = 1000;
const START_UP_MS = 400;
const MEMORY_MB = 200;

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

export function previewRows(bench: CliBench, lists: readonly BenchList[], feed: Feed, out: string): Row[] {
  const rows: Row[] = [];
  let peakMb = 0;
  for (const [i, list] of lists.entries()) {
    bench.progress(`preview: the ${list.name} list against the ${feed.entries}-entry page`);
    const counts = bench.runs(i === 0 ? 7 : 5);
    const summary = measure(
      () => runNode(previewArgs(bench.dist, list, feed, out), bench.root),
      counts,
      (run) => {
        checkExit('success', 'arxiv-curator preview')(run);
        if (!/Proposed \(\d+\)/.test(run.stdout)) throw new Error(`preview proposed nothing:\n${run.stdout}`);
      },
    );
    peakMb = Math.max(peakMb, summary.maxRssMb);
    rows.push({
      figure: `preview, ${list.name} list (${list.entries.toLocaleString('en')} entries) × ${feed.entries.toLocaleString('en')}-entry page (${mb(feed.bytes)}): wall (CPU)`,
      value: `${spreadText(summary.wall, counts.runs)} (CPU ${seconds(summary.cpu.median)})`,
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

export function npmStartRows(bench: CliBench, out: string): Row[] {
  bench.progress('npm start');
  const counts = bench.runs(5);
  const rows: Row[] = [];
  const check = checkExit('success', 'npm start');
  if (bench.dist === resolve(bench.root, 'dist')) {
    const real = measure(() => runCommand('npm', ['start', '--silent'], bench.root), counts, check);
    rows.push({
      figure: 'npm start (the real command, in the repository): wall',
      value: spreadText(real.wall, counts.runs),
      target: `< ${seconds(NPM_START_MS)}`,
      ok: real.wall.median < NPM_START_MS,
    });
  }
  const line = measure(() => runNode(npmStartArgs(bench.root, bench.dist, out), bench.root), counts, check);
  rows.push({
    figure: "npm start's node line (node dist/cli.js preview on examples/): wall",
    value: spreadText(line.wall, counts.runs),
    target: `< ${seconds(NPM_START_MS)}`,
    ok: line.wall.median < NPM_START_MS,
  });
  return rows;
}

export function startUpRows(bench: CliBench): Row[] {
  bench.progress('start-up');
  const counts = bench.runs(7);
  const action = measure(
    () => runNode([join(bench.dist, 'index.js')], bench.root),
    counts,
    (run) => {
      checkExit('failure', 'node dist/index.js without inputs')(run);
      if (!/::error::/.test(run.stdout + run.stderr))
        throw new Error('dist/index.js failed without a clear error');
    },
  );
  const help = measure(
    () => runNode([join(bench.dist, 'cli.js'), '--help'], bench.root),
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

export function largeRows(bench: CliBench, dir: string, out: string): Row[] {
  const { feed, list } = largeWorkload(dir);
  bench.progress(`preview: ${LARGE.candidates} candidates × ${LARGE.entries} entries`);
  const counts = bench.runs(3);
  const summary = measure(
    () => runNode(previewArgs(bench.dist, list, feed, out), bench.root),
    counts,
    checkExit('success', 'preview'),
  );
  const what = `preview, ${LARGE.candidates.toLocaleString('en')} candidates (${mb(feed.bytes)}) × ${LARGE.entries.toLocaleString('en')}-entry bullet list (${kb(list.bytes)})`;
  return [
    { figure: `${what}: wall`, value: spreadText(summary.wall, counts.runs), target: '—', ok: null },
    { figure: `${what}: peak memory`, value: `${summary.maxRssMb.toFixed(0)} MB`, target: '—', ok: null },
  ];
}
