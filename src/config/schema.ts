/** The resolved configuration every part of a run reads. Built only by `resolveConfig`. */
export type ListStyle = 'details' | 'bullet' | 'table';
export const LIST_STYLES: readonly ListStyle[] = ['details', 'bullet', 'table'];

/**
 * `list.section`: the sections new papers go to. Named sections (a name whose papers sit in
 * sub-sections stands for those sub-sections; the first named takes a paper that fits none), or
 * `auto`: every section of the list that holds papers.
 */
export type SectionSetting = 'auto' | string[];

export interface Term {
  phrase: string;
  weight: number;
}

export interface ExcludeTerm {
  phrase: string;
  /** Points taken away (positive number). */
  weight: number;
  /** Drop the paper outright instead of subtracting points. */
  hard: boolean;
}

export interface ScoringConfig {
  minScore: number;
  terms: Term[];
  exclude: ExcludeTerm[];
  /** Points for a primary category in `query.categories`. */
  primaryCategoryWeight: number;
  /** Points for a cross-listed category in `query.categories` (once per paper). */
  crossListWeight: number;
  /** Maximum points similarity to the listed papers can add (and rejected ones take away). */
  similarityWeight: number;
}

export interface Config {
  profile: string;
  list: {
    path: string;
    section: SectionSetting;
    /** The format of a section with no entries to learn from (SPEC §5); entries follow their neighbours. */
    style: ListStyle;
    /** Where new entries go when the config says so; null: where the section's own order puts them. */
    order: 'append' | 'prepend' | null;
    /** Heading text of the updates section; null disables the updates line. */
    updatesSection: string | null;
  };
  query: {
    categories: string[];
    /** Phrases OR-ed over `ti:` and `abs:`; by default the profile's. */
    phrases: string[];
    windowDays: number;
    /** Backfill start `YYYY-MM-DD`; replaces the window start. */
    since: string | null;
  };
  scoring: ScoringConfig;
  pullRequest: {
    branch: string;
    /** null = the repository's default branch. */
    baseBranch: string | null;
    labels: string[];
    reviewers: string[];
    assignees: string[];
    draft: boolean;
    maxPapers: number;
  };
  ignore: string[];
  allow: string[];
  arxiv: {
    apiUrl: string;
  };
  dryRun: boolean;
}
