import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { previewCommand } from '../../src/cli/preview.js';
import { readSpan } from '../../src/format/group-entries.js';
import { entryShape } from '../../src/format/shape.js';
import { readList } from '../../src/list/read-list.js';
import type { Paper } from '../../src/types.js';
import { fakeClock } from '../helpers/clock.js';
import { startFakeArxiv } from '../helpers/fake-arxiv.js';
import { leaveOut, type RemovedEntry } from './choose-removed.js';
import { leaveOutRuns } from './leave-out-config.js';
import {
  abstractSource,
  servedPaper,
  windowTimes,
  type AbstractSource,
  type KnownPaper,
} from './served-papers.js';

export interface LeaveOutInput {
  name: string;
  /** The whole list, as its maintainers keep it. */
  text: string;
  /** Papers arXiv also has that day: off-topic for the list (any dates; they are moved into the window). */
  distractors: Paper[];
  /** What the corpus knows of a paper, by id. */
  known?: (arxivId: string) => KnownPaper | undefined;
}

/** What one removed paper became. */
export interface Outcome {
  arxivId: string;
  section: string;
  /** Where the abstract arXiv served came from: a stand-in says no more than the title. */
  abstract: AbstractSource;
  proposed: boolean;
  /** What the run decided (`candidates.json`), with its score; `not fetched` when the query missed it. */
  decision: string;
  /** The section it landed in, when proposed. */
  landed: string | null;
  /** Whether it landed in the section it was removed from. */
  rightSection: boolean;
  sameShape: boolean;
  /** The shapes compared, when they differ. */
  shapes?: { maintainer: string; bot: string };
}

export interface LeaveOutResult {
  name: string;
  outcomes: Outcome[];
  /** Distractors proposed along with them. */
  otherProposed: number;
  /** Anything a run printed to stderr (warnings, errors). */
  stderr: string;
}

export const NOW = '2026-11-26T03:00:00Z';

/**
 * Removes several arXiv entries from a list, serves their papers among the distractors from the
 * fake arXiv (real HTTP), runs `arxiv-curator preview` on the rest of the list with the
 * leave-out config, and says for each removed paper whether it was proposed, in which section,
 * and whether the bot's entry has the maintainer's shape.
 */
export async function runLeaveOut(input: LeaveOutInput, keep?: string): Promise<LeaveOutResult> {
  const { text, removed } = leaveOut(input.text);
  const outcomes: Outcome[] = [];
  let otherProposed = 0;
  let stderr = '';
  for (const run of leaveOutRuns(removed)) {
    const papers = servedPapers(run.removed, input);
    const result = await previewOnFake(text, run.yaml, papers, keep && join(keep, input.name));
    stderr += result.stderr;
    const removedIds = new Set(removed.map((r) => r.arxivId));
    otherProposed += [...result.decisions].filter(
      ([id, d]) => d.startsWith('proposed') && !removedIds.has(id),
    ).length;
    outcomes.push(
      ...run.removed.map((r) =>
        outcome(r, abstractSource(r, input.known?.(r.arxivId)), result.decisions, result.list),
      ),
    );
  }
  return { name: input.name, outcomes, otherProposed, stderr };
}

function servedPapers(removed: RemovedEntry[], input: LeaveOutInput): Paper[] {
  const ids = [...removed.map((r) => r.arxivId), ...input.distractors.map((p) => p.arxivId)].sort();
  const times = new Map(windowTimes(NOW, ids.length).map((time, i) => [ids[i]!, time]));
  return [
    ...removed.map((r) => servedPaper(r, input.known?.(r.arxivId), times.get(r.arxivId)!)),
    ...input.distractors.map((p) => ({
      ...p,
      published: times.get(p.arxivId)!,
      updated: times.get(p.arxivId)!,
    })),
  ];
}

async function previewOnFake(
  list: string,
  yaml: string,
  papers: Paper[],
  keep?: string,
): Promise<{ decisions: Map<string, string>; list: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-leave-out-'));
  const clock = fakeClock(NOW);
  const arxiv = await startFakeArxiv({ papers, clock });
  try {
    writeFileSync(join(dir, 'README.md'), list);
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'arxiv-curator.yml'), yaml);
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => void (stderr += t), env: {} };
    // --max-papers: every paper the bot would propose is in the PR (none queued), so all are judged.
    const args = ['--arxiv-url', arxiv.url, '--now', NOW, '--out', 'out', '--max-papers', '200'];
    const code = await previewCommand(args, io, {
      cwd: dir,
      now: clock.now,
      sleep: clock.sleep,
      client: { minIntervalMs: 10 },
    });
    if (code !== 0) throw new Error(`preview failed (exit ${code}): ${stderr}`);
    const candidates = JSON.parse(readFileSync(join(dir, 'out', 'candidates.json'), 'utf8')) as Array<{
      arxivId: string;
      decision: string;
      score: number;
    }>;
    return {
      decisions: new Map(candidates.map((c) => [c.arxivId, `${c.decision} (score ${c.score})`])),
      list: readFileSync(join(dir, 'out', 'README.md'), 'utf8'),
      stderr,
    };
  } finally {
    if (keep) {
      rmSync(keep, { recursive: true, force: true });
      cpSync(dir, keep, { recursive: true });
    }
    await arxiv.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function outcome(
  removed: RemovedEntry,
  abstract: AbstractSource,
  decisions: Map<string, string>,
  list: string,
): Outcome {
  const decision = decisions.get(removed.arxivId) ?? 'not fetched';
  const base = { arxivId: removed.arxivId, section: removed.groupName, abstract, decision };
  if (!decision.startsWith('proposed'))
    return { ...base, proposed: false, landed: null, rightSection: false, sameShape: false };
  const doc = readList(list);
  const group = doc.groups.findIndex((g) => g.entries.some((e) => e.arxivId === removed.arxivId));
  if (group < 0) throw new Error(`${removed.arxivId} was proposed but is not in the list the preview wrote`);
  const span = doc.groups[group]!.entries.find((e) => e.arxivId === removed.arxivId)!;
  const bot = entryShape(readSpan(list, doc, span), { fixed: 'drop' });
  const maintainer = entryShape(removed.entry, { fixed: 'drop' });
  return {
    ...base,
    proposed: true,
    landed: doc.groups[group]!.name,
    rightSection: group === removed.group,
    sameShape: bot === maintainer,
    ...(bot === maintainer ? {} : { shapes: { maintainer, bot } }),
  };
}
