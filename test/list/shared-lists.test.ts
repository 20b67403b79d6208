import { describe, expect, it } from '@jest/globals';
import { addToGroup } from '../../src/format/new-entries.js';
import { removeInsertions, applyInsertions } from '../../src/list/insertions.js';
import { readList } from '../../src/list/read-list.js';
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

  it('adding entries to every group in either order, then removing exactly them, gives back the bytes', () => {
    let additions = 0;
    for (const { name, text } of LISTS) {
      const doc = readList(text);
      for (const group of doc.groups) {
        // A section that is no more than a heading over sub-sections is never a target.
        if (group.entries.length === 0 && doc.groups.some((g) => g.parent === doc.groups.indexOf(group)))
          continue;
        for (const order of ['append', 'prepend', null] as const) {
          const where = `${name} / ${group.name} / ${order}`;
          let change;
          try {
            change = addToGroup(
              text,
              doc,
              group,
              PAPERS.map((p) => ({ arxivId: p.arxivId, paper: p, links: [] })),
              { order, style: 'details' },
            );
          } catch (error) {
            // Only a table with no rows and nothing to learn from may refuse.
            expect({ where, message: (error as Error).message }).toEqual({
              where,
              message: expect.stringMatching(/no table/),
            });
            continue;
          }
          const after = applyInsertions(text, change.insertions);
          expect({ where, back: removeInsertions(after, change.insertions) === text }).toEqual({
            where,
            back: true,
          });
          for (const insertion of change.insertions) {
            expect({
              where,
              inside: insertion.offset >= group.start && insertion.offset <= group.end,
            }).toEqual({
              where,
              inside: true,
            });
          }
          // Read back: the same sections outside the new entries, and the papers in the group.
          const reread = readList(after);
          const grown = reread.groups.find((g) => g.start === group.start && g.name === group.name);
          const ids = grown?.entries.map((e) => e.arxivId) ?? [];
          expect({ where, ids: PAPERS.every((p) => ids.includes(p.arxivId)) }).toEqual({ where, ids: true });
          additions++;
        }
      }
    }
    if (LISTS.length > 0) expect(additions).toBeGreaterThan(100);
  });
});
