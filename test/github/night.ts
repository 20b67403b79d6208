/**
 * One night of the GitHub side, as the run flow is expected to drive it, over a toy list format
 * (one bullet per paper). It shows the order of reads and writes the request budget (SPEC §9) is
 * measured on; the real run does the same with the list module instead of these toy helpers.
 */
import { getBranchHead, type BranchHead } from '../../src/github/branches.js';
import { findBotPulls } from '../../src/github/find-bot-pulls.js';
import { getPull } from '../../src/github/pulls.js';
import { readListFile, type RepoFile } from '../../src/github/read-file.js';
import type { RepoContext } from '../../src/github/repo-context.js';
import {
  appendToRollingPull,
  closeRollingPull,
  createRollingPull,
  rebuildRollingPull,
} from '../../src/github/rolling-pull.js';
import type { BodyPaper } from '../../src/pr/body-paper.js';
import { renderPullBody } from '../../src/pr/body.js';
import { deriveMemory, isBotOnlyHead, type BotPullRecord, type Memory } from '../../src/pr/memory.js';
import type { MarkerData } from '../../src/pr/marker.js';
import { paperRecord } from '../../src/pr/paper-record.js';
import { nextMarker } from '../../src/pr/next-marker.js';
import { planNeedsMergeable, planPullRequest, type Plan, type PlanInput } from '../../src/pr/plan.js';
import { renderPullTitle } from '../../src/pr/title.js';
import type { Candidate } from '../../src/types.js';

export const BRANCH = 'arxiv-curator/new-papers';
export const LABEL = 'arxiv-curator';
export const PATH = 'README.md';
export const BASE = 'main';

export interface ToyPaper {
  id: string;
  title: string;
}

export const entryLine = (paper: ToyPaper): string =>
  `- [${paper.title}](https://arxiv.org/abs/${paper.id})\n`;

export function idsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/arxiv\.org\/abs\/(\d{4}\.\d{4,5})/g)].map((m) => m[1]!));
}

function lineId(line: string): string | null {
  return /arxiv\.org\/abs\/(\d{4}\.\d{4,5})/.exec(line)?.[1] ?? null;
}

export function withoutEntries(text: string, ids: ReadonlySet<string>): string {
  return text
    .split(/(?<=\n)/)
    .filter((line) => !ids.has(lineId(line) ?? ''))
    .join('');
}

export function withEntries(text: string, lines: readonly string[]): string {
  return text + lines.join('');
}

export interface NightOptions {
  candidates: ToyPaper[];
  windowEnd: string;
  ignore?: string[];
  allow?: string[];
}

export interface NightReport {
  plan: Plan;
  number: number | null;
  memory: Memory;
  warnings: string[];
}

function toyCandidate(paper: ToyPaper): Candidate {
  return {
    paper: {
      arxivId: paper.id,
      version: 1,
      title: paper.title,
      abstract: '',
      authors: [],
      categories: ['cs.CV'],
      primaryCategory: 'cs.CV',
      published: '2026-11-25T00:00:00Z',
      updated: '2026-11-25T00:00:00Z',
    },
    score: 6,
    reasons: [{ text: 'title "image" +6', points: 6 }],
    links: [],
    decision: 'proposed',
  };
}

export async function runNight(ctx: RepoContext, options: NightOptions): Promise<NightReport> {
  // Reads: the bot's PRs (2), the base head (1), then one list file, or two when they must be.
  const search = await findBotPulls(ctx, { branch: BRANCH, label: LABEL });
  if (search.unmarkedOpen.length > 0) throw new Error(`PR #${search.unmarkedOpen[0]!.number} uses ${BRANCH}`);
  const records: BotPullRecord[] = search.pulls.flatMap((p) =>
    'marker' in p.marker
      ? [{ number: p.number, state: p.state, merged: p.merged, headSha: p.headSha, marker: p.marker.marker }]
      : [],
  );
  const open = records.filter((r) => r.state === 'open').at(-1) ?? null;

  let base: BranchHead | null = null;
  let branchFile: RepoFile | null = null;
  let baseFile: RepoFile | null = null;
  let baseText: string;
  if (open !== null && !isBotOnlyHead(open.headSha, open.marker)) {
    // Someone else committed: the bot only appends on the branch head, so the base head is not
    // needed; the base list is read for what is listed (2 reads).
    branchFile = await readListFile(ctx, PATH, BRANCH);
    baseFile = await readListFile(ctx, PATH, BASE);
    baseText = baseFile.text;
  } else {
    base = await getBranchHead(ctx, BASE);
    branchFile = open ? await readListFile(ctx, PATH, BRANCH) : null;
    // The base list can be derived from the branch only when the branch is exactly what the bot
    // last wrote, on the base it recorded; the real run verifies the derivation byte for byte.
    const derivable =
      open !== null && open.headSha === open.marker.headSha && base.commitSha === open.marker.baseSha;
    baseFile = derivable ? null : await readListFile(ctx, PATH, BASE);
    baseText = baseFile
      ? baseFile.text
      : withoutEntries(branchFile!.text, new Set(open!.marker.proposed.map((p) => p.id)));
  }
  const listed = idsIn(baseText);

  const memory = deriveMemory({
    pulls: records,
    listedIds: listed,
    branchIds: branchFile ? idsIn(branchFile.text) : null,
    ignore: options.ignore ?? [],
    allow: options.allow ?? [],
  });
  const fresh = options.candidates.filter(
    (c) => !listed.has(c.id) && !memory.inOpenPr.has(c.id) && !memory.rejected.has(c.id),
  );
  const openKind: PlanInput['openPr'] =
    memory.openPr === null ? 'none' : memory.openPr.botOnly ? 'bot-only' : 'foreign';

  // Carried-over entries: re-rendered from tonight's data when the paper is still in the window,
  // else taken verbatim from the branch.
  const tonight = new Map(options.candidates.map((c) => [c.id, c]));
  const branchLines = new Map((branchFile?.text.split(/(?<=\n)/) ?? []).map((line) => [lineId(line), line]));
  const carried = (open?.marker.proposed ?? []).filter((p) => memory.inOpenPr.has(p.id));
  const carriedLines = carried.map((p) =>
    tonight.has(p.id) ? entryLine(tonight.get(p.id)!) : (branchLines.get(p.id) ?? entryLine(p)),
  );
  const textChanged =
    openKind === 'bot-only' && carriedLines.some((line) => !branchFile!.text.includes(line));

  const before = [...memory.inOpenPr];
  const after = [...before, ...fresh.map((p) => p.id)];
  const planInput: PlanInput = {
    openPr: openKind,
    proposedBefore: before,
    proposedAfter: openKind === 'bot-only' ? carried.map((p) => p.id).concat(fresh.map((p) => p.id)) : after,
    textChanged,
    baseMoved: open !== null && base !== null && base.commitSha !== open.marker.baseSha,
    mergeable: null,
  };
  if (planNeedsMergeable(planInput)) planInput.mergeable = (await getPull(ctx, open!.number)).mergeable;
  const plan = planPullRequest(planInput);

  const prPapers: ToyPaper[] = [
    ...carried.map((p) => tonight.get(p.id) ?? { id: p.id, title: p.title }),
    ...fresh,
  ];
  const bodyPapers: BodyPaper[] = prPapers.map((p) =>
    tonight.has(p.id) ? paperRecord(toyCandidate(p)) : { id: p.id, version: 1, title: p.title },
  );
  const markerFor = (
    previous: MarkerData | null,
    headSha: string,
    extra: { closedByBot?: boolean; forcePushRefused?: boolean } = {},
  ): MarkerData =>
    nextMarker(previous, {
      listPath: PATH,
      branch: BRANCH,
      headSha,
      baseSha: base?.commitSha ?? previous!.baseSha,
      proposed: bodyPapers,
      removed: memory.openPr?.newlyRemoved ?? [],
      windowEnd: options.windowEnd,
      foreignCommits: openKind === 'foreign',
      ...extra,
    });
  const body = (marker: MarkerData): string =>
    renderPullBody({
      listPath: PATH,
      papers: marker.proposed,
      queue: [],
      queueDropped: 0,
      maxPapers: 10,
      rejected: marker.removed,
      run: null,
      marker,
    });
  const title = renderPullTitle(bodyPapers);
  const message = `arxiv-curator: add ${fresh.length} papers`;

  switch (plan.operation) {
    case 'create': {
      const result = await createRollingPull(ctx, {
        branch: BRANCH,
        base: base!,
        baseFile: baseFile!,
        text: withEntries(baseText, fresh.map(entryLine)),
        message,
        title,
        body: (head) => body(markerFor(null, head)),
        draft: false,
        labels: [LABEL],
        reviewers: [],
        assignees: [],
      });
      return { plan, number: result.number, memory, warnings: result.warnings };
    }
    case 'rebuild': {
      const result = await rebuildRollingPull(ctx, {
        number: open!.number,
        branch: BRANCH,
        base: base!,
        path: PATH,
        text: withEntries(baseText, [...carriedLines, ...fresh.map(entryLine)]),
        message,
        title,
        body: (head) => body(markerFor(open!.marker, head)),
        bodyOnTop: (head) => body(markerFor(open!.marker, head, { forcePushRefused: true })),
        forcePushRefused: open!.marker.forcePushRefused === true,
        previous: search.pulls.find((p) => p.number === open!.number)!,
        headSha: open!.headSha!,
        headBase: open!.headSha === open!.marker.headSha ? open!.marker.baseSha : null,
      });
      return { plan, number: result.number, memory, warnings: [] };
    }
    case 'append': {
      const result = await appendToRollingPull(ctx, {
        number: open!.number,
        branch: BRANCH,
        branchFile: branchFile!,
        headSha: open!.headSha!,
        text: withEntries(branchFile!.text, fresh.map(entryLine)),
        message,
        title,
        body: (head) => body(markerFor(open!.marker, head)),
      });
      return { plan, number: result.number, memory, warnings: [] };
    }
    case 'close': {
      await closeRollingPull(ctx, {
        number: open!.number,
        body: body(markerFor(open!.marker, open!.headSha!, { closedByBot: true })),
      });
      return { plan, number: open!.number, memory, warnings: [] };
    }
    case 'unchanged':
      return { plan, number: open?.number ?? null, memory, warnings: [] };
    case 'none':
      return { plan, number: null, memory, warnings: [] };
    case 'refresh':
      throw new Error('the toy night never refreshes a description');
  }
}
