/**
 * `npm run leave-out`: the leave-out check (issue 9). From each list, several arXiv entries are
 * removed (spread over its sections); their papers are served among off-topic distractors by the
 * fake arXiv; `arxiv-curator preview` runs on the rest of the list; and three figures are printed
 * per list: removed papers found, landing in the section they came from, written in the shape of
 * the maintainer's entry. Over the real lists in ../shared when they are there, and always over
 * the lists generated in-repo.
 *
 *   npm run leave-out [-- --verbose] [-- --keep DIR]
 *     --verbose: each miss, with both shapes, and where its abstract came from
 *     --keep DIR: keep each list's preview (DIR/<list>/: README.md, out/README.md, out/pr-body.md,
 *       out/candidates.json) to read the pull request a maintainer would get
 *
 * "found, real abstract" counts the removed papers served with a real abstract (the corpus's or
 * the one the entry shows); the others get a stand-in that only repeats the title, where arXiv
 * would serve the paper's own.
 */
import { SHARED_LISTS } from '../test/list/shared-dir.js';
import { figuresTable, misses } from '../test/leave-out/figures.js';
import { generatedLeaveOutInputs } from '../test/leave-out/generated-inputs.js';
import { runLeaveOut, type LeaveOutInput, type LeaveOutResult } from '../test/leave-out/run-leave-out.js';
import { sharedLeaveOutInputs } from '../test/leave-out/shared-inputs.js';

const verbose = process.argv.includes('--verbose');
const keepAt = process.argv.indexOf('--keep');
const keep = keepAt > 0 ? process.argv[keepAt + 1] : undefined;
if (keepAt > 0 && !keep) throw new Error('--keep needs a directory');

async function report(title: string, inputs: LeaveOutInput[]): Promise<void> {
  const results: LeaveOutResult[] = [];
  for (const input of inputs) results.push(await runLeaveOut(input, keep));
  console.log(`${title}\n\n${figuresTable(results)}\n`);
  if (verbose) for (const result of results) for (const miss of misses(result)) console.log(miss);
  for (const result of results)
    if (result.stderr.includes('warning')) console.log(`${result.name}: ${result.stderr.trim()}`);
}

const shared = sharedLeaveOutInputs();
if (shared.length === 0) console.log(`Real lists: skipped: ../shared not found (${SHARED_LISTS})\n`);
else await report('Real lists (../shared/fixtures/lists, abstracts and distractors from dev.jsonl)', shared);
await report('Generated lists (test/leave-out/generate)', generatedLeaveOutInputs());
