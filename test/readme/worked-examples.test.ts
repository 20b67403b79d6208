import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { END, START, workedExamples } from './worked-examples.js';

describe('the README’s worked examples', () => {
  it('are what the bot writes on the fixture lists today (npx tsx scripts/readme-examples.ts rewrites them)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(START);
    const shown = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
    expect(shown).toBe(workedExamples());
  });
});
