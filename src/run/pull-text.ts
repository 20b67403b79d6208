import { gitBlobSha } from '../github/blob-sha.js';
import type { MarkerData } from '../pr/marker.js';
import { nextMarker, type MarkerWrite } from '../pr/next-marker.js';
import type { PaperRecord } from '../pr/paper-record.js';
import { plural } from '../pr/plural.js';
import { renderPullTitle } from '../pr/title.js';
import { numberedRecords, type PrPaper } from './body-input.js';
import { pullBody } from './pull-body.js';
import type { ListChange } from './list-text.js';
import type { NightContext, Step } from './night-context.js';

/** What one step's writes say: the commit message, the PR's title, and its body. */
export interface StepText {
  message: string;
  title: string;
  /**
   * The body with the marker naming `headSha`. It is a function because the marker records the
   * commit the bot wrote, known only once the commit exists; `extra` overrides what the marker keeps.
   */
  body: (headSha: string, extra?: Partial<MarkerWrite>) => string;
}

export function stepText(night: NightContext, step: Step): StepText {
  const records = numberedRecords(step.prPapers, step.change?.numbers ?? new Map());
  return {
    message: commitMessage(step),
    title: renderPullTitle(records),
    body: (headSha, extra = {}) => bodyOf(night, writtenMarker(night, step, records, headSha, extra)),
  };
}

/**
 * The title and body of the open PR as this run would leave them without writing anything: the
 * marker as it stands, with what changed since (papers taken out by a maintainer, the queue).
 * When GitHub holds something else, the description is out of date (SPEC §6).
 */
export function quietText(night: NightContext, carried: readonly PrPaper[]): { title: string; body: string } {
  const open = night.memory.openPr!;
  const { marker } = open;
  const records = carried.map((paper) => paper.record);
  const quiet = nextMarker(marker, {
    ...markerBasics(night),
    headSha: marker.headSha,
    baseSha: marker.baseSha,
    proposed: records,
    removed: open.newlyRemoved,
    run: marker.run,
    windowEnd: marker.windowEnd,
    foreignCommits: marker.foreignCommits,
    baseFile: marker.baseFile,
  });
  return { title: renderPullTitle(records), body: bodyOf(night, quiet) };
}

function bodyOf(night: NightContext, marker: MarkerData): string {
  const open = night.memory.openPr;
  const held = open ? (night.pulls.listed.get(open.number)?.body ?? null) : null;
  return pullBody(night.config, marker, open ? { number: open.number, body: held } : null);
}

function markerBasics(
  night: NightContext,
): Pick<MarkerWrite, 'listPath' | 'branch' | 'queue' | 'queueDropped'> {
  return {
    listPath: night.config.list.path,
    branch: night.config.pullRequest.branch,
    queue: night.curation.queue,
    queueDropped: night.curation.queueDropped,
  };
}

function writtenMarker(
  night: NightContext,
  step: Step,
  records: PaperRecord[],
  headSha: string,
  extra: Partial<MarkerWrite>,
): MarkerData {
  const { files } = night;
  const open = night.memory.openPr;
  return nextMarker(open?.marker ?? null, {
    ...markerBasics(night),
    headSha,
    baseSha: files.base?.commitSha ?? open!.marker.baseSha,
    proposed: records,
    removed: open?.newlyRemoved ?? [],
    run: night.run,
    windowEnd: night.window.to.toISOString(),
    foreignCommits: open !== null && !open.botOnly,
    baseFile: step.change && files.base ? baseFileRecord(files.baseText, step.change) : null,
    ...extra,
  });
}

/** Where the bot inserted text into the base list: lets the next run derive the base from the branch. */
function baseFileRecord(baseText: string, change: ListChange): MarkerData['baseFile'] {
  return {
    sha: gitBlobSha(baseText),
    spans: change.insertions.map((i): [number, number] => [i.offset, i.text.length]),
  };
}

function commitMessage(step: Step): string {
  const n = step.added.length;
  const removed = step.removeFromBranch.length;
  if (step.plan.operation === 'rebuild' && n === 0)
    return `arxiv-curator: rebuild the proposed papers on the current base`;
  if (n === 0 && removed > 0)
    return `arxiv-curator: remove ${plural(removed, 'paper', 'papers')} unticked in review`;
  return `arxiv-curator: add ${plural(n, 'new paper', 'new papers')} from arXiv`;
}
