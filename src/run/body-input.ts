import type { Config } from '../config/schema.js';
import { formatUtcDay, type ArxivWindow } from '../arxiv/window.js';
import type { PullBodyInput } from '../pr/body.js';
import { formatDayRange } from '../pr/day-range.js';
import type { MarkerData } from '../pr/marker.js';
import { paperRecord, type PaperRecord } from '../pr/paper-record.js';
import type { Candidate } from '../types.js';

/** A paper the PR proposes: tonight's candidate, or one carried over with its recorded card. */
export interface PrPaper {
  arxivId: string;
  version: number;
  title: string;
  /** Tonight's score card; null for a paper carried over from an earlier night. */
  candidate: Candidate | null;
  /** What the body shows of it (for a carried paper, as the marker recorded it). */
  record: PaperRecord;
}

export function prPaper(candidate: Candidate): PrPaper {
  const { arxivId, version, title } = candidate.paper;
  return { arxivId, version, title, candidate, record: paperRecord(candidate) };
}

/** A paper carried over from the marker (or, added by someone else, known by its id alone). */
export function carriedPaper(record: PaperRecord): PrPaper {
  return { arxivId: record.id, version: record.version, title: record.title, candidate: null, record };
}

/** Each paper's record with the entry number it got in the list this run, when it got one. */
export function numberedRecords(
  papers: readonly PrPaper[],
  numbers: ReadonlyMap<string, number | null>,
): PaperRecord[] {
  return papers.map((paper) => {
    const number = numbers.get(paper.arxivId);
    if (number === undefined) return paper.record;
    const { entry: _entry, ...rest } = paper.record;
    return number === null ? rest : { ...rest, entry: number };
  });
}

/** The body of the PR whose marker is `marker` (SPEC §6): everything it shows comes from the marker. */
export function markerBodyInput(config: Config, marker: MarkerData): PullBodyInput {
  return {
    listPath: config.list.path,
    papers: marker.proposed,
    queue: marker.queue,
    queueDropped: marker.queueDropped,
    maxPapers: config.pullRequest.maxPapers,
    rejected: marker.removed,
    run: marker.run,
    marker,
  };
}

/** `arXiv submissions of Nov 19–26, 2026` for a window of whole UTC days (its end is exclusive). */
export function searchedWindow(window: ArxivWindow): string {
  const last = new Date(window.to.getTime() - 1);
  return `arXiv submissions of ${formatDayRange(formatUtcDay(window.from), formatUtcDay(last))}`;
}
