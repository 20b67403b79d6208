/** One arXiv paper, as parsed from an Atom entry. Every string is plain text (already unescaped). */
export interface Paper {
  /** Base id without version: `2504.02782` or old-style `hep-th/9901001`. */
  arxivId: string;
  /** Version number from the id (`v2` → 2); 1 when the id carried none. */
  version: number;
  title: string;
  abstract: string;
  authors: string[];
  categories: string[];
  primaryCategory: string;
  /** ISO 8601 timestamps as arXiv sent them. */
  published: string;
  updated: string;
  comment?: string;
  journalRef?: string;
  doi?: string;
}

/** A link found in a paper's abstract or comment (SPEC §5). */
export interface FoundLink {
  kind: 'code' | 'project' | 'dataset' | 'model' | 'demo';
  url: string;
  source: 'abstract' | 'comment';
}

/** What happened to a candidate; the values are part of the `candidates.json` contract (SPEC §7). */
export type Decision =
  'proposed' | 'listed' | 'in-open-pr' | 'rejected' | 'excluded' | 'below-threshold' | 'over-cap';

/** One line of a score card: `title "GPT-4o" +4`. */
export interface Reason {
  text: string;
  points: number;
}

/** A paper already in the list, as read from the list file (for dedup and similarity). */
export interface ListEntry {
  /** Base arXiv id of the entry's paper link, when it has one. */
  arxivId: string | null;
  title: string;
  /** The abstract when the list shows one (the `details` style), else null. */
  abstract: string | null;
}

/** A fetched paper after dedup, scoring and selection: one row of `candidates.json`. */
export interface Candidate {
  paper: Paper;
  score: number;
  reasons: Reason[];
  links: FoundLink[];
  decision: Decision;
  /** Why it was dropped, in words: `listed as "GPT-ImgEval…"`, `rejected in PR #12`. */
  detail?: string;
  /** The section it goes to, when `list.section` gives more than one to choose from. */
  section?: SectionRoute;
}

/** Where a paper goes among the sections `list.section` allows, and why. */
export interface SectionRoute {
  /** The section's name (with enclosing sections where the name alone is ambiguous: `Dataset › Image Editing`). */
  name: string;
  /** `closest to "LlamaGen: …" (0.38), heading word "autoregressive"`. */
  why: string;
  /** False: it fits no section well enough and went to the default one, for a maintainer to move. */
  fits: boolean;
}
