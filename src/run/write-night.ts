import { addLabels } from '../github/pull-extras.js';
import { updatePull, type PullRef } from '../github/pulls.js';
import {
  appendToRollingPull,
  closeRollingPull,
  createRollingPull,
  rebuildRollingPull,
  type WriteResult,
} from '../github/rolling-pull.js';
import type { NightContext, Step } from './night-context.js';
import { stepText, type StepText } from './pull-text.js';
import { wouldDo } from '../pr/plan.js';

export interface Outcome {
  pull: PullRef | null;
  warnings: string[];
}

/** A dry run writes nothing and says what it would have done, never that it did it. */
export function dryRun(night: NightContext, step: Step): Outcome {
  night.deps.log(`dry run: would ${wouldDo(step.plan.operation)} (${step.plan.reason}), nothing was written`);
  return { pull: openPull(night), warnings: [] };
}

/** The plan's writes, in the failure-safe order of src/github/rolling-pull.ts. */
export async function write(night: NightContext, step: Step): Promise<Outcome> {
  const { operation, reason } = step.plan;
  if (operation === 'unchanged' || operation === 'none') return { pull: openPull(night), warnings: [] };
  const text = stepText(night, step);
  if (operation === 'close') {
    const pull = await close(night, text);
    night.deps.log(`closed PR #${pull.number}: ${reason}`);
    return { pull, warnings: [] };
  }
  if (operation === 'refresh') {
    const pull = await refresh(night, text);
    night.deps.log(`updated the description of PR #${pull.number}: ${reason}`);
    return { pull, warnings: [] };
  }
  const result = await writePull(night, step, operation, text);
  night.deps.log(`${operation}: PR #${result.number} ${result.url} (${reason})`);
  const warnings = [...result.warnings, ...(await addMissingLabels(night, result.number))];
  return { pull: { number: result.number, url: result.url }, warnings };
}

/** The open PR as it stands, for a night that writes nothing to it. */
function openPull(night: NightContext): PullRef | null {
  const open = night.memory.openPr;
  return open ? { number: open.number, url: night.pulls.listed.get(open.number)?.url ?? '' } : null;
}

function writePull(
  night: NightContext,
  step: Step,
  operation: 'create' | 'rebuild' | 'append',
  text: StepText,
): Promise<WriteResult> {
  const { config, files } = night;
  const ctx = night.deps.github;
  const open = night.memory.openPr;
  const { branch } = config.pullRequest;
  const { message, title } = text;
  switch (operation) {
    case 'create':
      return createRollingPull(ctx, {
        branch,
        base: files.base!,
        baseFile: files.baseFile!,
        text: step.change!.text,
        message,
        title,
        // A fresh branch means a rule refused to force its leftover branch back to the base: the
        // PR's later rebuilds go on top of the branch at once.
        body: (head, onBranch) =>
          text.body(head, { branch: onBranch, ...(onBranch !== branch ? { forcePushRefused: true } : {}) }),
        draft: config.pullRequest.draft,
        labels: config.pullRequest.labels,
        reviewers: config.pullRequest.reviewers,
        assignees: config.pullRequest.assignees,
        leftoverBranch: [...night.pulls.listed.values()].some((p) => p.headRef === branch),
        knownBranches: night.pulls.canFindFreshBranch ? knownBranches(night) : null,
      });
    case 'rebuild':
      return rebuildRollingPull(ctx, {
        number: open!.number,
        branch,
        base: files.base!,
        path: config.list.path,
        text: step.change!.text,
        message,
        title,
        body: (head) => text.body(head),
        bodyOnTop: (head) => text.body(head, { forcePushRefused: true }),
        forcePushRefused: open!.marker.forcePushRefused === true,
        previous: night.pulls.listed.get(open!.number)!,
        headSha: open!.headSha!,
        // The marker's base is the head's only when the head is the one the marker names.
        headBase: open!.headSha === open!.marker.headSha ? open!.marker.baseSha : null,
      });
    case 'append':
      return appendToRollingPull(ctx, {
        number: open!.number,
        branch,
        branchFile: files.branchFile!,
        headSha: open!.headSha ?? open!.marker.headSha,
        text: step.change!.text,
        message,
        title,
        body: (head) => text.body(head, { baseSha: open!.marker.baseSha }),
      });
  }
}

/** The branches of the bot's PRs, as listed or as their markers record them. */
function knownBranches(night: NightContext): string[] {
  return [...night.pulls.listed.values()].flatMap((pull) => {
    const recorded = 'marker' in pull.marker ? pull.marker.marker.branch : null;
    const branch = pull.headRef ?? recorded;
    return branch === null ? [] : [branch];
  });
}

/**
 * Only the description changes (SPEC §6 "truth after every run"): the branch stays as it is, so the
 * marker keeps the head and base the bot last built, and their base file record.
 */
function refresh(night: NightContext, text: StepText): Promise<PullRef> {
  const open = night.memory.openPr!;
  const { marker } = open;
  return updatePull(night.deps.github, open.number, {
    title: text.title,
    body: text.body(marker.headSha, {
      baseSha: marker.baseSha,
      baseFile: open.botOnly ? marker.baseFile : null,
    }),
  });
}

function close(night: NightContext, text: StepText): Promise<PullRef> {
  const open = night.memory.openPr!;
  return closeRollingPull(night.deps.github, {
    number: open.number,
    body: text.body(open.headSha ?? open.marker.headSha, {
      closedByBot: true,
      baseFile: null,
      // Keep the record of what the PR proposed: all of it is listed now.
      proposed: open.marker.proposed,
    }),
  });
}

/**
 * Labels that could not be added when the PR was opened: the label listing is how the bot finds
 * its PRs once their branch is gone, so try again whenever it writes anyway.
 */
async function addMissingLabels(night: NightContext, number: number): Promise<string[]> {
  const open = night.memory.openPr;
  const labels = open ? night.pulls.listed.get(open.number)?.labels : undefined;
  const missing = night.config.pullRequest.labels.filter((label) => labels && !labels.includes(label));
  return missing.length > 0 ? addLabels(night.deps.github, number, missing) : [];
}
