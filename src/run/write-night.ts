import { addLabels } from '../github/pulls.js';
import { gitBlobSha } from '../github/blob-sha.js';
import {
  appendToRollingPull,
  closeRollingPull,
  createRollingPull,
  rebuildRollingPull,
  type WriteResult,
} from '../github/rolling-pull.js';
import { renderPullBody } from '../pr/body.js';
import type { MarkerData } from '../pr/marker.js';
import { nextMarker } from '../pr/next-marker.js';
import { renderPullTitle } from '../pr/title.js';
import { pullBodyInput, searchedWindow } from './body-input.js';
import type { ListChange } from './list-text.js';
import type { NightContext, Step } from './plan-night.js';

export interface Outcome {
  pull: { number: number; url: string } | null;
  warnings: string[];
}

export function dryRun(night: NightContext, step: Step): Outcome {
  const open = night.memory.openPr;
  night.deps.log(`dry run: would ${step.plan.operation} (${step.plan.reason}); nothing is written`);
  return {
    pull: open ? { number: open.number, url: night.pulls.listed.get(open.number)?.url ?? '' } : null,
    warnings: [],
  };
}

/** The plan's writes, in the failure-safe order of src/github/rolling-pull.ts. */
export async function write(night: NightContext, step: Step): Promise<Outcome> {
  const { config, deps, memory, files } = night;
  const ctx = deps.github;
  const open = memory.openPr;
  const path = config.list.path;
  const message = commitMessage(step);
  const title = renderPullTitle(
    step.prPapers.map((paper) => ({ ...paper, entryNumber: null })),
    { from: night.window.from.toISOString(), to: night.window.to.toISOString() },
  );
  const markerFor = (headSha: string, extra: Partial<Parameters<typeof nextMarker>[1]> = {}): MarkerData =>
    nextMarker(open?.marker ?? null, {
      listPath: path,
      branch: config.pullRequest.branch,
      headSha,
      baseSha: files.base?.commitSha ?? open!.marker.baseSha,
      proposed: step.prPapers.map((p) => ({ id: p.arxivId, version: p.version, title: p.title })),
      removed: open?.newlyRemoved ?? [],
      windowEnd: night.window.to.toISOString(),
      foreignCommits: open !== null && !open.botOnly,
      baseFile: step.change && files.base ? baseFileRecord(files.baseText, step.change) : null,
      ...extra,
    });
  const body = (marker: MarkerData): string =>
    renderPullBody(
      pullBodyInput(
        config,
        night.curation,
        step.prPapers,
        step.change?.numbers ?? new Map(),
        marker,
        searchedWindow(night.window),
      ),
    );

  let result: WriteResult;
  switch (step.plan.operation) {
    case 'create':
      result = await createRollingPull(ctx, {
        branch: config.pullRequest.branch,
        base: files.base!,
        baseFile: files.baseFile!,
        text: step.change!.text,
        message,
        title,
        body: (head) => body(markerFor(head)),
        draft: config.pullRequest.draft,
        labels: config.pullRequest.labels,
        reviewers: config.pullRequest.reviewers,
        assignees: config.pullRequest.assignees,
      });
      break;
    case 'rebuild':
      result = await rebuildRollingPull(ctx, {
        number: open!.number,
        branch: config.pullRequest.branch,
        base: files.base!,
        path,
        text: step.change!.text,
        message,
        title,
        body: (head) => body(markerFor(head)),
        previous: night.pulls.listed.get(open!.number)!,
      });
      break;
    case 'append':
      result = await appendToRollingPull(ctx, {
        number: open!.number,
        branch: config.pullRequest.branch,
        branchFile: files.branchFile!,
        headSha: open!.headSha ?? open!.marker.headSha,
        text: step.change!.text,
        message,
        title,
        body: (head) => body(markerFor(head, { baseSha: open!.marker.baseSha })),
      });
      break;
    case 'close': {
      const pull = await closeRollingPull(ctx, {
        number: open!.number,
        body: body(
          markerFor(open!.headSha ?? open!.marker.headSha, {
            closedByBot: true,
            baseFile: null,
            // Keep the record of what the PR proposed: all of it is listed now.
            proposed: open!.marker.proposed,
          }),
        ),
      });
      deps.log(`closed PR #${pull.number}: ${step.plan.reason}`);
      return { pull, warnings: [] };
    }
    case 'unchanged':
    case 'none':
      return {
        pull: open ? { number: open.number, url: night.pulls.listed.get(open.number)?.url ?? '' } : null,
        warnings: [],
      };
  }
  deps.log(`${step.plan.operation}: PR #${result.number} ${result.url} (${step.plan.reason})`);
  const warnings = [...result.warnings];
  // Labels that could not be added when the PR was opened: the label listing is how the bot finds
  // its PRs once their branch is gone, so try again whenever it writes anyway.
  const labels = open ? night.pulls.listed.get(open.number)?.labels : undefined;
  const missing = config.pullRequest.labels.filter((label) => labels && !labels.includes(label));
  if (missing.length > 0) warnings.push(...(await addLabels(ctx, result.number, missing)));
  return { pull: { number: result.number, url: result.url }, warnings };
}

function baseFileRecord(baseText: string, change: ListChange): MarkerData['baseFile'] {
  return {
    sha: gitBlobSha(baseText),
    spans: change.insertions.map((i): [number, number] => [i.offset, i.text.length]),
  };
}

function commitMessage(step: Step): string {
  const n = step.added.length;
  const papers = `${n} new paper${n === 1 ? '' : 's'}`;
  return step.plan.operation === 'rebuild' && n === 0
    ? `arxiv-curator: rebuild the proposed papers on the current base`
    : `arxiv-curator: add ${papers} from arXiv`;
}
