import type { Candidate, Decision, Paper } from '../types.js';

/** What the run already knows about papers (SPEC §3): the list, the open PR, the rejections, the config. */
export interface DedupMemory {
  /** Base ids of every paper the list links to. */
  listedIds: ReadonlySet<string>;
  /** Normalised title → the title as the list writes it. */
  listedTitles: ReadonlyMap<string, string>;
  /** Base ids the bot's open pull request already proposes. */
  openPr: ReadonlySet<string>;
  /** Base id → how it was rejected, in words (`rejected in PR #12`). */
  rejected: ReadonlyMap<string, string>;
  /** Config `ignore`: never propose. */
  ignore: readonly string[];
  /** Config `allow`: undoes a rejection or an ignore. */
  allow: readonly string[];
}

export interface DedupResult {
  kept: Paper[];
  dropped: Candidate[];
}

/** Case, punctuation, spacing and Unicode variants removed; the list module offers its own. */
export function simpleNormaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Verdict {
  decision: Extract<Decision, 'listed' | 'in-open-pr' | 'rejected'>;
  detail: string;
}

/**
 * Drops the papers the list already has, the open PR already proposes, or a maintainer rejected,
 * each with its reason. Precedence: listed, then in the open PR, then rejected; `allow` undoes a
 * rejection and an ignore, never a listing.
 */
export function dedup(
  papers: Paper[],
  memory: DedupMemory,
  normaliseTitle: (title: string) => string = simpleNormaliseTitle,
): DedupResult {
  const ignored = new Set(memory.ignore);
  const allowed = new Set(memory.allow);
  const verdictOf = (paper: Paper): Verdict | null => {
    if (memory.listedIds.has(paper.arxivId))
      return { decision: 'listed', detail: `already in the list (${paper.arxivId})` };
    const listedTitle = memory.listedTitles.get(normaliseTitle(paper.title));
    if (listedTitle !== undefined) return { decision: 'listed', detail: `listed as "${listedTitle}"` };
    if (memory.openPr.has(paper.arxivId))
      return { decision: 'in-open-pr', detail: 'already proposed in the open pull request' };
    if (allowed.has(paper.arxivId)) return null;
    const rejection = memory.rejected.get(paper.arxivId);
    if (rejection !== undefined) return { decision: 'rejected', detail: rejection };
    if (ignored.has(paper.arxivId)) return { decision: 'rejected', detail: 'ignored by config' };
    return null;
  };

  const kept: Paper[] = [];
  const dropped: Candidate[] = [];
  for (const paper of papers) {
    const verdict = verdictOf(paper);
    if (verdict === null) kept.push(paper);
    else dropped.push({ paper, score: 0, reasons: [], links: [], ...verdict });
  }
  return { kept, dropped };
}
