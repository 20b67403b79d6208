/**
 * Times the scorer alone (SPEC §9): building the similarity index and scoring 2,000 synthetic
 * candidates against synthetic lists of 5,000 and 1,000 entries. Synthetic words are drawn from the
 * built-in background vocabulary in proportion to how many arXiv abstracts use them, plus rare
 * made-up words and the profile's topic phrases, so that frequencies look like real abstracts.
 *
 *   npx tsx scripts/bench-scoring.ts
 */
import { DEFAULT_PROFILE, PROFILES } from '../src/config/profiles.js';
import type { ScoringConfig } from '../src/config/schema.js';
import { builtInBackground } from '../src/curate/background.js';
import { createScorer } from '../src/curate/score.js';
import type { ListEntry, Paper } from '../src/types.js';

let seed = 12345;
const random = (): number => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

const vocabulary: string[] = [];
const cumulative: number[] = [];
let total = 0;
for (const [word, df] of builtInBackground().df) {
  vocabulary.push(word);
  total += df;
  cumulative.push(total);
}
function commonWord(): string {
  const x = random() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]!;
}
const TOPIC = [
  'autoregressive image generation',
  'unified multimodal model',
  'image editing',
  'GPT-4o',
  'video',
  '3D',
];
function text(words: number): string {
  return Array.from({ length: words }, () => {
    const r = random();
    if (r < 0.05) return TOPIC[Math.floor(random() * TOPIC.length)]!;
    if (r < 0.15) return `x${Math.floor(random() * 1e6).toString(36)}`;
    return commonWord();
  }).join(' ');
}

const profile = PROFILES[DEFAULT_PROFILE]!;
const scoring: ScoringConfig = {
  // Every candidate gets a similarity lookup: the worst case.
  minScore: -Infinity,
  terms: profile.terms,
  exclude: profile.exclude,
  primaryCategoryWeight: profile.primaryCategoryWeight,
  crossListWeight: profile.crossListWeight,
  similarityWeight: profile.similarityWeight,
};
const candidates: Paper[] = Array.from({ length: 2000 }, (_, i) => ({
  arxivId: `2511.${String(i).padStart(5, '0')}`,
  version: 1,
  title: text(12),
  abstract: text(170),
  authors: [],
  categories: ['cs.CV'],
  primaryCategory: 'cs.CV',
  published: '',
  updated: '',
}));
const list: ListEntry[] = Array.from({ length: 5000 }, (_, i) => ({
  arxivId: `2401.${String(i).padStart(5, '0')}`,
  title: text(12),
  abstract: text(170),
}));

const cases: [string, ListEntry[]][] = [
  ['5,000 entries with abstracts', list],
  ['5,000 title-only entries (a bullet list)', list.map((e) => ({ ...e, abstract: null }))],
  ['1,000 entries with abstracts (the seed style)', list.slice(0, 1000)],
  ['no list (keywords and categories only)', []],
];
for (const [name, listed] of cases) {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const scorer = createScorer(scoring, profile.categories, { listed, rejected: listed.slice(0, 20) });
    for (const paper of candidates) scorer(paper);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name}: median ${times[2]!.toFixed(0)} ms, best ${times[0]!.toFixed(0)} ms (index + 2,000 candidates)`,
  );
}
