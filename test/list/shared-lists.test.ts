import { describe, expect, it } from '@jest/globals';
import type { ListStyle } from '../../src/config/schema.js';
import { removeInsertions } from '../../src/list/insertions.js';
import { readList } from '../../src/list/read-list.js';
import { renderNewEntries } from '../../src/list/render-new-entries.js';
import { spliceEntries } from '../../src/list/splice-entries.js';
import type { Paper } from '../../src/types.js';
import { SHARED_LISTS, sharedLists } from './shared-dir.js';

const LISTS = sharedLists();

const paper = (arxivId: string, title: string): Paper => ({
  arxivId,
  version: 1,
  title,
  abstract: 'An abstract with <b>tags</b>, a | pipe and $x$.',
  authors: ['Ada Lovelace', 'Alan Turing'],
  categories: ['cs.CV'],
  primaryCategory: 'cs.CV',
  published: '2026-11-24T12:00:00Z',
  updated: '2026-11-24T12:00:00Z',
});
const PAPERS = [paper('2611.00002', 'Second: A New Paper'), paper('2611.00001', 'First: A New Paper')];

describe('the real lists in ../shared/fixtures/lists', () => {
  it('are there, or the tests below say they were skipped', () => {
    if (LISTS.length === 0) console.log(`skipped: ../shared not found (${SHARED_LISTS})`);
    expect(LISTS.length === 0 || LISTS.length >= 5).toBe(true);
  });

  it('readList finds every id a simple regex finds', () => {
    for (const { name, text } of LISTS) {
      const doc = readList(text);
      const simple = [...text.matchAll(/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/g)].map((m) => m[1]!);
      expect(simple.length).toBeGreaterThan(0);
      expect({ name, missing: simple.filter((id) => !doc.ids.has(id)) }).toEqual({ name, missing: [] });
    }
  });

  it('adding entries to any section in any style, then removing exactly them, gives back the bytes', () => {
    let splices = 0;
    for (const { name, text } of LISTS) {
      const all = readList(text).sections.filter((s) => s.depth >= 2 && s.heading.trim() !== '');
      // Every heading is a section (dougefla's has 111); a dozen from the top and the last will do.
      const headings = [...all.slice(0, 12), ...all.slice(-1)];
      for (const { heading } of headings) {
        for (const order of ['append', 'prepend'] as const) {
          const doc = readList(text, { section: heading, order });
          const target = doc.target!;
          if (target.heading !== heading) continue; // an earlier heading with the same words
          const styles: ListStyle[] = doc.conventions.table
            ? ['details', 'bullet', 'table']
            : ['details', 'bullet'];
          for (const style of styles) {
            const entries = renderNewEntries(
              PAPERS.map((p) => ({ paper: p, links: [] })),
              doc,
              style,
            );
            const { text: after, insertions } = spliceEntries(text, doc, entries, { order, style });
            const where = `${name} / ${heading} / ${style} / ${order}`;
            const inserted = insertions[0]!;
            expect({ where, back: removeInsertions(after, insertions) === text }).toEqual({
              where,
              back: true,
            });
            // The section, grown by the inserted text, holds the new entries.
            const offset = inserted.offset;
            expect({ where, inside: offset >= target.start && offset <= target.end }).toEqual({
              where,
              inside: true,
            });
            const grown = after.slice(target.start, target.end + inserted.text.length);
            expect(grown).toContain('2611.00001');
            expect(grown).toContain('2611.00002');
            splices++;
          }
          if (order === 'append') {
            // Read back, the list has the same sections (the details style adds its entry headings).
            const entries = renderNewEntries(
              PAPERS.map((p) => ({ paper: p, links: [] })),
              doc,
              'bullet',
            );
            const after = readList(spliceEntries(text, doc, entries, { order, style: 'bullet' }).text);
            expect(after.sections.map((s) => s.heading)).toEqual(doc.sections.map((s) => s.heading));
          }
        }
      }
    }
    if (LISTS.length > 0) expect(splices).toBeGreaterThan(100);
  });
});
