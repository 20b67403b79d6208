/**
 * Writes the README's worked examples (one per style of list, from real runs of the fixture
 * folders) between their markers; test/readme/worked-examples.test.ts checks they are current.
 *
 *   npx tsx scripts/readme-examples.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { END, START, workedExamples } from '../test/readme/worked-examples.js';

const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} block`);
writeFileSync(
  'README.md',
  `${readme.slice(0, from + START.length)}\n${workedExamples()}\n${readme.slice(to)}`,
);
console.log('README.md: worked examples written');
