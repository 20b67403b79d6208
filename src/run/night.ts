import { fetchPapers, type FetchPapersDeps } from '../arxiv/fetch-papers.js';
import type { ArxivWindow } from '../arxiv/window.js';
import type { Config } from '../config/schema.js';
import { addLabels, findBotPulls, getPull, type BotPull } from '../github/pulls.js';
import {
  compareHeads,
  getBranchHead,
  getDefaultBranch,
  readFile,
  readListFile,
  type BranchHead,
  type RepoContext,
  type RepoFile,
} from '../github/repo.js';
import {
  appendToRollingPull,
  closeRollingPull,
  createRollingPull,
  rebuildRollingPull,
  type WriteResult,
} from '../github/rolling-pull.js';
import { gitBlobSha } from '../github/blob-sha.js';
import { requireTarget } from '../list/splice-entries.js';
import type { ListDoc } from '../list/index.js';
import { renderPullBody } from '../pr/body.js';
import type { MarkerData } from '../pr/marker.js';
import { deriveMemory, isBotOnlyHead, type BotPullRecord, type Memory } from '../pr/memory.js';
import { nextMarker } from '../pr/next-marker.js';
import { planNeedsMergeable, planPullRequest, type Plan, type PlanInput } from '../pr/plan.js';
import { renderPullTitle } from '../pr/title.js';
import type { ListEntry } from '../types.js';
import { prPaper, pullBodyInput, searchedWindow, type PrPaper } from './body-input.js';
import { catchUpFrom } from './catch-up.js';
import { curate, type Curation } from './curate.js';
import { unifiedDiff } from './diff.js';
import { appendListChange } from './append-change.js';
import {
  buildListChange,
  entryTexts,
  readListFor,
  withoutInsertions,
  type ListChange,
  type PrEntry,
} from './list-text.js';

export interface NightDeps {
  github: RepoContext;
  arxiv: FetchPapersDeps;
  /** The moment the run starts (window bounds, the updates line). */
  now: Date;
  /** `repository.default_branch` from the event payload, when the runner gave one. */
  defaultBranch?: string | null;
  log: (message: string) => void;
}

export interface NightResult {
  plan: Plan;
  dryRun: boolean;
  pull: { number: number; url: string } | null;
  /** Papers this run added to the PR. */
  papersAdded: number;
  /** Every paper the PR proposes after this run. */
  prPapers: PrPaper[];
  curation: Curation;
  window: ArxivWindow;
  baseBranch: string;
  /** The change to the list this run made (or would make, in a dry run); empty when none. */
  diff: string;
  warnings: string[];
}

/** The bot's PRs with readable markers; unreadable ones become warnings, never a crash. */
interface PullState {
  records: BotPullRecord[];
  open: BotPullRecord | null;
  /** Each PR as listed: its URL, labels, and the title and body a failed rebuild puts back. */
  listed: Map<number, BotPull>;
  warnings: string[];
}

async function readPulls(ctx: RepoContext, config: Config): Promise<PullState> {
  const { branch, labels } = config.pullRequest;
  const search = await findBotPulls(ctx, { branch, label: labels[0] ?? null });
  if (search.unmarkedOpen.length > 0) {
    const pull = search.unmarkedOpen[0]!;
    throw new Error(
      `pull request #${pull.number} (${pull.url}) uses the branch ${branch} but was not opened by arxiv-curator; ` +
        'close it or set a different branch (input branch or pull-request.branch in the config file)',
    );
  }
  const warnings: string[] = [];
  const records: BotPullRecord[] = [];
  const listed = new Map(search.pulls.map((pull) => [pull.number, pull]));
  for (const pull of search.pulls) {
    if ('marker' in pull.marker) {
      records.push({
        number: pull.number,
        state: pull.state,
        merged: pull.merged,
        headSha: pull.headSha,
        marker: pull.marker.marker,
      });
    } else {
      warnings.push(`PR #${pull.number}: ${pull.marker.warning}; its papers are not remembered`);
    }
  }
  const open = records.filter((r) => r.state === 'open').sort((a, b) => b.number - a.number)[0] ?? null;
  return { records, open, listed, warnings };
}

/** The list files this run needs, read with as few requests as the state allows (SPEC §9). */
interface Files {
  base: BranchHead | null;
  /** The base list's text, read or derived from the branch. */
  baseText: string;
  /** The base list as read (needed to create the PR: its blob SHA guards the first commit). */
  baseFile: RepoFile | null;
  branchFile: RepoFile | null;
}

async function readFiles(
  ctx: RepoContext,
  config: Config,
  baseBranch: string,
  open: BotPullRecord | null,
): Promise<Files> {
  const path = config.list.path;
  if (open === null) {
    const base = await getBranchHead(ctx, baseBranch);
    const baseFile = await readListFile(ctx, path, baseBranch);
    return { base, baseText: baseFile.text, baseFile, branchFile: null };
  }
  if (isBotOnlyHead(open.headSha, open.marker)) {
    // The PR's head as of now, not as listed before the arXiv fetch: a commit a maintainer pushed
    // in between must be seen before anything is force-pushed.
    const { base, headSha } = await compareHeads(ctx, baseBranch, config.pullRequest.branch);
    open.headSha = headSha;
    if (isBotOnlyHead(headSha, open.marker)) {
      const branchFile = await readFile(ctx, path, headSha!);
      const derived = branchFile ? deriveBaseText(branchFile.text, open.marker, base) : null;
      if (derived !== null) return { base, baseText: derived, baseFile: null, branchFile };
      const baseFile = await readListFile(ctx, path, baseBranch);
      return { base, baseText: baseFile.text, baseFile, branchFile };
    }
  }
  // Someone else committed: the bot only adds on top of the branch head, so the base head is
  // not needed; the base list says what is listed.
  const branchFile = await readListFile(ctx, path, open.headSha ?? config.pullRequest.branch);
  const baseFile = await readListFile(ctx, path, baseBranch);
  return { base: null, baseText: baseFile.text, baseFile, branchFile };
}

/**
 * The base list without reading it: when the branch is exactly what the bot last wrote on a
 * base that has not moved, taking the bot's insertions back out gives the base, and the git blob
 * SHA the bot recorded proves it byte for byte. Anything else: null, and the base is read.
 */
function deriveBaseText(branchText: string, marker: MarkerData, base: BranchHead): string | null {
  if (marker.baseFile === null || base.commitSha !== marker.baseSha) return null;
  const text = withoutInsertions(branchText, marker.baseFile.spans);
  return text !== null && gitBlobSha(text) === marker.baseFile.sha ? text : null;
}

/** One night (SPEC §1): read the PR memory, fetch arXiv, curate, and create/update the rolling PR. */
export async function runNight(config: Config, deps: NightDeps): Promise<NightResult> {
  const ctx = deps.github;
  const { log } = deps;
  const baseBranch = config.pullRequest.baseBranch ?? deps.defaultBranch ?? (await getDefaultBranch(ctx));
  const pulls = await readPulls(ctx, config);
  const warnings = [...pulls.warnings];

  const lastWindowEnd = catchUpFrom(pulls.records, config, deps.now, warnings);
  const fetched = await fetchPapers(config, { now: deps.now, lastWindowEnd }, deps.arxiv);
  warnings.push(...fetched.warnings);

  const files = await readFiles(ctx, config, baseBranch, pulls.open);
  const baseDoc = readListFor(files.baseText, config);
  requireTarget(files.baseText, baseDoc);
  const branchDoc = files.branchFile ? readListFor(files.branchFile.text, config) : null;

  const memory = deriveMemory({
    pulls: pulls.records,
    listedIds: baseDoc.ids,
    branchIds: branchDoc?.ids ?? null,
    ignore: config.ignore,
    allow: config.allow,
  });
  warnings.push(...memory.warnings);

  const curation = curate({
    config,
    papers: fetched.papers,
    onArxiv: fetched.totalResults,
    fetched: fetched.fetched,
    doc: baseDoc,
    memory: {
      inOpenPr: memory.inOpenPr,
      rejected: memory.rejected,
      rejectedEntries: rejectedEntries(pulls.records, memory),
    },
  });
  log(`${curation.proposed.length} new papers to propose; ${memory.inOpenPr.size} already in the open PR`);

  const night: NightContext = {
    config,
    deps,
    pulls,
    files,
    baseDoc,
    branchDoc,
    memory,
    curation,
    window: fetched.window,
    windowEnd: fetched.window.to.toISOString(),
  };
  const step = await planNight(night);
  const outcome = config.dryRun ? dryRun(night, step) : await write(night, step);
  return {
    plan: step.plan,
    dryRun: config.dryRun,
    pull: outcome.pull,
    papersAdded: step.plan.operation === 'close' ? 0 : step.added.length,
    prPapers: step.prPapers,
    curation,
    window: fetched.window,
    baseBranch,
    diff: step.change ? unifiedDiff(config.list.path, step.changeBase, step.change.text) : '',
    warnings: [...warnings, ...outcome.warnings],
  };
}

interface NightContext {
  config: Config;
  deps: NightDeps;
  pulls: PullState;
  files: Files;
  baseDoc: ListDoc;
  branchDoc: ListDoc | null;
  memory: Memory;
  curation: Curation;
  window: ArxivWindow;
  windowEnd: string;
}

interface Step {
  plan: Plan;
  /** Tonight's new papers (proposed by this run). */
  added: PrPaper[];
  /** Every paper of the PR after this run. */
  prPapers: PrPaper[];
  /** The new list text, and the text it was built on (base, or the branch when appending). */
  change: ListChange | null;
  changeBase: string;
}

async function planNight(night: NightContext): Promise<Step> {
  const { config, memory, curation, files, baseDoc, branchDoc } = night;
  const open = memory.openPr;
  const kind: PlanInput['openPr'] = open === null ? 'none' : open.botOnly ? 'bot-only' : 'foreign';
  const added = curation.proposed.map(prPaper);

  // Papers the PR already proposes and still should: not listed on the base, not removed.
  const carriedIds = [...memory.inOpenPr];
  const markerPapers = new Map(open?.marker.proposed.map((p) => [p.id, p]) ?? []);
  const fetched = new Map(curation.candidates.map((c) => [c.paper.arxivId, c.paper]));
  const carried: PrPaper[] = carriedIds.map((id) => {
    const known = markerPapers.get(id) ?? fetched.get(id);
    return { arxivId: id, version: known?.version ?? 1, title: known?.title ?? id, candidate: null };
  });
  const proposedBefore = open
    ? open.marker.proposed.map((p) => p.id).filter((id) => !open.marker.removed.includes(id))
    : [];
  const planInput: PlanInput = {
    openPr: kind,
    proposedBefore: kind === 'foreign' ? carriedIds : proposedBefore,
    proposedAfter: [...carriedIds, ...added.map((p) => p.arxivId)],
    textChanged: false,
    baseMoved: open !== null && files.base !== null && files.base.commitSha !== open.marker.baseSha,
    mergeable: null,
    unrecorded:
      kind === 'foreign'
        ? carriedIds.filter((id) => !markerPapers.has(id) && !open!.marker.removed.includes(id))
        : [],
  };
  if (planNeedsMergeable(planInput))
    planInput.mergeable = (await getPull(night.deps.github, open!.number)).mergeable;
  const plan = planPullRequest(planInput);
  const prPapers = [...carried, ...added];

  switch (plan.operation) {
    case 'create':
      return {
        plan,
        added,
        prPapers,
        change: buildListChange(files.baseText, baseDoc, config, entriesFor(added), night.deps.now),
        changeBase: files.baseText,
      };
    case 'rebuild': {
      const texts = entryTexts(files.branchFile!.text, branchDoc!, config);
      const carriedEntries: PrEntry[] = carried.flatMap((paper) => {
        const text = texts.get(paper.arxivId);
        return text === undefined ? [] : [{ arxivId: paper.arxivId, text }];
      });
      const kept = carried.filter((paper) => texts.has(paper.arxivId));
      return {
        plan,
        added,
        prPapers: [...kept, ...added],
        change: buildListChange(
          files.baseText,
          baseDoc,
          config,
          [...carriedEntries, ...entriesFor(added)],
          night.deps.now,
        ),
        changeBase: files.baseText,
      };
    }
    case 'append':
      return {
        plan,
        added,
        prPapers,
        change: appendListChange(files.branchFile!.text, branchDoc!, config, added, {
          before: carriedIds.length,
          date: night.deps.now,
        }),
        changeBase: files.branchFile!.text,
      };
    default:
      return { plan, added: [], prPapers: carried, change: null, changeBase: files.baseText };
  }
}

function entriesFor(papers: readonly PrPaper[]): PrEntry[] {
  return papers.flatMap((paper) =>
    paper.candidate ? [{ arxivId: paper.arxivId, candidate: paper.candidate }] : [],
  );
}

interface Outcome {
  pull: { number: number; url: string } | null;
  warnings: string[];
}

function dryRun(night: NightContext, step: Step): Outcome {
  const open = night.memory.openPr;
  night.deps.log(`dry run: would ${step.plan.operation} (${step.plan.reason}); nothing is written`);
  return {
    pull: open ? { number: open.number, url: night.pulls.listed.get(open.number)?.url ?? '' } : null,
    warnings: [],
  };
}

async function write(night: NightContext, step: Step): Promise<Outcome> {
  const { config, deps, memory, files } = night;
  const ctx = deps.github;
  const open = memory.openPr;
  const path = config.list.path;
  const message = commitMessage(step);
  const title = renderPullTitle(
    step.prPapers.map((paper) => ({ ...paper, entryNumber: null })),
    { from: night.window.from.toISOString(), to: night.window.to.toISOString() },
  );
  const markerFor = (headSha: string, extra: Partial<Parameters<typeof nextMarker>[1]> = {}): MarkerData =>
    nextMarker(open?.marker ?? null, {
      listPath: path,
      branch: config.pullRequest.branch,
      headSha,
      baseSha: files.base?.commitSha ?? open!.marker.baseSha,
      proposed: step.prPapers.map((p) => ({ id: p.arxivId, version: p.version, title: p.title })),
      removed: open?.newlyRemoved ?? [],
      windowEnd: night.windowEnd,
      foreignCommits: open !== null && !open.botOnly,
      baseFile: step.change && files.base ? baseFileRecord(files.baseText, step.change) : null,
      ...extra,
    });
  const body = (marker: MarkerData): string =>
    renderPullBody(
      pullBodyInput(
        config,
        night.curation,
        step.prPapers,
        step.change?.numbers ?? new Map(),
        marker,
        searchedWindow(night.window),
      ),
    );

  let result: WriteResult;
  switch (step.plan.operation) {
    case 'create':
      result = await createRollingPull(ctx, {
        branch: config.pullRequest.branch,
        base: files.base!,
        baseFile: files.baseFile!,
        text: step.change!.text,
        message,
        title,
        body: (head) => body(markerFor(head)),
        draft: config.pullRequest.draft,
        labels: config.pullRequest.labels,
        reviewers: config.pullRequest.reviewers,
        assignees: config.pullRequest.assignees,
      });
      break;
    case 'rebuild':
      result = await rebuildRollingPull(ctx, {
        number: open!.number,
        branch: config.pullRequest.branch,
        base: files.base!,
        path,
        text: step.change!.text,
        message,
        title,
        body: (head) => body(markerFor(head)),
        previous: night.pulls.listed.get(open!.number)!,
      });
      break;
    case 'append':
      result = await appendToRollingPull(ctx, {
        number: open!.number,
        branch: config.pullRequest.branch,
        branchFile: files.branchFile!,
        headSha: open!.headSha ?? open!.marker.headSha,
        text: step.change!.text,
        message,
        title,
        body: (head) => body(markerFor(head, { baseSha: open!.marker.baseSha })),
      });
      break;
    case 'close': {
      const pull = await closeRollingPull(ctx, {
        number: open!.number,
        body: body(
          markerFor(open!.headSha ?? open!.marker.headSha, {
            closedByBot: true,
            baseFile: null,
            // Keep the record of what the PR proposed: all of it is listed now.
            proposed: open!.marker.proposed,
          }),
        ),
      });
      deps.log(`closed PR #${pull.number}: ${step.plan.reason}`);
      return { pull, warnings: [] };
    }
    case 'unchanged':
    case 'none':
      return {
        pull: open ? { number: open.number, url: night.pulls.listed.get(open.number)?.url ?? '' } : null,
        warnings: [],
      };
  }
  deps.log(`${step.plan.operation}: PR #${result.number} ${result.url} (${step.plan.reason})`);
  const warnings = [...result.warnings];
  // Labels that could not be added when the PR was opened: the label listing is how the bot finds
  // its PRs once their branch is gone, so try again whenever it writes anyway.
  const labels = open ? night.pulls.listed.get(open.number)?.labels : undefined;
  const missing = config.pullRequest.labels.filter((label) => labels && !labels.includes(label));
  if (missing.length > 0) warnings.push(...(await addLabels(ctx, result.number, missing)));
  return { pull: { number: result.number, url: result.url }, warnings };
}

function baseFileRecord(baseText: string, change: ListChange): MarkerData['baseFile'] {
  return {
    sha: gitBlobSha(baseText),
    spans: change.insertions.map((i): [number, number] => [i.offset, i.text.length]),
  };
}

function commitMessage(step: Step): string {
  const n = step.added.length;
  const papers = `${n} new paper${n === 1 ? '' : 's'}`;
  return step.plan.operation === 'rebuild' && n === 0
    ? `arxiv-curator: rebuild the proposed papers on the current base`
    : `arxiv-curator: add ${papers} from arXiv`;
}

/** Papers maintainers rejected, as list entries for the similarity score (titles from the markers). */
function rejectedEntries(records: readonly BotPullRecord[], memory: Memory): ListEntry[] {
  const titles = new Map<string, string>();
  for (const record of records) for (const paper of record.marker.proposed) titles.set(paper.id, paper.title);
  return [...memory.rejected.keys()].flatMap((id) => {
    const title = titles.get(id);
    return title ? [{ arxivId: id, title, abstract: null }] : [];
  });
}
