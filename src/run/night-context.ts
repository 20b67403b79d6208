import type { FetchPapersDeps } from '../arxiv/fetch-papers.js';
import type { ArxivWindow } from '../arxiv/window.js';
import type { Config } from '../config/schema.js';
import type { RepoContext } from '../github/repo-context.js';
import type { ListDoc } from '../list/index.js';
import type { Memory } from '../pr/memory.js';
import type { RunRecord } from '../pr/paper-record.js';
import type { Plan } from '../pr/plan.js';
import type { PrPaper } from './body-input.js';
import type { Curation } from './curate.js';
import type { Files } from './list-files.js';
import type { ListChange } from './list-text.js';
import type { PullState } from './pull-state.js';

/** What one night needs from outside: the clients, the clock, the log. */
export interface NightDeps {
  github: RepoContext;
  arxiv: FetchPapersDeps;
  /** The moment the run starts (window bounds, the updates line). */
  now: Date;
  /** `repository.default_branch` from the event payload, when the runner gave one. */
  defaultBranch?: string | null;
  log: (message: string) => void;
}

/** Everything one night has read and decided, for planning and writing. */
export interface NightContext {
  config: Config;
  deps: NightDeps;
  pulls: PullState;
  files: Files;
  baseDoc: ListDoc;
  branchDoc: ListDoc | null;
  memory: Memory;
  curation: Curation;
  window: ArxivWindow;
  /** What this run searched and counted, as the PR body records it. */
  run: RunRecord;
}

/** What the night will do to the PR and the list. */
export interface Step {
  plan: Plan;
  /** Tonight's new papers (proposed by this run). */
  added: PrPaper[];
  /** Every paper of the PR after this run. */
  prPapers: PrPaper[];
  /** Unticked papers whose entries a branch with someone else's commits still holds: cut them out. */
  removeFromBranch: string[];
  /** The new list text, and the text it was built on (base, or the branch when appending). */
  change: ListChange | null;
  changeBase: string;
}
