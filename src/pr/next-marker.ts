import { compareArxivIds } from '../arxiv/ids.js';
import type { BaseFileRecord, MarkerData, ProposedPaper } from './marker.js';

/** What one write changes in the marker; the rest is carried over from the previous marker. */
export interface MarkerWrite {
  listPath: string;
  branch: string;
  /** The head SHA the branch has (or will have) after this write. */
  headSha: string;
  baseSha: string;
  /** Every paper the PR proposes after this write, carried-over ones included. */
  proposed: readonly ProposedPaper[];
  /** Ids newly seen removed from the PR by someone else. */
  removed?: readonly string[];
  /** End of the arXiv window this run fetched (ISO 8601). */
  windowEnd: string | null;
  /** Someone else has committed on the branch. */
  foreignCommits?: boolean;
  closedByBot?: boolean;
  /** The base list this write was built from; null when the text was built on the branch. */
  baseFile?: BaseFileRecord | null;
}

/**
 * The marker after a write: removals and the foreign-commit flag accumulate (a maintainer's
 * rejection is never forgotten), the window end only moves forward, and the previous head is
 * remembered so a rebuild that failed between updating the body and moving the branch is still
 * recognised as the bot's own commit.
 */
export function nextMarker(previous: MarkerData | null, write: MarkerWrite): MarkerData {
  const previousHeadSha =
    previous === null
      ? null
      : previous.headSha === write.headSha
        ? previous.previousHeadSha
        : previous.headSha;
  const proposed = uniqueById(write.proposed);
  const removed = [...new Set([...(previous?.removed ?? []), ...(write.removed ?? [])])].sort(
    compareArxivIds,
  );
  return {
    listPath: write.listPath,
    branch: write.branch,
    headSha: write.headSha,
    previousHeadSha,
    baseSha: write.baseSha,
    proposed,
    removed,
    windowEnd: laterIso(previous?.windowEnd ?? null, write.windowEnd),
    foreignCommits: (previous?.foreignCommits ?? false) || (write.foreignCommits ?? false),
    closedByBot: write.closedByBot ?? false,
    baseFile: write.baseFile ?? null,
  };
}

function uniqueById(papers: readonly ProposedPaper[]): ProposedPaper[] {
  const byId = new Map<string, ProposedPaper>();
  for (const paper of papers)
    byId.set(paper.id, { id: paper.id, version: paper.version, title: paper.title });
  return [...byId.values()].sort((a, b) => compareArxivIds(a.id, b.id));
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
