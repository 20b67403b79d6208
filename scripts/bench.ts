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
import { largeRows, npmStartRows, previewRows, startUpRows, type CliBench } from './bench/cli-rows.js';
import { machineNoise, type RunCounts } from './bench/measure.js';
import { requestRows } from './bench/request-rows.js';
import { kb, renderTable, seconds, type Row } from './bench/table.js';
import { realisticWorkload } from './bench/workload.js';

const { values: flags } = parseArgs({
  options: { dist: { type: 'string' }, quick: { type: 'boolean' } },
  strict: true,
});
const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, flags.dist ?? 'dist');
const QUICK = flags.quick === true;
const runs = (full: number): RunCounts => ({ warmUp: 1, runs: QUICK ? 3 : full });

const progress = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};
const cli: CliBench = { root: ROOT, dist: DIST, runs, progress };

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
    rows.push(...previewRows(cli, lists, feed, out));
    rows.push(...(await actionRows(join(DIST, 'index.js'), QUICK ? 1 : 3, progress)));
    rows.push(...npmStartRows(cli, out), ...startUpRows(cli));
    rows.push(...(await requestRows(QUICK, progress)));
    rows.push(...largeRows(cli, dir, out), ...bundleRows());
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
        `machine steadiness: a fixed CPU loop took ${Math.round(noise.medianMs)} ms (fastest ${Math.round(noise.fastestMs)}, ` +
          `slowest ${Math.round(noise.slowestMs)}: ${(noise.slowestMs / noise.fastestMs).toFixed(2)}×) over 9 runs`,
        `the bench took ${seconds(performance.now() - started)}`,
      ],
    ),
  );
}

await main();
