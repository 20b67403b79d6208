import type { ArxivWindow } from '../arxiv/window.js';
import type { Config } from '../config/schema.js';
import { getPull } from '../github/pulls.js';
import type { ListDoc } from '../list/index.js';
import type { Memory } from '../pr/memory.js';
import { planNeedsMergeable, planPullRequest, type Plan, type PlanInput } from '../pr/plan.js';
import { appendListChange } from './append-change.js';
import { prPaper, type PrPaper } from './body-input.js';
import type { Curation } from './curate.js';
import type { Files } from './list-files.js';
import { buildListChange, entryTexts, newEntries, type ListChange, type PrEntry } from './list-text.js';
import type { NightDeps } from './night.js';
import type { PullState } from './pull-state.js';

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
}

/** What the night will do to the PR and the list. */
export interface Step {
  plan: Plan;
  /** Tonight's new papers (proposed by this run). */
  added: PrPaper[];
  /** Every paper of the PR after this run. */
  prPapers: PrPaper[];
  /** The new list text, and the text it was built on (base, or the branch when appending). */
  change: ListChange | null;
  changeBase: string;
}

/** The plan (SPEC §6) and the list text it needs: built on the base, or on the branch when appending. */
export async function planNight(night: NightContext): Promise<Step> {
  const { config, memory, curation, files, baseDoc, branchDoc } = night;
  const open = memory.openPr;
  const kind: PlanInput['openPr'] = open === null ? 'none' : open.botOnly ? 'bot-only' : 'foreign';
  const added = curation.proposed.map(prPaper);

  // Papers the PR already proposes and still should: not listed on the base, not removed.
  const carriedIds = [...memory.inOpenPr];
  const markerPapers = new Map(open?.marker.proposed.map((p) => [p.id, p]) ?? []);
  const fetched = new Map(curation.candidates.map((c) => [c.paper.arxivId, c.paper]));
  const carried: PrPaper[] = carriedIds.map((id) => {
    const known = markerPapers.get(id) ?? fetched.get(id);
    return { arxivId: id, version: known?.version ?? 1, title: known?.title ?? id, candidate: null };
  });
  const proposedBefore = open
    ? open.marker.proposed.map((p) => p.id).filter((id) => !open.marker.removed.includes(id))
    : [];
  const planInput: PlanInput = {
    openPr: kind,
    proposedBefore: kind === 'foreign' ? carriedIds : proposedBefore,
    proposedAfter: [...carriedIds, ...added.map((p) => p.arxivId)],
    textChanged: false,
    baseMoved: open !== null && files.base !== null && files.base.commitSha !== open.marker.baseSha,
    mergeable: null,
    unrecorded:
      kind === 'foreign'
        ? carriedIds.filter((id) => !markerPapers.has(id) && !open!.marker.removed.includes(id))
        : [],
  };
  if (planNeedsMergeable(planInput))
    planInput.mergeable = (await getPull(night.deps.github, open!.number)).mergeable;
  const plan = planPullRequest(planInput);
  const prPapers = [...carried, ...added];

  switch (plan.operation) {
    case 'create':
      return {
        plan,
        added,
        prPapers,
        change: buildListChange(files.baseText, baseDoc, config, newEntries(added), night.deps.now),
        changeBase: files.baseText,
      };
    case 'rebuild': {
      const texts = entryTexts(files.branchFile!.text, branchDoc!);
      const carriedEntries: PrEntry[] = carried.flatMap((paper) => {
        const text = texts.get(paper.arxivId);
        return text === undefined ? [] : [{ arxivId: paper.arxivId, text }];
      });
      const kept = carried.filter((paper) => texts.has(paper.arxivId));
      return {
        plan,
        added,
        prPapers: [...kept, ...added],
        change: buildListChange(
          files.baseText,
          baseDoc,
          config,
          [...carriedEntries, ...newEntries(added)],
          night.deps.now,
        ),
        changeBase: files.baseText,
      };
    }
    case 'append':
      return {
        plan,
        added,
        prPapers,
        change: appendListChange(files.branchFile!.text, branchDoc!, config, added, {
          before: carriedIds.length,
          date: night.deps.now,
        }),
        changeBase: files.branchFile!.text,
      };
    default:
      return { plan, added: [], prPapers: carried, change: null, changeBase: files.baseText };
  }
}
