import { compareArxivIds } from '../arxiv/ids.js';
import type { Candidate } from '../types.js';
import { queuedPaper, type QueuedPaper } from './paper-record.js';

/** How many queued papers the marker keeps per paper `max-papers` allows, and at most. */
const QUEUE_PER_PAPER = 5;
const QUEUE_MAX = 100;

export function queueLimit(maxPapers: number): number {
  return Math.min(QUEUE_MAX, QUEUE_PER_PAPER * maxPapers);
}

/** A paper queued on an earlier night and not fetched in tonight's window. */
export interface QueueEntry {
  record: QueuedPaper;
  /** The paper fetched again by id and scored tonight; null while only the record is known. */
  candidate: Candidate | null;
}

export interface FillInput {
  /** Tonight's candidates at or above the threshold, not excluded. */
  qualifying: readonly Candidate[];
  /** The queue's papers that are not among tonight's candidates, still eligible. */
  queued: readonly QueueEntry[];
  /** The queue as the marker had it, whose records are kept for papers whose score did not change. */
  previous: readonly QueuedPaper[];
  room: number;
  limit: number;
}

export interface Filled {
  /** Tonight's qualifying candidates with their final decision: `proposed` or `over-cap`. */
  tonight: Candidate[];
  /** Papers from the queue proposed tonight. */
  fromQueue: Candidate[];
  queue: QueuedPaper[];
  /** Qualifying papers the bounded queue could not keep. */
  dropped: number;
  /** Queued papers that would be proposed but are known only by their record: fetch them first. */
  needsFetch: string[];
}

/**
 * `max-papers` bounds the papers the open PR proposes (SPEC §6): the `room` left is filled with the
 * best-scoring of tonight's qualifying papers and the queued ones, and the rest are queued, best
 * first, up to `limit`. A queued paper keeps its record while its score is unchanged, so a queue
 * that did not change is written the same way.
 */
export function fillRoom({ qualifying, queued, previous, room, limit }: FillInput): Filled {
  type Slot = { id: string; score: number; tonight: Candidate | null; entry: QueueEntry | null };
  const pool: Slot[] = [
    ...qualifying.map((c) => ({ id: c.paper.arxivId, score: c.score, tonight: c, entry: null })),
    ...queued.map((e) => ({
      id: e.record.id,
      score: e.candidate?.score ?? e.record.score,
      tonight: null,
      entry: e,
    })),
  ].sort((a, b) => b.score - a.score || compareArxivIds(a.id, b.id));

  const chosen = pool.slice(0, Math.max(0, room));
  const rest = pool.slice(chosen.length);
  const needsFetch = chosen.filter((s) => s.entry !== null && s.entry.candidate === null).map((s) => s.id);
  const kept = rest.slice(0, limit);
  const keptIds = new Set(kept.map((s) => s.id));
  const recorded = new Map(previous.map((record) => [record.id, record]));

  const tonight = pool.flatMap((slot): Candidate[] => {
    if (slot.tonight === null) return [];
    if (chosen.includes(slot)) return [{ ...slot.tonight, decision: 'proposed' }];
    return [
      {
        ...slot.tonight,
        decision: 'over-cap',
        detail: keptIds.has(slot.id)
          ? 'qualifies, but the open pull request is full (max-papers): queued'
          : `qualifies, but scored too low for the queue of ${limit}`,
      },
    ];
  });
  const fromQueue = chosen.flatMap((slot): Candidate[] =>
    slot.entry?.candidate
      ? [{ ...slot.entry.candidate, decision: 'proposed', detail: 'queued on an earlier night' }]
      : [],
  );
  const queue = kept.map((slot) => {
    const candidate = slot.tonight ?? slot.entry!.candidate;
    const before = recorded.get(slot.id);
    if (candidate === null) return slot.entry!.record;
    return before !== undefined &&
      before.score === candidate.score &&
      before.version === candidate.paper.version
      ? before
      : queuedPaper(candidate);
  });
  return { tonight, fromQueue, queue, dropped: rest.length - kept.length, needsFetch };
}
