/**
 * `npm run bench` (after `npm run build`): the speed and size figures of SPEC §9 next to their
 * targets, from synthetic data generated here (no network, nothing outside the repository).
 *
 *   npm run bench [-- --dist DIR] [-- --quick]
 *
 * In-process figures are medians of 7 runs after a warm-up; child-process figures (the CLI end to
 * end, start-up) are medians of 5 runs after a warm-up (the whole pipeline: 9, with the fastest and
 * slowest run), each a fresh `node`, as a nightly run is.
 * `--quick` measures 3 runs and skips the year-long backfill. Timings depend on the machine and its
 * load: the load average, and how much a fixed CPU loop varies from run to run, are printed with
 * the table.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFeed } from '../src/arxiv/parse.js';
import { parseConfigFile } from '../src/config/file.js';
import { resolveConfig } from '../src/config/resolve.js';
import type { Config } from '../src/config/schema.js';
import { findLinks } from '../src/curate/links.js';
import { curate, NO_PULL_MEMORY } from '../src/run/curate.js';
import { buildListChange, readListFor } from '../src/run/list-text.js';
import type { Candidate } from '../src/types.js';
import { countArxivRequests } from './bench/arxiv-requests.js';
import { githubRequestCounts } from './bench/github-requests.js';
import { measureNode, type ChildRun } from './bench/child-run.js';
import { machineNoise, medianMs, type RunCounts } from './bench/measure.js';
import { bundleStages, measureStages, type StageTimes } from './bench/stage-times.js';
import { renderTable, type Row } from './bench/table.js';
import { buildWorkload, CANDIDATES, NOW, type BenchList } from './bench/workload.js';

const { values: flags } = parseArgs({
  options: { dist: { type: 'string' }, quick: { type: 'boolean' } },
  strict: true,
});
const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, flags.dist ?? 'dist');
const IN_PROCESS: RunCounts = flags.quick ? { warmUp: 1, runs: 3 } : { warmUp: 1, runs: 7 };
const CHILD: RunCounts = flags.quick ? { warmUp: 1, runs: 3 } : { warmUp: 1, runs: 5 };
/** The 1 s target is measured over more runs: on a shared VM a single run can move by 20 %. */
const PIPELINE: RunCounts = flags.quick ? { warmUp: 1, runs: 3 } : { warmUp: 1, runs: 9 };
const PAPERS_PER_DAY = 120;

// SPEC §9 (on a 2-core machine). Stage budgets are this benchmark's split of the 1 s.
const PIPELINE_MS = 1000;
const MEMORY_MB = 200;
const START_UP_MS = 300;
const BUDGET = { parse: 250, readList: 150, curate: 350, splice: 50 };

const progress = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

function configFor(list: BenchList): Config {
  return resolveConfig(parseConfigFile(readFileSync(list.configPath, 'utf8'), list.configPath), {
    listPath: list.listPath,
  });
}

function within(value: number, limit: number): boolean {
  return value < limit;
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

function requireDist(): void {
  for (const file of ['index.js', 'cli.js']) {
    if (!existsSync(join(DIST, file))) {
      process.stderr.write(`bench: ${join(DIST, file)} is missing: run npm run build first\n`);
      process.exit(2);
    }
  }
}

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

async function main(): Promise<void> {
  requireDist();
  const loadBefore = loadavg();
  progress('generating the workload');
  const work = buildWorkload();
  const rows: Row[] = [];

  try {
    progress('parsing');
    const parseTime = medianMs(() => parseFeed(work.feed), IN_PROCESS);
    const feed = parseFeed(work.feed);
    if (feed.papers.length !== CANDIDATES) throw new Error(`parsed ${feed.papers.length} papers`);
    rows.push({
      section: `Parse (in process, median of ${IN_PROCESS.runs} after warm-up)`,
      measure: `arXiv page of ${CANDIDATES.toLocaleString('en')} entries (${(work.feed.length / 1e6).toFixed(1)} MB)`,
      figure: `${ms(parseTime)} · ${Math.round(CANDIDATES / (parseTime / 1000)).toLocaleString('en')} entries/s`,
      target: `< ${BUDGET.parse} ms (budget)`,
      ok: within(parseTime, BUDGET.parse),
    });

    progress('reading lists, dedup and scoring');
    const byStyle = new Map(work.lists.map((list) => [list.style, list]));
    for (const style of ['bullet', 'details'] as const) {
      const list = byStyle.get(style)!;
      const config = configFor(list);
      const readTime = medianMs(() => readListFor(list.text, config), IN_PROCESS);
      const doc = readListFor(list.text, config);
      const curateTime = medianMs(
        () =>
          curate({
            config,
            papers: feed.papers,
            onArxiv: CANDIDATES,
            fetched: CANDIDATES,
            doc,
            memory: NO_PULL_MEMORY,
          }),
        IN_PROCESS,
      );
      rows.push(
        {
          section: 'Dedup + score (in process)',
          measure: `read the ${list.name}`,
          figure: ms(readTime),
          target: `< ${BUDGET.readList} ms (budget)`,
          ok: within(readTime, BUDGET.readList),
        },
        {
          section: 'Dedup + score (in process)',
          measure: `${CANDIDATES.toLocaleString('en')} candidates vs the ${list.name} (similarity on)`,
          figure: ms(curateTime),
          target: `< ${BUDGET.curate} ms (budget)`,
          ok: within(curateTime, BUDGET.curate),
        },
      );
    }

    progress('render + splice');
    const newEntries = work.newPapers.map((paper) => ({
      arxivId: paper.arxivId,
      candidate: {
        paper,
        score: 9,
        reasons: [],
        links: findLinks(paper),
        decision: 'proposed',
      } satisfies Candidate,
    }));
    for (const list of work.lists) {
      const config = configFor(list);
      const doc = readListFor(list.text, config);
      const spliceTime = medianMs(() => buildListChange(list.text, doc, config, newEntries, NOW), IN_PROCESS);
      rows.push({
        section: 'Render + splice (in process)',
        measure: `${newEntries.length} new entries into the ${list.name}`,
        figure: ms(spliceTime),
        target: `< ${BUDGET.splice} ms (budget)`,
        ok: within(spliceTime, BUDGET.splice),
      });
    }

    const out = mkdtempSync(join(tmpdir(), 'arxiv-curator-bench-out-'));
    try {
      for (const list of work.lists) {
        progress(`CLI preview against the ${list.name}`);
        const args = [
          join(DIST, 'cli.js'),
          'preview',
          '--feed',
          work.feedPath,
          '--list',
          list.listPath,
          '--config',
          list.configPath,
          '--now',
          NOW.toISOString(),
          '--out',
          out,
        ];
        const run = measureNode(args, work.dir, PIPELINE, checkExit('success', 'arxiv-curator preview'));
        if (!/Proposed \(\d+\)/.test(run.last.stdout))
          throw new Error(`preview proposed nothing:\n${run.last.stdout}`);
        const section = `Whole offline pipeline: node dist/cli.js preview (fresh process, median of ${PIPELINE.runs}; fastest–slowest run)`;
        rows.push(
          {
            section,
            measure: `${CANDIDATES.toLocaleString('en')} candidates vs the ${list.name}: wall time`,
            figure: `${ms(run.wallMs)} (${Math.round(run.fastestMs)}–${Math.round(run.slowestMs)})`,
            target: `< ${PIPELINE_MS} ms`,
            ok: within(run.wallMs, PIPELINE_MS),
          },
          {
            section,
            measure: `${CANDIDATES.toLocaleString('en')} candidates vs the ${list.name}: peak memory (maxRSS)`,
            figure: `${(run.maxRssKb / 1024).toFixed(0)} MB`,
            target: `< ${MEMORY_MB} MB`,
            ok: within(run.maxRssKb / 1024, MEMORY_MB),
          },
        );
      }
      progress('timing the steps of the pipeline');
      const stages = await bundleStages(out);
      const byList: StageTimes[] = work.lists.map((list) =>
        measureStages(
          stages,
          [work.feedPath, list.listPath, list.configPath, NOW.toISOString()],
          work.dir,
          CHILD,
        ),
      );
      const section = `Where the time goes (fresh process, median of ${CHILD.runs}): ${work.lists.map((l) => l.style).join(' · ')}`;
      for (const name of Object.keys(byList[0]!)) {
        rows.push({
          section,
          measure: name,
          figure: `${byList.map((times) => (times[name] ?? 0).toFixed(0)).join(' · ')} ms`,
          target: '—',
          ok: null,
        });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }

    progress('start-up');
    const startUp = `Start-up (fresh process to exit, median of ${CHILD.runs})`;
    const action = measureNode([join(DIST, 'index.js')], work.dir, CHILD, (run) => {
      checkExit('failure', 'node dist/index.js without inputs')(run);
      if (!/::error::/.test(run.stdout + run.stderr))
        throw new Error('dist/index.js failed without a clear error');
    });
    const help = measureNode(
      [join(DIST, 'cli.js'), '--help'],
      work.dir,
      CHILD,
      checkExit('success', 'cli --help'),
    );
    rows.push(
      {
        section: startUp,
        measure: 'node dist/index.js, no inputs (fails fast with a clear error)',
        figure: ms(action.wallMs),
        target: `< ${START_UP_MS} ms`,
        ok: within(action.wallMs, START_UP_MS),
      },
      {
        section: startUp,
        measure: 'node dist/cli.js --help',
        figure: ms(help.wallMs),
        target: `< ${START_UP_MS} ms`,
        ok: within(help.wallMs, START_UP_MS),
      },
      ...['index.js', 'cli.js'].map((file) => ({
        section: 'Bundle size',
        measure: `dist/${file}`,
        figure: `${(statSync(join(DIST, file)).size / 1024).toFixed(0)} KB`,
        target: '—',
        ok: null,
      })),
    );

    progress('arXiv requests against the fake arXiv');
    const requests = `Requests (fetchPapers vs the fake arXiv, default profile, ${PAPERS_PER_DAY} matching papers/day assumed)`;
    const night = await countArxivRequests(NOW, 7, PAPERS_PER_DAY, {});
    const busy = await countArxivRequests(NOW, 7, 200, {});
    rows.push(
      {
        section: requests,
        measure: `arXiv, normal night (7-day window: ${night.papers.toLocaleString('en')} papers)`,
        figure: `${night.requests}`,
        target: '1',
        ok: night.requests === 1,
      },
      {
        section: requests,
        measure: `arXiv, busy week at 200/day (${busy.papers.toLocaleString('en')} papers)`,
        figure: `${busy.requests} (${(busy.virtualMs / 1000).toFixed(0)} s of 3 s spacing)`,
        target: '—',
        ok: null,
      },
    );
    if (flags.quick) {
      rows.push({
        section: requests,
        measure: 'arXiv, 365-day backfill',
        figure: 'skipped (--quick)',
        target: '—',
        ok: null,
      });
    } else {
      progress('365-day backfill against the fake arXiv (about a minute)');
      const year = await countArxivRequests(NOW, 365, PAPERS_PER_DAY, { windowDays: 365 });
      rows.push({
        section: requests,
        measure: `arXiv, 365-day backfill (${year.papers.toLocaleString('en')} papers)`,
        figure: `${year.requests} (${(year.virtualMs / 60_000).toFixed(1)} min of 3 s spacing)`,
        target: '—',
        ok: null,
      });
    }
    progress('GitHub requests per scenario (whole runs against the fake GitHub)');
    const github = await githubRequestCounts();
    const githubRows: [string, number, number, boolean][] = github.map((c) => [
      `GitHub, ${c.scenario} (${c.writes === 0 ? 'all reads' : `${c.writes} writes`}; arXiv ${c.arxiv})`,
      c.requests,
      c.limit,
      c.mayWrite || c.writes === 0,
    ]);
    for (const [measure, count, limit, fine] of githubRows) {
      rows.push({
        section: requests,
        measure,
        figure: String(count),
        target: `≤ ${limit}`,
        ok: fine && count <= limit,
      });
    }
  } finally {
    rmSync(work.dir, { recursive: true, force: true });
  }

  const loadAfter = loadavg();
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const noise = machineNoise();
  process.stdout.write(
    renderTable(rows, [
      `arxiv-curator bench, ${new Date().toISOString().slice(0, 16)}Z, node ${process.version}, ${availableParallelism()} cores, ${dist()}`,
      `load average (1/5/15 min): before ${load(loadBefore)}, after ${load(loadAfter)}`,
      `machine steadiness: a fixed CPU loop took ${ms(noise.medianMs)} (fastest ${Math.round(noise.fastestMs)}, slowest ${Math.round(noise.slowestMs)}: ${(noise.slowestMs / noise.fastestMs).toFixed(2)}×) over 9 runs`,
    ]),
  );
}

function dist(): string {
  return `bundles from ${DIST === resolve(ROOT, 'dist') ? 'dist/' : DIST}`;
}

await main();
