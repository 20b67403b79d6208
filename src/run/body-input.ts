import type { Config } from '../config/schema.js';
import type { BodyFunnel, BodyPaper, PullBodyInput } from '../pr/body.js';
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

export function bodyFunnel(funnel: Funnel): BodyFunnel {
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
  };
}

export function prPaper(candidate: Candidate): PrPaper {
  const { arxivId, version, title } = candidate.paper;
  return { arxivId, version, title, candidate };
}
