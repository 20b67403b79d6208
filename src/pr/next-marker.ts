import { compareArxivIds } from '../arxiv/ids.js';
import type { BaseFileRecord, MarkerData } from './marker.js';
import type { PaperRecord, QueuedPaper, RemovedPaper, RunRecord } from './paper-record.js';

/** What one write changes in the marker; the rest is carried over from the previous marker. */
export interface MarkerWrite {
  listPath: string;
  branch: string;
  /** The head SHA the branch has (or will have) after this write. */
  headSha: string;
  baseSha: string;
  /** Every paper the PR proposes after this write, carried-over ones included. */
  proposed: readonly PaperRecord[];
  /** Papers newly seen taken out of the PR by a maintainer. */
  removed?: readonly RemovedPaper[];
  /** The queue after this run (default: none). */
  queue?: readonly QueuedPaper[];
  queueDropped?: number;
  /** The run that writes (its funnel), or the one that last wrote when the body is only re-rendered. */
  run?: RunRecord | null;
  /** End of the arXiv window this run fetched (ISO 8601). */
  windowEnd: string | null;
  /** Someone else has committed on the branch. */
  foreignCommits?: boolean;
  closedByBot?: boolean;
  /** A rule refused this write's force-push (it went on top of the branch instead). */
  forcePushRefused?: boolean;
  /** The base list this write was built from; null when the text was built on the branch. */
  baseFile?: BaseFileRecord | null;
}

/**
 * The marker after a write: removals, the foreign-commit flag and a refused force-push accumulate (a maintainer's
 * rejection is never forgotten), the window end only moves forward, and the previous head is
 * remembered so a rebuild that failed between updating the body and moving the branch is still
 * recognised as the bot's own commit. Written again with nothing changed, it is the same marker.
 */
export function nextMarker(previous: MarkerData | null, write: MarkerWrite): MarkerData {
  const previousHeadSha =
    previous === null
      ? null
      : previous.headSha === write.headSha
        ? previous.previousHeadSha
        : previous.headSha;
  const removed = new Map((previous?.removed ?? []).map((r) => [r.id, r]));
  for (const paper of write.removed ?? []) if (!removed.has(paper.id)) removed.set(paper.id, paper);
  return {
    listPath: write.listPath,
    branch: write.branch,
    headSha: write.headSha,
    previousHeadSha,
    baseSha: write.baseSha,
    proposed: uniqueById(write.proposed).sort((a, b) => compareArxivIds(a.id, b.id)),
    removed: [...removed.values()].sort((a, b) => compareArxivIds(a.id, b.id)),
    queue: uniqueById(write.queue ?? []).sort((a, b) => b.score - a.score || compareArxivIds(a.id, b.id)),
    queueDropped: write.queueDropped ?? 0,
    run: write.run ?? null,
    windowEnd: laterIso(previous?.windowEnd ?? null, write.windowEnd),
    foreignCommits: (previous?.foreignCommits ?? false) || (write.foreignCommits ?? false),
    closedByBot: write.closedByBot ?? false,
    baseFile: write.baseFile ?? null,
    ...(previous?.forcePushRefused === true || write.forcePushRefused === true
      ? { forcePushRefused: true }
      : {}),
  };
}

function uniqueById<T extends { id: string }>(papers: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const paper of papers) byId.set(paper.id, paper);
  return [...byId.values()];
}

function laterIso(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta)) return b;
  if (Number.isNaN(tb)) return a;
  return tb >= ta ? b : a;
}
