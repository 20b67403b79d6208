import { getPull } from '../github/pulls.js';
import { planNeedsMergeable, planPullRequest, type Plan, type PlanInput } from '../pr/plan.js';
import { appendListChange } from './append-change.js';
import { prPaper, type PrPaper } from './body-input.js';
import { buildListChange, entryTexts, newEntries, type PrEntry } from './list-text.js';
import type { NightContext, Step } from './night-context.js';

/** The plan (SPEC §6) and the list text it needs: built on the base, or on the branch when appending. */
export async function planNight(night: NightContext): Promise<Step> {
  const added = night.curation.proposed.map(prPaper);
  const carried = carriedPapers(night);
  const plan = await decide(night, carried, added);
  return stepFor(night, plan, carried, added);
}

/** Papers the PR already proposes and still should: not listed on the base, not removed. */
function carriedPapers(night: NightContext): PrPaper[] {
  const { memory, curation } = night;
  const markerPapers = new Map(memory.openPr?.marker.proposed.map((p) => [p.id, p]) ?? []);
  const fetched = new Map(curation.candidates.map((c) => [c.paper.arxivId, c.paper]));
  return [...memory.inOpenPr].map((id) => {
    const known = markerPapers.get(id) ?? fetched.get(id);
    return { arxivId: id, version: known?.version ?? 1, title: known?.title ?? id, candidate: null };
  });
}

/** The plan, asking GitHub whether the PR still merges only when the answer decides it. */
async function decide(
  night: NightContext,
  carried: readonly PrPaper[],
  added: readonly PrPaper[],
): Promise<Plan> {
  const open = night.memory.openPr;
  const kind: PlanInput['openPr'] = open === null ? 'none' : open.botOnly ? 'bot-only' : 'foreign';
  const carriedIds = carried.map((p) => p.arxivId);
  const recorded = new Set(open?.marker.proposed.map((p) => p.id));
  const proposedBefore = open
    ? open.marker.proposed.map((p) => p.id).filter((id) => !open.marker.removed.includes(id))
    : [];
  const base = night.files.base;
  const planInput: PlanInput = {
    openPr: kind,
    proposedBefore: kind === 'foreign' ? carriedIds : proposedBefore,
    proposedAfter: [...carriedIds, ...added.map((p) => p.arxivId)],
    textChanged: false,
    baseMoved: open !== null && base !== null && base.commitSha !== open.marker.baseSha,
    mergeable: null,
    unrecorded:
      kind === 'foreign'
        ? carriedIds.filter((id) => !recorded.has(id) && !open!.marker.removed.includes(id))
        : [],
  };
  if (planNeedsMergeable(planInput))
    planInput.mergeable = (await getPull(night.deps.github, open!.number)).mergeable;
  return planPullRequest(planInput);
}

function stepFor(night: NightContext, plan: Plan, carried: PrPaper[], added: PrPaper[]): Step {
  const { config, files, baseDoc, branchDoc } = night;
  const date = night.deps.now;
  switch (plan.operation) {
    case 'create':
      return {
        plan,
        added,
        prPapers: [...carried, ...added],
        change: buildListChange(files.baseText, baseDoc, config, newEntries(added), date),
        changeBase: files.baseText,
      };
    case 'rebuild': {
      // Carried papers have no score card to render from: their entries stay as the branch holds them.
      const texts = entryTexts(files.branchFile!.text, branchDoc!, config);
      const kept = carried.filter((paper) => texts.has(paper.arxivId));
      const keptEntries: PrEntry[] = kept.map((paper) => ({
        arxivId: paper.arxivId,
        text: texts.get(paper.arxivId)!,
      }));
      const entries = [...keptEntries, ...newEntries(added)];
      return {
        plan,
        added,
        prPapers: [...kept, ...added],
        change: buildListChange(files.baseText, baseDoc, config, entries, date),
        changeBase: files.baseText,
      };
    }
    case 'append':
      return {
        plan,
        added,
        prPapers: [...carried, ...added],
        change: appendListChange(files.branchFile!.text, branchDoc!, config, added, {
          before: carried.length,
          date,
        }),
        changeBase: files.branchFile!.text,
      };
    default:
      return { plan, added: [], prPapers: carried, change: null, changeBase: files.baseText };
  }
}
