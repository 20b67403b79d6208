import type { Config } from '../config/schema.js';
import { formatUtcDay, type ArxivWindow } from '../arxiv/window.js';
import type { BodyFunnel, PullBodyInput } from '../pr/body.js';
import type { BodyPaper } from '../pr/body-paper.js';
import { formatDayRange } from '../pr/day-range.js';
import type { MarkerData } from '../pr/marker.js';
import type { Candidate } from '../types.js';
import type { Curation, Funnel } from './curate.js';

/** A paper the PR proposes: tonight's candidate, or one carried over whose window has passed. */
export interface PrPaper {
  arxivId: string;
  version: number;
  title: string;
  candidate: Candidate | null;
}

function bodyFunnel(funnel: Funnel): BodyFunnel {
  return {
    matched: funnel.onArxiv,
    listed: funnel.listed,
    inOpenPr: funnel.inOpenPr,
    rejected: funnel.rejected,
    excluded: funnel.excluded,
    belowThreshold: funnel.belowThreshold,
    overCap: funnel.overCap,
  };
}

/** What the PR body shows: every paper of the PR with its entry number, and tonight's funnel. */
export function pullBodyInput(
  config: Config,
  curation: Curation,
  papers: readonly PrPaper[],
  numbers: ReadonlyMap<string, number | null>,
  marker: MarkerData | null,
  searched?: string,
): PullBodyInput {
  const bodyPapers: BodyPaper[] = papers.map((paper) => ({
    ...paper,
    entryNumber: numbers.get(paper.arxivId) ?? null,
  }));
  return {
    listPath: config.list.path,
    papers: bodyPapers,
    funnel: bodyFunnel(curation.funnel),
    windowDays: config.query.windowDays,
    minScore: config.scoring.minScore,
    maxPapers: config.pullRequest.maxPapers,
    nearMisses: curation.nearMisses,
    marker,
    ...(searched !== undefined ? { searched } : {}),
  };
}

/** `arXiv submissions of Nov 19–26, 2026` for a window of whole UTC days (its end is exclusive). */
export function searchedWindow(window: ArxivWindow): string {
  const last = new Date(window.to.getTime() - 1);
  return `arXiv submissions of ${formatDayRange(formatUtcDay(window.from), formatUtcDay(last))}`;
}

export function prPaper(candidate: Candidate): PrPaper {
  const { arxivId, version, title } = candidate.paper;
  return { arxivId, version, title, candidate };
}
