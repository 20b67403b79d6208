/**
 * `npm run bench:compare -- --before DIR [--after DIR] [--runs N]`: the wall times a user feels,
 * from two builds (`dist/` folders) on the same generated inputs: `npm start`'s node line, `--help`
 * and a realistic preview (a ~500 KB details list against a 1,000-entry, ~2.4 MB arXiv page).
 * An older build needs only the same `preview` flags. Runs alternate between the two builds, each
 * a fresh `node` after one uncounted warm-up, so that the machine's load falls on both alike; the
 * child's own CPU time (user + sys) is printed too, as it moves less with the load.
 *
 *   git worktree add /tmp/before 8d82eaf && (cd /tmp/before && npm ci && npm run build)
 *   npm run build && npm run bench:compare -- --before /tmp/before/dist
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runNode, spread, type ChildRun } from './bench/child-run.js';
import { npmStartArgs, previewArgs } from './bench/commands.js';
import { spreadText } from './bench/table.js';
import { realisticWorkload } from './bench/workload.js';

const { values: flags } = parseArgs({
  options: { before: { type: 'string' }, after: { type: 'string' }, runs: { type: 'string' } },
  strict: true,
});
const ROOT = resolve(import.meta.dirname, '..');
if (flags.before === undefined) {
  process.stderr.write('bench-compare: --before DIR is required (a dist/ folder of the older build)\n');
  process.exit(2);
}
const BUILDS = { before: resolve(flags.before), after: resolve(ROOT, flags.after ?? 'dist') };
const RUNS = Number(flags.runs ?? '7');
if (!Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write(`bench-compare: --runs must be a whole number of at least 1, got ${flags.runs}\n`);
  process.exit(2);
}
for (const dist of Object.values(BUILDS)) {
  if (!existsSync(join(dist, 'cli.js'))) {
    process.stderr.write(`bench-compare: ${join(dist, 'cli.js')} is missing: build that tree first\n`);
    process.exit(2);
  }
}

type Build = keyof typeof BUILDS;

function checked(run: ChildRun, what: string): ChildRun {
  if (run.status !== 0) throw new Error(`${what} exited with ${run.status}:\n${run.stderr.slice(0, 2000)}`);
  return run;
}

/** Alternating runs of one command from both builds; returns each build's runs. */
function alternate(what: string, args: (dist: string) => string[]): Record<Build, ChildRun[]> {
  process.stderr.write(`bench-compare: ${what}\n`);
  const runs: Record<Build, ChildRun[]> = { before: [], after: [] };
  for (let i = 0; i <= RUNS; i++) {
    for (const build of ['before', 'after'] as const) {
      const run = checked(runNode(args(BUILDS[build]), ROOT), `${what} (${build})`);
      if (i > 0) runs[build].push(run);
    }
  }
  return runs;
}

const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-bench-compare-'));
const loadBefore = loadavg();
try {
  const out = join(dir, 'out');
  const { feed, lists } = realisticWorkload(dir);
  const details = lists.find((list) => list.style === 'details')!;
  const measures: Array<[string, Record<Build, ChildRun[]>]> = [
    ["npm start's node line", alternate('npm start', (dist) => npmStartArgs(ROOT, dist, out))],
    ['cli.js --help', alternate('--help', (dist) => [join(dist, 'cli.js'), '--help'])],
    [
      `preview, ${details.name} × ${feed.entries.toLocaleString('en')} entries (${(feed.bytes / 1e6).toFixed(1)} MB)`,
      alternate('preview', (dist) => previewArgs(dist, details, feed, out)),
    ],
  ];
  const rows = measures.flatMap(([what, runs]) => {
    const wall = {
      before: spread(runs.before.map((r) => r.wallMs)),
      after: spread(runs.after.map((r) => r.wallMs)),
    };
    const cpu = {
      before: spread(runs.before.map((r) => r.cpuMs)),
      after: spread(runs.after.map((r) => r.cpuMs)),
    };
    const change = (s: typeof wall) =>
      `${(((s.after.median - s.before.median) / s.before.median) * 100).toFixed(0)} %`;
    return [
      [`${what}: wall`, spreadText(wall.before, RUNS), spreadText(wall.after, RUNS), change(wall)],
      [`${what}: CPU`, spreadText(cpu.before, RUNS), spreadText(cpu.after, RUNS), change(cpu)],
    ];
  });
  const table = [['measure', `before (${BUILDS.before})`, `after (${BUILDS.after})`, 'change'], ...rows];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  process.stdout.write(
    [
      `arxiv-curator bench-compare, ${new Date().toISOString().slice(0, 16)}Z, node ${process.version}, ` +
        `median (fastest–slowest) of ${RUNS} fresh runs each, alternating`,
      '',
      ...table.map((row) =>
        row
          .map((cell, i) => cell.padEnd(widths[i]!))
          .join('  ')
          .trimEnd(),
      ),
      '',
      `load average (1/5/15 min): before ${load(loadBefore)}, after ${load(loadavg())}`,
      '',
    ].join('\n'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
