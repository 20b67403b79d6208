import { gitBlobSha } from '../github/blob-sha.js';
import { renderPullBody } from '../pr/body.js';
import type { MarkerData } from '../pr/marker.js';
import { nextMarker, type MarkerWrite } from '../pr/next-marker.js';
import { plural } from '../pr/plural.js';
import { renderPullTitle } from '../pr/title.js';
import { pullBodyInput, searchedWindow } from './body-input.js';
import type { ListChange } from './list-text.js';
import type { NightContext, Step } from './night-context.js';

/** What one step's writes say: the commit message, the PR's title, and its body. */
export interface StepText {
  message: string;
  title: string;
  /**
   * The body with the marker naming `headSha`. It is a function because the marker records the
   * commit the bot wrote, known only once the commit exists; `extra` overrides what the marker keeps.
   */
  body: (headSha: string, extra?: Partial<MarkerWrite>) => string;
}

export function stepText(night: NightContext, step: Step): StepText {
  const { config, curation, window } = night;
  const title = renderPullTitle(
    step.prPapers.map((paper) => ({ ...paper, entryNumber: null })),
    { from: window.from.toISOString(), to: window.to.toISOString() },
  );
  const body = (headSha: string, extra: Partial<MarkerWrite> = {}): string =>
    renderPullBody(
      pullBodyInput(
        config,
        curation,
        step.prPapers,
        step.change?.numbers ?? new Map(),
        marker(night, step, headSha, extra),
        searchedWindow(window),
      ),
    );
  return { message: commitMessage(step), title, body };
}

function marker(night: NightContext, step: Step, headSha: string, extra: Partial<MarkerWrite>): MarkerData {
  const { config, files } = night;
  const open = night.memory.openPr;
  return nextMarker(open?.marker ?? null, {
    listPath: config.list.path,
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
}

/** Where the bot inserted text into the base list: lets the next run derive the base from the branch. */
function baseFileRecord(baseText: string, change: ListChange): MarkerData['baseFile'] {
  return {
    sha: gitBlobSha(baseText),
    spans: change.insertions.map((i): [number, number] => [i.offset, i.text.length]),
  };
}

function commitMessage(step: Step): string {
  const n = step.added.length;
  return step.plan.operation === 'rebuild' && n === 0
    ? `arxiv-curator: rebuild the proposed papers on the current base`
    : `arxiv-curator: add ${plural(n, 'new paper', 'new papers')} from arXiv`;
}
