import type { Paper } from '../types.js';
import { compareArxivIds } from './ids.js';

/**
 * One paper per base id — the same paper reached through two pages, two queries, two date
 * slices or as v1 and v2 is one candidate — keeping its highest version. The order is fixed
 * (newest submission first, then id) so that the same set of papers always comes out the same,
 * however it was fetched.
 */
export function mergePapers(papers: Iterable<Paper>): Paper[] {
  const byId = new Map<string, Paper>();
  for (const paper of papers) keepHighestVersion(byId, paper);
  return [...byId.values()].sort(newestFirst);
}

/** Adds `paper` to a by-id map unless a version at least as high is already there. */
export function keepHighestVersion(byId: Map<string, Paper>, paper: Paper): void {
  const seen = byId.get(paper.arxivId);
  if (seen === undefined || paper.version > seen.version) byId.set(paper.arxivId, paper);
}

function newestFirst(a: Paper, b: Paper): number {
  const byDate = timestamp(b.published) - timestamp(a.published);
  return byDate !== 0 ? byDate : compareArxivIds(b.arxivId, a.arxivId);
}

function timestamp(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}
