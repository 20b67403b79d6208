import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus, type LabelledPaper } from '../../src/curate/eval/corpus.js';
import { SHARED_LISTS, sharedLists } from '../list/shared-dir.js';
import type { LeaveOutInput } from './run-leave-out.js';

/** The dev half of the labelled corpus (never the held-out half). */
export const DEV_CORPUS = join(SHARED_LISTS, '..', '..', 'corpus', 'dev.jsonl');

/** How many of the corpus's off-topic papers are served next to each list's removed papers. */
const DISTRACTORS = 40;

/**
 * The leave-out inputs for every real list in ../shared: the list, the dev corpus's abstracts
 * and categories for the papers it has, and 40 of its `off` papers (evenly spaced) as
 * distractors. Empty when ../shared is not there.
 */
export function sharedLeaveOutInputs(): LeaveOutInput[] {
  const lists = sharedLists();
  if (lists.length === 0 || !existsSync(DEV_CORPUS)) return [];
  const corpus = parseCorpus(readFileSync(DEV_CORPUS, 'utf8'), 'dev.jsonl');
  const byId = new Map(corpus.map((row) => [row.paper.arxivId, row.paper]));
  const off = corpus.filter((row) => row.label === 'off' && /^\d{4}\.\d{4,5}$/.test(row.paper.arxivId));
  const distractors = spread(off, DISTRACTORS).map((row) => row.paper);
  return lists.map(({ name, text }) => ({
    name: name.replace(/_README\.md$/, ''),
    text,
    distractors: distractors.filter((p) => !text.includes(p.arxivId)),
    known: (id) => byId.get(id),
  }));
}

function spread(rows: LabelledPaper[], count: number): LabelledPaper[] {
  return Array.from(
    { length: Math.min(count, rows.length) },
    (_, k) => rows[Math.floor((k * rows.length) / count)]!,
  );
}
