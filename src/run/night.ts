import { fetchPapersById } from '../arxiv/fetch-by-id.js';
import { createArxivClient, fetchPapers } from '../arxiv/fetch-papers.js';
import type { ArxivWindow } from '../arxiv/window.js';
import type { Config } from '../config/schema.js';
import { getDefaultBranch } from '../github/branches.js';
import { createRouter } from '../route/router.js';
import { routeProposed } from './route-proposed.js';
import { deriveMemory } from '../pr/memory.js';
import type { Plan } from '../pr/plan.js';
import { untickedIds } from '../pr/review-list.js';
import type { PrPaper } from './body-input.js';
import { searchedWindow } from './body-input.js';
import { catchUpFrom } from './catch-up.js';
import { decide, scoreCandidates, type Curation, type CurateInput } from './curate.js';
import { unifiedDiff } from './diff.js';
import { readFiles } from './list-files.js';
import { readListFor } from './list-text.js';
import type { NightContext, NightDeps } from './night-context.js';
import { planNight } from './plan-night.js';
import { readPulls, rejectedEntries, type PullState } from './pull-state.js';
import { eligibleQueue, queueToStartFrom, rescoredQueue } from './queue-entries.js';
import { dryRun, write } from './write-night.js';

export interface NightResult {
  plan: Plan;
  dryRun: boolean;
  pull: { number: number; url: string } | null;
  /** Papers this run added to the PR (in a dry run, none: nothing was written). */
  papersAdded: number;
  /** Every paper the PR proposes after this run. */
  prPapers: PrPaper[];
  curation: Curation;
  window: ArxivWindow;
  baseBranch: string;
  /** In a dry run, the change to the list the run would make (for the summary); otherwise empty. */
  diff: string;
  warnings: string[];
}

/** One night (SPEC §1): read the PR memory, fetch arXiv, curate, and create/update the rolling PR. */
export async function runNight(settings: Config, deps: NightDeps): Promise<NightResult> {
  const { night, baseBranch, warnings } = await readNight(settings, deps);
  const { config, curation, window } = night;
  const step = await planNight(night);
  const outcome = config.dryRun ? dryRun(night, step) : await write(night, step);
  const added = step.plan.operation === 'close' ? 0 : step.added.length;
  return {
    plan: step.plan,
    dryRun: config.dryRun,
    pull: outcome.pull,
    papersAdded: config.dryRun ? 0 : added,
    prPapers: step.prPapers,
    curation,
    window,
    baseBranch,
    // Only a dry run shows it; diffing a large list every night would be work nobody reads.
    diff:
      config.dryRun && step.change ? unifiedDiff(config.list.path, step.changeBase, step.change.text) : '',
    warnings: [...warnings, ...outcome.warnings],
  };
}

/** Everything the night reads (the bot's PRs, arXiv, the list files) and what it makes of it. */
async function readNight(
  settings: Config,
  deps: NightDeps,
): Promise<{ night: NightContext; baseBranch: string; warnings: string[] }> {
  const ctx = deps.github;
  const baseBranch = settings.pullRequest.baseBranch ?? deps.defaultBranch ?? (await getDefaultBranch(ctx));
  const pulls = await readPulls(ctx, settings);
  // The open PR may be on a fresh branch the bot opened when a rule kept it from reusing its own.
  const config = { ...settings, pullRequest: { ...settings.pullRequest, branch: pulls.branch } };
  const warnings = [...pulls.warnings];

  const lastWindowEnd = catchUpFrom(pulls.records, config, deps.now, warnings);
  const client = createArxivClient(config, deps.arxiv);
  const fetched = await fetchPapers(config, { now: deps.now, lastWindowEnd }, deps.arxiv, client);
  warnings.push(...fetched.warnings);

  const files = await readFiles(ctx, config, baseBranch, pulls.open);
  const baseDoc = readListFor(files.baseText, config);
  const router = createRouter(baseDoc, config.list.section);
  const branchDoc = files.branchFile ? readListFor(files.branchFile.text, config) : null;

  const memory = deriveMemory({
    pulls: pulls.records,
    listedIds: baseDoc.ids,
    branchIds: branchDoc?.ids ?? null,
    ignore: config.ignore,
    allow: config.allow,
    unticked: openPullUnticks(pulls),
  });
  warnings.push(...memory.warnings);

  const pullMemory = {
    inOpenPr: memory.inOpenPr,
    rejected: memory.rejected,
    rejectedEntries: rejectedEntries(pulls.records, memory),
  };
  const queueStart = queueToStartFrom(pulls.records, pulls.open);
  const tonight = new Set(fetched.papers.map((p) => p.arxivId));
  const input: CurateInput = {
    config,
    papers: fetched.papers,
    onArxiv: fetched.totalResults,
    fetched: fetched.fetched,
    doc: baseDoc,
    memory: pullMemory,
    room: Math.max(0, config.pullRequest.maxPapers - memory.inOpenPr.size),
    queue: eligibleQueue(queueStart, tonight, baseDoc, pullMemory),
    previousQueue: queueStart,
  };
  const scored = scoreCandidates(input);
  let curation = routeProposed(decide(input, scored), router);
  if (curation.needsFetch.length > 0) {
    // Room freed up for papers queued on earlier nights that have left the window: fetch them by id
    // (one request) and score them again, as the list and the rejections may have changed.
    const ids = input.queue!.map((entry) => entry.record.id);
    deps.log(`fetching ${ids.length} queued ${ids.length === 1 ? 'paper' : 'papers'} by id`);
    const rescored = rescoredQueue(input, input.queue!, await fetchPapersById(client, ids));
    warnings.push(...rescored.warnings);
    curation = routeProposed(decide({ ...input, queue: rescored.entries }, scored), router);
  }
  deps.log(
    `${curation.proposed.length} new papers to propose; ${memory.inOpenPr.size} already in the open PR; ` +
      `${curation.queue.length} queued`,
  );

  const run = {
    searched: searchedWindow(fetched.window),
    minScore: config.scoring.minScore,
    funnel: curation.funnel,
    closest: curation.closest,
  };
  const night = {
    config,
    deps,
    pulls,
    files,
    baseDoc,
    branchDoc,
    memory,
    curation,
    window: fetched.window,
    run,
  };
  return { night, baseBranch, warnings };
}

/** The papers a maintainer unticked in the open PR's review list. */
function openPullUnticks(pulls: PullState): Set<string> {
  const open = pulls.open;
  const body = open ? pulls.listed.get(open.number)?.body : undefined;
  if (!open || body === undefined) return new Set();
  return untickedIds(
    body,
    open.marker.proposed.map((p) => p.id),
  );
}
