import { plural } from './plural.js';

/** What the run does to the rolling PR (SPEC §6). */
export type PullOperation = 'create' | 'rebuild' | 'append' | 'close' | 'refresh' | 'unchanged' | 'none';

/** The `pull-request-operation` output (SPEC §7). */
export type PullOutput = 'created' | 'updated' | 'unchanged' | 'none';

export interface PlanInput {
  /** No open bot PR, one only the bot has written, or one with someone else's commits. */
  openPr: 'none' | 'bot-only' | 'foreign';
  /** Ids the open PR proposes now (empty without one). */
  proposedBefore: readonly string[];
  /** Ids the PR should propose after this run: carried-over ones and tonight's new ones. */
  proposedAfter: readonly string[];
  /** The bot's rendered entries (or updates line) differ from what the branch holds. */
  textChanged: boolean;
  /** The base branch has moved since the bot last built on it. */
  baseMoved: boolean;
  /** GitHub's `mergeable` for the open PR; null when unknown or not looked up. */
  mergeable: boolean | null;
  /**
   * Papers the branch of a PR with someone else's commits adds but its description does not
   * record: a run committed them and stopped before updating the body, or someone added them.
   */
  unrecorded?: readonly string[];
  /** Papers a maintainer took out of the PR since the bot last wrote (unticked or deleted). */
  rejectedNow?: number;
  /** Papers unticked in review whose entries a branch with someone else's commits still holds. */
  removeFromBranch?: readonly string[];
  /**
   * The title or body GitHub holds differs from the account rendered from the marker and the branch
   * (a maintainer's edit, a deleted entry, a queue that changed): one PATCH brings it up to date.
   */
  bodyStale?: boolean;
}

export interface Plan {
  operation: PullOperation;
  output: PullOutput;
  /** Why, in words, for the log and the job summary. */
  reason: string;
}

const OUTPUTS: Record<PullOperation, PullOutput> = {
  create: 'created',
  rebuild: 'updated',
  append: 'updated',
  // The PR was written to (closed); `none` would hide that from a workflow reading the output.
  close: 'updated',
  refresh: 'updated',
  unchanged: 'unchanged',
  none: 'none',
};

function plan(operation: PullOperation, reason: string): Plan {
  return { operation, output: OUTPUTS[operation], reason };
}

/** Decides the one operation of this run. Pure: the same inputs always give the same plan. */
export function planPullRequest(input: PlanInput): Plan {
  const planned = planBranch(input);
  if (planned.operation === 'unchanged' && input.bodyStale === true) {
    return plan('refresh', 'the description no longer matched the branch; brought up to date');
  }
  return planned;
}

function planBranch(input: PlanInput): Plan {
  const before = new Set(input.proposedBefore);
  const after = new Set(input.proposedAfter);
  const added = [...after].filter((id) => !before.has(id));

  switch (input.openPr) {
    case 'none':
      return after.size > 0
        ? plan('create', `no open pull request; ${count(after.size)} to propose`)
        : plan('none', 'no open pull request and nothing to propose');
    case 'foreign': {
      // Someone else's commits are never force-pushed over: changes go on top, nothing else.
      const removing = input.removeFromBranch?.length ?? 0;
      if (added.length > 0 || removing > 0) {
        const what = [
          added.length > 0 ? `adding ${count(added.length)}` : '',
          removing > 0 ? `removing ${count(removing)} unticked in review` : '',
        ].filter((part) => part !== '');
        return plan('append', `someone else committed on the branch; ${what.join(' and ')} on top`);
      }
      // Until the description records them, closing the PR or deleting them would not reject them.
      if ((input.unrecorded?.length ?? 0) > 0) {
        return plan(
          'append',
          `the description did not record ${count(input.unrecorded!.length)} the branch adds; describing ${input.unrecorded!.length === 1 ? 'it' : 'them'}`,
        );
      }
      return plan('unchanged', 'someone else committed on the branch and there is nothing new to add');
    }
    case 'bot-only': {
      if (after.size === 0) {
        return plan(
          'close',
          (input.rejectedNow ?? 0) > 0
            ? 'nothing is left to propose: the base lists the other papers or they were rejected in review'
            : 'the base already lists every proposed paper',
        );
      }
      const removedCount = [...before].filter((id) => !after.has(id)).length;
      if (added.length > 0 || removedCount > 0) {
        return plan('rebuild', `the proposed set changed (+${added.length} −${removedCount})`);
      }
      if (input.textChanged) return plan('rebuild', 'the rendered entries changed');
      if (input.baseMoved && input.mergeable === false) {
        return plan('rebuild', 'the base moved and the pull request no longer merges cleanly');
      }
      return plan(
        'unchanged',
        input.baseMoved
          ? 'nothing new; the moved base is picked up at the next rebuild'
          : 'nothing new since the last run',
      );
    }
  }
}

/**
 * Whether the plan depends on `mergeable`, which costs one more read (GET the pull): only for a
 * bot-only PR on a moved base with nothing else to change.
 */
export function planNeedsMergeable(input: Omit<PlanInput, 'mergeable'>): boolean {
  if (input.openPr !== 'bot-only' || !input.baseMoved) return false;
  return (
    planPullRequest({ ...input, mergeable: false }).operation !==
    planPullRequest({ ...input, mergeable: null }).operation
  );
}

function count(n: number): string {
  return plural(n, 'paper', 'papers');
}

/** What an operation does, in words: `create the pull request`, `leave the pull request unchanged`. */
export function wouldDo(operation: PullOperation): string {
  switch (operation) {
    case 'create':
      return 'create the pull request';
    case 'rebuild':
      return 'rebuild the pull request on the current base';
    case 'append':
      return 'commit on top of the pull request';
    case 'refresh':
      return 'update the pull request description';
    case 'close':
      return 'close the pull request';
    case 'unchanged':
      return 'leave the pull request unchanged';
    case 'none':
      return 'open no pull request';
  }
}
