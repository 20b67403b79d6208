import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/config/resolve.js';
import { removeInsertions } from '../../src/list/insertions.js';
import { readList } from '../../src/list/read-list.js';
import { buildListChange, entryTexts } from '../../src/run/list-text.js';
import type { Paper } from '../../src/types.js';
import { syntheticBulletList, syntheticDetailsList } from './synthetic-lists.js';

const papers = Array.from({ length: 10 }, (_, i) => ({
  arxivId: `2611.${String(10 - i).padStart(5, '0')}`,
  version: 1,
  title: `New Paper ${10 - i}`,
  abstract: 'An abstract.',
  authors: ['Ada Lovelace'],
  categories: ['cs.CV'],
  primaryCategory: 'cs.CV',
  published: '2026-11-24T00:00:00Z',
  updated: '2026-11-24T00:00:00Z',
})) satisfies Paper[];

// Lists far larger than real ones (timings belong to the bench); here only what comes out is checked.
describe.each([
  ['a 5,000-entry bullet list', syntheticBulletList(5000), 5000] as const,
  ['a 1,000-entry details list', syntheticDetailsList(1000), 1000] as const,
])('%s', (_name, text, size) => {
  const doc = readList(text);

  it('reads every entry and id', () => {
    expect(doc.entries).toHaveLength(size);
    expect(doc.ids.size).toBe(size);
    expect(doc.listedTitles.size).toBe(size);
    expect(doc.target?.entries).toHaveLength(size);
  });

  it('adds ten papers after the last entry, numbered on, written as the others, with the updates line', () => {
    const entries = papers.map((paper) => ({
      arxivId: paper.arxivId,
      candidate: { paper, links: [], score: 0, reasons: [], decision: 'proposed' as const },
    }));
    const date = new Date('2026-11-26T02:30:00Z');
    const result = buildListChange(text, doc, resolveConfig({}, {}), entries, date);
    expect(removeInsertions(result.text, result.insertions)).toBe(text);
    const after = readList(result.text);
    const ids = after.target!.entries.map((e) => e.arxivId);
    expect(ids).toHaveLength(size + 10);
    expect(ids.slice(-10)).toEqual(papers.map((p) => p.arxivId).sort());
    const first = entryTexts(result.text, after).get('2611.00001')!;
    if (size === 1000)
      expect(first.startsWith(`### ${size + 1}. New Paper 1\n**Authors:** Ada Lovelace\n`)).toBe(true);
    else expect(first).toBe('- [New Paper 1](https://arxiv.org/abs/2611.00001) — Ada Lovelace, Nov 2026');
    expect(result.text).toContain(
      size === 1000 ? '* Nov-26-2026: Add 10 papers.\n' : '- 2026-11-26: Add 10 papers.\n',
    );
  });
});
