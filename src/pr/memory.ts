import { compareArxivIds, normaliseArxivId } from '../arxiv/ids.js';
import { removedIds, type MarkerData } from './marker.js';
import type { RemovedPaper } from './paper-record.js';

/** One of the bot's PRs whose marker could be read. */
export interface BotPullRecord {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  /** The PR's head SHA as GitHub reports it now (null when unknown, e.g. seen only as an issue). */
  headSha: string | null;
  marker: MarkerData;
}

export interface MemoryInput {
  pulls: readonly BotPullRecord[];
  /** Base ids in the list file on the base branch (the current list). */
  listedIds: ReadonlySet<string>;
  /** Base ids in the list file on the open PR's head; null when there is no open PR or it was not read. */
  branchIds: ReadonlySet<string> | null;
  ignore: readonly string[];
  allow: readonly string[];
  /** Papers a maintainer unticked in the open PR's body: rejected, their entries to be removed. */
  unticked?: ReadonlySet<string>;
}

export interface OpenPull {
  number: number;
  headSha: string | null;
  marker: MarkerData;
  /** Only the bot has written the branch, so it may be rebuilt with a forced ref update. */
  botOnly: boolean;
  /** Papers this run sees taken out of the PR by a maintainer; recorded in the marker's `removed`. */
  newlyRemoved: RemovedPaper[];
}

export interface Memory {
  openPr: OpenPull | null;
  /** Ids the open PR already proposes (it stays there; they are not proposed twice). */
  inOpenPr: Set<string>;
  /** Rejected ids, each with why in words. */
  rejected: Map<string, string>;
  warnings: string[];
}

/**
 * What the bot remembers, derived only from its own PRs (SPEC §3): nothing is stored elsewhere.
 * Listed beats rejected; `allow` undoes a rejection.
 */
export function deriveMemory(input: MemoryInput): Memory {
  const warnings: string[] = [];
  const pulls = [...input.pulls].sort((a, b) => a.number - b.number);
  const openPulls = pulls.filter((p) => p.state === 'open');
  if (openPulls.length > 1) {
    warnings.push(
      `several open arxiv-curator pull requests (${openPulls.map((p) => `#${p.number}`).join(', ')}); using #${openPulls[openPulls.length - 1]!.number}`,
    );
  }
  const open = openPulls[openPulls.length - 1];
  const openPr = open ? describeOpenPull(open, input) : null;

  const rejected = new Map<string, string>();
  for (const pull of pulls) collectRejections(pull, input.listedIds, rejected);
  if (openPr) {
    for (const paper of openPr.newlyRemoved) rejected.set(paper.id, removalReason(paper, openPr.number));
  }
  const ignore = normaliseIds(input.ignore);
  const allow = normaliseIds(input.allow);
  for (const id of ignore) rejected.set(id, "in the config's ignore list");
  for (const id of ignore) {
    if (allow.has(id)) warnings.push(`${id} is in both ignore and allow; allow wins`);
  }
  for (const id of [...rejected.keys()]) {
    if (input.listedIds.has(id) || allow.has(id)) rejected.delete(id);
  }

  return {
    openPr,
    inOpenPr: openPr ? idsInOpenPull(openPr, input) : new Set(),
    rejected: new Map([...rejected].sort(([a], [b]) => compareArxivIds(a, b))),
    warnings,
  };
}

/**
 * Only the bot has written the PR's branch: its head is one the bot recorded (the last, or the one
 * before a rebuild whose ref update failed) and nobody else has ever committed. Works for every
 * kind of token, because it compares SHAs, not authors.
 */
export function isBotOnlyHead(headSha: string | null, marker: MarkerData): boolean {
  if (marker.foreignCommits || headSha === null) return false;
  return headSha === marker.headSha || headSha === marker.previousHeadSha;
}

/**
 * What a maintainer took out of the open PR since the bot last wrote: papers unticked in the body,
 * and, once someone else has committed on the branch, entries no longer on it. A paper the base
 * lists now was accepted, not removed.
 */
function describeOpenPull(pull: BotPullRecord, input: MemoryInput): OpenPull {
  const { marker } = pull;
  const botOnly = isBotOnlyHead(pull.headSha, marker);
  const removed = removedIds(marker);
  const unticked = input.unticked ?? new Set<string>();
  const deleted = (id: string): boolean => !botOnly && input.branchIds !== null && !input.branchIds.has(id);
  const newlyRemoved = marker.proposed
    .filter((p) => !removed.has(p.id) && !input.listedIds.has(p.id))
    .filter((p) => unticked.has(p.id) || deleted(p.id))
    .map((p): RemovedPaper => ({
      id: p.id,
      title: p.title,
      how: unticked.has(p.id) ? 'unticked' : 'deleted',
    }));
  return { number: pull.number, headSha: pull.headSha, marker, botOnly, newlyRemoved };
}

function removalReason(paper: RemovedPaper, number: number): string {
  return paper.how === 'unticked'
    ? `unticked in PR #${number} by a maintainer`
    : `removed from PR #${number} by a maintainer`;
}

function idsInOpenPull(openPr: OpenPull, input: MemoryInput): Set<string> {
  const proposed = openPr.marker.proposed.map((p) => p.id);
  const removed = removedIds(openPr.marker);
  const removedNow = new Set(openPr.newlyRemoved.map((p) => p.id));
  for (const id of removedNow) removed.add(id);
  let ids: string[];
  if (input.branchIds === null) {
    ids = proposed.filter((id) => !removed.has(id));
  } else if (openPr.botOnly) {
    ids = proposed.filter((id) => input.branchIds!.has(id) && !removedNow.has(id));
  } else {
    // Someone else edited the branch: whatever paper it adds is in the PR, whoever put it
    // there, except those just unticked (their entries are about to be removed).
    ids = [...input.branchIds].filter((id) => !removedNow.has(id));
  }
  return new Set(ids.filter((id) => !input.listedIds.has(id)).sort(compareArxivIds));
}

function collectRejections(
  pull: BotPullRecord,
  listedIds: ReadonlySet<string>,
  rejected: Map<string, string>,
): void {
  const { marker } = pull;
  if (pull.state === 'closed' && !pull.merged && !marker.closedByBot) {
    for (const paper of marker.proposed)
      rejected.set(paper.id, `closed without merging in PR #${pull.number}`);
  }
  if (pull.merged) {
    for (const paper of marker.proposed) {
      if (!listedIds.has(paper.id))
        rejected.set(paper.id, `merged in PR #${pull.number} but no longer in the list`);
    }
  }
  for (const paper of marker.removed) rejected.set(paper.id, removalReason(paper, pull.number));
}

function normaliseIds(ids: readonly string[]): Set<string> {
  return new Set(ids.map((id) => normaliseArxivId(String(id)) ?? String(id).trim()));
}

/** The latest arXiv window end the bot's PRs recorded (ISO time), or null when none did. */
export function latestWindowEnd(pulls: readonly BotPullRecord[]): string | null {
  let latest: string | null = null;
  let latestTime = Number.NEGATIVE_INFINITY;
  for (const pull of pulls) {
    const end = pull.marker.windowEnd;
    const time = end === null ? Number.NaN : Date.parse(end);
    if (!Number.isNaN(time) && time > latestTime) {
      latest = end;
      latestTime = time;
    }
  }
  return latest;
}
