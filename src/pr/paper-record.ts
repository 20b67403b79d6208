import { topReasons } from '../curate/top-reasons.js';
import type { Candidate, FoundLink, SectionRoute } from '../types.js';
import type { Funnel } from './funnel.js';

/**
 * What the PR body shows of a paper, kept in the marker (SPEC §6) so that the body lists every
 * paper the branch adds with its score card, whichever night proposed it. Fields a marker written
 * by an older version lacks are absent; the body shows `—` for them.
 */
export interface PaperRecord {
  id: string;
  version: number;
  title: string;
  score?: number;
  /** The top reasons, strongest first, as the score card writes them (`title "GPT-4o" +6`). */
  why?: string[];
  links?: FoundLink[];
  /** The day of first submission, `YYYY-MM-DD` (the title's dates span these). */
  day?: string;
  /** The paper's categories, its primary one first. */
  cats?: string[];
  /** The entry's number in the list (`### 6.`), when the list numbers its entries. */
  entry?: number;
  /** The section its entry went to and why, when `list.section` gave a choice. */
  section?: SectionRoute;
}

/** A paper that qualified beyond `max-papers`: proposed, best score first, as room frees up. */
export interface QueuedPaper {
  id: string;
  version: number;
  title: string;
  score: number;
  why: string[];
  day?: string;
}

/** A paper a maintainer took out of the PR: unticked in the body, or its entry deleted. */
export interface RemovedPaper {
  id: string;
  title: string;
  how: 'unticked' | 'deleted';
}

/** The run that last wrote the PR: what it searched and its funnel, for the body's last lines. */
export interface RunRecord {
  /** `arXiv submissions of Nov 19–26, 2026`. */
  searched: string;
  minScore: number;
  funnel: Funnel;
  /** The best score below the threshold, when a paper came close. */
  closest: number | null;
}

/** Titles are a memory aid for people reading the marker and the body; the list keeps the real ones. */
export const RECORD_TITLE_MAX = 160;
/** Reasons a proposed paper's card keeps; the queue keeps fewer (they are scored again when proposed). */
export const CARD_REASONS = 8;
export const QUEUE_REASONS = 3;

export function clipTitle(text: string, max: number = RECORD_TITLE_MAX): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return chars.join('');
  return max === 0 ? '' : `${chars.slice(0, max - 1).join('')}…`;
}

/** `2026-11-24` from arXiv's `published` time; undefined when it cannot be read. */
export function utcDay(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** A proposed candidate as the marker keeps it. */
export function paperRecord(candidate: Candidate, entry: number | null = null): PaperRecord {
  const { paper } = candidate;
  const cats = [paper.primaryCategory, ...paper.categories.filter((c) => c !== paper.primaryCategory)].filter(
    (c) => c !== '',
  );
  const day = utcDay(paper.published);
  return {
    id: paper.arxivId,
    version: paper.version,
    title: clipTitle(paper.title),
    score: candidate.score,
    why: topReasons(candidate.reasons, CARD_REASONS).map((r) => r.text),
    links: candidate.links.map(({ kind, url, source }) => ({ kind, url, source })),
    ...(day !== undefined ? { day } : {}),
    cats,
    ...(entry !== null ? { entry } : {}),
    ...(candidate.section ? { section: candidate.section } : {}),
  };
}

/** A candidate over the cap as the queue keeps it. */
export function queuedPaper(candidate: Candidate): QueuedPaper {
  const { paper } = candidate;
  const day = utcDay(paper.published);
  return {
    id: paper.arxivId,
    version: paper.version,
    title: clipTitle(paper.title),
    score: candidate.score,
    why: topReasons(candidate.reasons, QUEUE_REASONS).map((r) => r.text),
    ...(day !== undefined ? { day } : {}),
  };
}
