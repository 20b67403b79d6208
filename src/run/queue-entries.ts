import { select } from '../curate/select.js';
import { normaliseTitle, type ListDoc } from '../list/index.js';
import type { BotPullRecord } from '../pr/memory.js';
import type { QueuedPaper } from '../pr/paper-record.js';
import type { QueueEntry } from '../pr/queue.js';
import type { Paper } from '../types.js';
import { scoreCandidates, type CurateInput, type PullMemory } from './curate.js';

/**
 * The queue a night starts from: the open PR's, or, once it was merged or closed, the queue of the
 * bot's latest PR, so that queued papers are proposed in the next PR (SPEC §6).
 */
export function queueToStartFrom(
  records: readonly BotPullRecord[],
  open: BotPullRecord | null,
): QueuedPaper[] {
  if (open !== null) return open.marker.queue;
  const latest = [...records].sort((a, b) => b.number - a.number)[0];
  return latest?.marker.queue ?? [];
}

/** The queued papers that are still eligible and that tonight's fetch did not return. */
export function eligibleQueue(
  queue: readonly QueuedPaper[],
  tonight: ReadonlySet<string>,
  doc: ListDoc,
  memory: PullMemory,
): QueueEntry[] {
  return queue
    .filter((paper) => !tonight.has(paper.id))
    .filter((paper) => !doc.ids.has(paper.id) && !doc.listedTitles.has(normaliseTitle(paper.title)))
    .filter((paper) => !memory.inOpenPr.has(paper.id))
    .filter((paper) => !memory.rejected.has(paper.id))
    .map((record) => ({ record, candidate: null }));
}

/**
 * The queued papers fetched again by id, scored as tonight's are (the list and the rejections may
 * have changed since): those that still qualify keep their place; the others leave the queue.
 */
export function rescoredQueue(
  input: CurateInput,
  entries: readonly QueueEntry[],
  papers: Paper[],
): { entries: QueueEntry[]; warnings: string[] } {
  const { scored } = scoreCandidates(input, papers);
  const judged = select(scored, {
    minScore: input.config.scoring.minScore,
    maxPapers: Number.POSITIVE_INFINITY,
  });
  const qualifying = new Map(
    judged.filter((c) => c.decision === 'proposed').map((c) => [c.paper.arxivId, c]),
  );
  const returned = new Set(papers.map((p) => p.arxivId));
  const missing = entries.filter((e) => !returned.has(e.record.id)).map((e) => e.record.id);
  return {
    entries: entries.flatMap((entry) => {
      const candidate = qualifying.get(entry.record.id);
      return candidate ? [{ record: entry.record, candidate }] : [];
    }),
    warnings:
      missing.length > 0
        ? [
            `arXiv did not return the queued ${missing.length === 1 ? 'paper' : 'papers'} ${missing.join(', ')}; dropped from the queue`,
          ]
        : [],
  };
}
