import { getPull } from '../github/pulls.js';
import { removedIds } from '../pr/marker.js';
import { planNeedsMergeable, planPullRequest, type Plan, type PlanInput } from '../pr/plan.js';
import { appendListChange } from './append-change.js';
import { carriedPaper, prPaper, type PrPaper } from './body-input.js';
import { buildListChange, entryTexts, newEntries, type PrEntry } from './list-text.js';
import type { NightContext, Step } from './night-context.js';
import { quietText } from './pull-text.js';

/** The plan (SPEC §6) and the list text it needs: built on the base, or on the branch when appending. */
export async function planNight(night: NightContext): Promise<Step> {
  const added = night.curation.proposed.map(prPaper);
  const carried = carriedPapers(night);
  const removeFromBranch = unticksOnBranch(night);
  const plan = await decide(night, carried, added, removeFromBranch);
  return stepFor(night, plan, carried, added, removeFromBranch);
}

/** Papers the PR already proposes and still should: not listed on the base, not taken out. */
function carriedPapers(night: NightContext): PrPaper[] {
  const { memory, curation } = night;
  const recorded = new Map(memory.openPr?.marker.proposed.map((p) => [p.id, p]) ?? []);
  const fetched = new Map(curation.candidates.map((c) => [c.paper.arxivId, c.paper]));
  return [...memory.inOpenPr].map((id) => {
    const record = recorded.get(id);
    if (record) return carriedPaper(record);
    // Added on the branch by someone else: known by what tonight's fetch says of it, if anything.
    const paper = fetched.get(id);
    return carriedPaper({ id, version: paper?.version ?? 1, title: paper?.title ?? id });
  });
}

/** Unticked papers whose entries a branch with someone else's commits still holds. */
function unticksOnBranch(night: NightContext): string[] {
  const open = night.memory.openPr;
  if (open === null || open.botOnly || night.branchDoc === null) return [];
  const onBranch = night.branchDoc.ids;
  return open.newlyRemoved.filter((p) => p.how === 'unticked' && onBranch.has(p.id)).map((p) => p.id);
}

/** The plan, asking GitHub whether the PR still merges only when the answer decides it. */
async function decide(
  night: NightContext,
  carried: readonly PrPaper[],
  added: readonly PrPaper[],
  removeFromBranch: readonly string[],
): Promise<Plan> {
  const open = night.memory.openPr;
  const kind: PlanInput['openPr'] = open === null ? 'none' : open.botOnly ? 'bot-only' : 'foreign';
  const carriedIds = carried.map((p) => p.arxivId);
  const recorded = new Set(open?.marker.proposed.map((p) => p.id));
  const removed = open ? removedIds(open.marker) : new Set<string>();
  const proposedBefore = open ? open.marker.proposed.map((p) => p.id).filter((id) => !removed.has(id)) : [];
  const base = night.files.base;
  const planInput: PlanInput = {
    openPr: kind,
    proposedBefore: kind === 'foreign' ? carriedIds : proposedBefore,
    proposedAfter: [...carriedIds, ...added.map((p) => p.arxivId)],
    textChanged: false,
    baseMoved: open !== null && base !== null && base.commitSha !== open.marker.baseSha,
    mergeable: null,
    unrecorded: kind === 'foreign' ? carriedIds.filter((id) => !recorded.has(id) && !removed.has(id)) : [],
    removeFromBranch,
    rejectedNow: open?.newlyRemoved.length ?? 0,
    bodyStale: open !== null && bodyStale(night, carried),
  };
  if (planNeedsMergeable(planInput))
    planInput.mergeable = (await getPull(night.deps.github, open!.number)).mergeable;
  return planPullRequest(planInput);
}

/** Whether the PR's title or body differs from the account this run would render without writing. */
function bodyStale(night: NightContext, carried: readonly PrPaper[]): boolean {
  const open = night.memory.openPr!;
  const held = night.pulls.listed.get(open.number);
  if (held === undefined) return false;
  const quiet = quietText(night, carried);
  // A body edited in the browser comes back with CRLF line endings (the maintainer's text, kept
  // as it is, has them too).
  const lf = (text: string): string => text.replace(/\r\n/g, '\n');
  return held.title !== quiet.title || lf(held.body) !== lf(quiet.body);
}

function stepFor(
  night: NightContext,
  plan: Plan,
  carried: PrPaper[],
  added: PrPaper[],
  removeFromBranch: string[],
): Step {
  const { config, files, baseDoc, branchDoc } = night;
  const date = night.deps.now;
  const none = { removeFromBranch: [] as string[] };
  switch (plan.operation) {
    case 'create':
      return {
        plan,
        added,
        prPapers: [...carried, ...added],
        ...none,
        change: buildListChange(files.baseText, baseDoc, config, newEntries(added), date),
        changeBase: files.baseText,
      };
    case 'rebuild': {
      // Carried papers have no paper to render from: their entries stay as the branch holds them.
      const texts = entryTexts(files.branchFile!.text, branchDoc!);
      const kept = carried.filter((paper) => texts.has(paper.arxivId));
      const keptEntries: PrEntry[] = kept.map((paper) => ({
        arxivId: paper.arxivId,
        text: texts.get(paper.arxivId)!,
        ...(paper.record.section ? { section: paper.record.section.name } : {}),
      }));
      const entries = [...keptEntries, ...newEntries(added)];
      return {
        plan,
        added,
        prPapers: [...kept, ...added],
        ...none,
        change: buildListChange(files.baseText, baseDoc, config, entries, date),
        changeBase: files.baseText,
      };
    }
    case 'append': {
      const prPapers = [...carried, ...added];
      return {
        plan,
        added,
        prPapers,
        removeFromBranch,
        change: appendListChange(files.branchFile!.text, branchDoc!, config, {
          added,
          remove: removeFromBranch,
          updates: { after: prPapers.length, date },
          baseText: files.baseText,
        }),
        changeBase: files.branchFile!.text,
      };
    }
    default:
      return { plan, added: [], prPapers: carried, ...none, change: null, changeBase: files.baseText };
  }
}
