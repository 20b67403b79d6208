import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeInsertions } from '../../src/list/insertions.js';
import { readList } from '../../src/list/read-list.js';
import { remarkOutline, blocksOutline } from './outline.js';
import { runFixture, type PaperToAdd } from './run-fixture.js';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'lists');
const CASES = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('list fixtures: input.md + papers.json (+ options.json) → expected.md', () => {
  it('has the cases the list editing promises', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('%s', (name) => {
    const dir = join(ROOT, name);
    const { input, output, insertions } = runFixture(dir);
    expect(output).toBe(readFileSync(join(dir, 'expected.md'), 'utf8'));
    // Nothing outside the inserted text changed.
    expect(removeInsertions(output, insertions)).toBe(input);
    const papers = JSON.parse(readFileSync(join(dir, 'papers.json'), 'utf8')) as PaperToAdd[];
    const after = readList(output);
    for (const { paper } of papers) expect(after.ids.has(paper.arxivId)).toBe(true);
    const text = output.replace(/^\uFEFF/, '');
    expect(blocksOutline(text)).toBe(remarkOutline(text));
  });
});
