import { describe, expect, it } from '@jest/globals';
import { editList } from '../../src/list/edit-list.js';
import { findEntryBlocks } from '../../src/list/entry-blocks.js';
import { removeInsertions } from '../../src/list/insertions.js';
import { readList } from '../../src/list/read-list.js';
import { renderNewEntries } from '../../src/list/render-new-entries.js';
import type { Paper } from '../../src/types.js';
import { syntheticBulletList, syntheticDetailsList } from './synthetic-lists.js';

const papers = Array.from({ length: 10 }, (_, i) => ({
  paper: {
    arxivId: `2611.${String(10 - i).padStart(5, '0')}`,
    version: 1,
    title: `New Paper ${10 - i}`,
    abstract: 'An abstract.',
    authors: ['Ada Lovelace'],
    categories: ['cs.CV'],
    primaryCategory: 'cs.CV',
    published: '2026-11-24T00:00:00Z',
    updated: '2026-11-24T00:00:00Z',
  } satisfies Paper,
  links: [],
}));

// Lists far larger than real ones (timings belong to the bench); here only what comes out is checked.
describe.each([
  ['a 5,000-entry bullet list', syntheticBulletList(5000), 'bullet', 5000] as const,
  ['a 1,000-entry details list', syntheticDetailsList(1000), 'details', 1000] as const,
])('%s', (_name, text, style, size) => {
  const doc = readList(text);

  it('reads every entry and id', () => {
    expect(doc.entries).toHaveLength(size);
    expect(doc.ids.size).toBe(size);
    expect(doc.listedTitles.size).toBe(size);
    expect(findEntryBlocks(text, doc, style)).toHaveLength(size);
  });

  it('adds ten papers after the last entry, numbered on, with the updates line', () => {
    const entries = renderNewEntries(papers, doc, style);
    const date = new Date('2026-11-26T02:30:00Z');
    const result = editList(text, doc, { entries, order: 'append', style, updates: { count: 10, date } });
    expect(removeInsertions(result.text, result.insertions)).toBe(text);
    const after = readList(result.text);
    const blocks = findEntryBlocks(result.text, after, style);
    expect(blocks).toHaveLength(size + 10);
    expect(blocks.slice(-10).map((b) => b.arxivId)).toEqual(papers.map((p) => p.paper.arxivId).sort());
    if (style === 'details')
      expect(blocks[size]!.text.startsWith(`### ${size + 1}. New Paper 1\n`)).toBe(true);
    expect(result.text).toContain(
      style === 'details' ? '* Nov-26-2026: Add 10 papers.\n' : '- 2026-11-26: Add 10 papers.\n',
    );
  });
});
