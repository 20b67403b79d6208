import type { Candidate } from '../types.js';

/** One row of `candidates.json` (SPEC §7); `detail`, `url` and `section` are additions. */
export interface CandidateRecord {
  arxivId: string;
  version: number;
  title: string;
  score: number;
  decision: Candidate['decision'];
  reasons: string[];
  links: Candidate['links'];
  detail: string | null;
  url: string;
  /** Where a proposed paper's entry goes and why, when `list.section` gives a choice. */
  section?: Candidate['section'];
}

/** The text of `candidates.json`: every candidate, pretty-printed, with a final newline. */
export function candidatesJson(candidates: readonly Candidate[]): string {
  return `${JSON.stringify(candidates.map(candidateRecord), null, 2)}\n`;
}

export function candidateRecord(candidate: Candidate): CandidateRecord {
  const { paper } = candidate;
  return {
    arxivId: paper.arxivId,
    version: paper.version,
    title: paper.title,
    score: candidate.score,
    decision: candidate.decision,
    reasons: candidate.reasons.map((reason) => reason.text),
    links: candidate.links,
    detail: candidate.detail ?? null,
    url: `https://arxiv.org/abs/${paper.arxivId}`,
    ...(candidate.section ? { section: candidate.section } : {}),
  };
}
