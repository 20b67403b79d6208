import { describe, expect, it } from '@jest/globals';
import { addToGroup } from '../../src/format/new-entries.js';
import { applyInsertions, removeInsertions } from '../../src/list/insertions.js';
import { placeInGroup } from '../../src/list/place-entries.js';
import { readList } from '../../src/list/read-list.js';
import { addUpdatesLine } from '../../src/list/updates-line.js';

const NOV_26 = new Date('2026-11-26T02:30:00Z');

/** Entries (already written) put into the Papers section; the text after and the insertions. */
function place(text: string, entries: Array<[string, string]>, order: 'append' | 'prepend' | null = null) {
  const doc = readList(text);
  const { insertions, numbers } = addToGroup(
    text,
    doc,
    doc.target!,
    entries.map(([arxivId, entry]) => ({ arxivId, text: entry })),
    { order, style: 'details' },
  );
  const after = applyInsertions(text, insertions);
  expect(removeInsertions(after, insertions)).toBe(text);
  return { text: after, insertions, numbers };
}

const OLDEST_FIRST =
  '## Papers\n- [A](https://arxiv.org/abs/2501.00001)\n- [B](https://arxiv.org/abs/2503.00001)\n- [C](https://arxiv.org/abs/2505.00001)\n';
const NEWEST_FIRST =
  '## Papers\n- [C](https://arxiv.org/abs/2505.00001)\n- [B](https://arxiv.org/abs/2503.00001)\n- [A](https://arxiv.org/abs/2501.00001)\n';

describe('placing entries where the section order puts them', () => {
  it('oldest first: new papers after the last entry, the oldest first; an older one between its neighbours', () => {
    const { text, insertions } = place(OLDEST_FIRST, [
      ['2511.00002', '- Y'],
      ['2511.00001', '- X'],
      ['2502.00001', '- Between'],
    ]);
    expect(text).toBe(
      '## Papers\n- [A](https://arxiv.org/abs/2501.00001)\n- Between\n- [B](https://arxiv.org/abs/2503.00001)\n' +
        '- [C](https://arxiv.org/abs/2505.00001)\n- X\n- Y\n',
    );
    // Each place is its own insertion, with the papers it holds.
    expect(insertions.map((i) => i.arxivIds)).toEqual([['2502.00001'], ['2511.00001', '2511.00002']]);
  });

  it('newest first: new papers before the first entry, the newest first', () => {
    expect(
      place(NEWEST_FIRST, [
        ['2511.00001', '- X'],
        ['2511.00002', '- Y'],
        ['hep-th/9901001', '- Old style'],
      ]).text,
    ).toBe(
      '## Papers\n- Y\n- X\n- [C](https://arxiv.org/abs/2505.00001)\n- [B](https://arxiv.org/abs/2503.00001)\n' +
        '- [A](https://arxiv.org/abs/2501.00001)\n- Old style\n',
    );
  });

  it('list.order, when set, wins: ascending ids at the end, descending at the start', () => {
    const entries: Array<[string, string]> = [
      ['2511.00002', '- Y'],
      ['2511.00001', '- X'],
    ];
    expect(place(NEWEST_FIRST, entries, 'append').text).toBe(`${NEWEST_FIRST}- X\n- Y\n`);
    expect(place(OLDEST_FIRST, entries, 'prepend').text).toBe(
      OLDEST_FIRST.replace('## Papers\n', '## Papers\n- Y\n- X\n'),
    );
  });

  it('numbered entries: the next numbers after the highest, at the end even in a newest-first list', () => {
    const text =
      '## Papers\n### 1. New\n[p](https://arxiv.org/pdf/2505.00001)\n\n### 2. Old\n[p](https://arxiv.org/pdf/2501.00001)\n';
    const { text: after, numbers } = place(text, [
      ['2511.00001', '### 9. Carried\n[p](https://arxiv.org/pdf/2511.00001)'],
    ]);
    expect(after).toBe(`${text}\n### 3. Carried\n[p](https://arxiv.org/pdf/2511.00001)\n`);
    expect(numbers).toEqual(new Map([['2511.00001', 3]]));
    const descending =
      '## Papers\n2. [B](https://arxiv.org/abs/2501.00002)\n1. [A](https://arxiv.org/abs/2501.00001)\n';
    expect(place(descending, [['2511.00001', '7. [X](https://arxiv.org/abs/2511.00001)']]).text).toBe(
      '## Papers\n3. [X](https://arxiv.org/abs/2511.00001)\n2. [B](https://arxiv.org/abs/2501.00002)\n1. [A](https://arxiv.org/abs/2501.00001)\n',
    );
  });

  it('ignores the blank lines an entry ends with and writes it in the list line ending', () => {
    const text = '## Papers\r\n### 1. Old\r\n[p](https://arxiv.org/pdf/2501.00001)\r\n\r\n## End\r\n';
    const { text: after, insertions } = place(text, [
      ['2511.00001', '### 2. New\n[p](https://arxiv.org/pdf/2511.00001)\n\n\n'],
    ]);
    expect(after).toBe(
      '## Papers\r\n### 1. Old\r\n[p](https://arxiv.org/pdf/2501.00001)\r\n\r\n### 2. New\r\n[p](https://arxiv.org/pdf/2511.00001)\r\n\r\n## End\r\n',
    );
    expect(insertions).toEqual([
      {
        offset: 64,
        text: '### 2. New\r\n[p](https://arxiv.org/pdf/2511.00001)\r\n\r\n',
        arxivIds: ['2511.00001'],
      },
    ]);
  });

  it('keeps the blank lines that followed the last entry after the new ones', () => {
    const text = '## Papers\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n\n\n\n## End\n';
    expect(place(text, [['2511.00001', '### 2. New']]).text).toBe(
      '## Papers\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n\n### 2. New\n\n\n\n## End\n',
    );
  });

  it('adds a blank line before the next heading only if the list had one there', () => {
    const text = '## Papers\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n## End\n';
    expect(place(text, [['2511.00001', '### 2. New']]).text).toBe(
      '## Papers\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n\n### 2. New\n## End\n',
    );
  });

  it('puts details entries after an intro paragraph, before the first entry', () => {
    const text = '## Papers\nSome intro.\n\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n';
    expect(place(text, [['2511.00001', '### 2. New']], 'prepend').text).toBe(
      '## Papers\nSome intro.\n\n### 2. New\n\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n',
    );
  });

  it('starts the entries after a section intro that has none', () => {
    const text = '## Papers\nWe list papers here.\n## End\n';
    expect(place(text, [['2511.00001', '- [New](https://arxiv.org/abs/2511.00001)']]).text).toBe(
      '## Papers\nWe list papers here.\n\n- [New](https://arxiv.org/abs/2511.00001)\n## End\n',
    );
  });

  it('refuses an empty entry, and changes nothing without entries', () => {
    expect(() => place('## Papers\n', [['2511.00001', '\n\n']])).toThrow('The entry for 2511.00001 is empty');
    expect(() => place('## Papers\n', [['2511.00001', '  \n\t\n']])).toThrow(
      'The entry for 2511.00001 is empty',
    );
    expect(place('## Papers\n', []).insertions).toEqual([]);
  });
});

describe('rows for a table that has none yet', () => {
  const ROW = '| X | [X](https://arxiv.org/abs/2511.00001) |';

  it('go right under the table head, in the table the section holds', () => {
    const table = '| Name | Title |\n| --- | --- |\n';
    const text = `## Done\n${table}| A | [A](https://arxiv.org/abs/2501.00001) |\n\n## Papers\nIntro.\n\n${table}\n## End\n`;
    const doc = readList(text);
    const { insertions } = addToGroup(text, doc, doc.target!, [{ arxivId: '2511.00001', text: ROW }], {
      order: null,
      style: 'table',
    });
    expect(applyInsertions(text, insertions)).toBe(
      text.replace(`Intro.\n\n${table}`, `Intro.\n\n${table}${ROW}\n`),
    );
  });

  it('are refused, naming the section, where the section holds no table', () => {
    const text = '## Papers\nIntro.\n';
    const doc = readList(text);
    expect(() =>
      placeInGroup(text, doc, doc.target!, 'row', [{ slot: 0, arxivIds: ['2511.00001'], texts: [ROW] }]),
    ).toThrow('The section "Papers" has no table to add rows to.');
  });
});

describe('addUpdatesLine', () => {
  it('adds the first bullet in the section format, singular for one paper', () => {
    const text = '## Latest Updates\n* Apr-10-2025: Add 4 papers.\n\n## Papers\n';
    expect(addUpdatesLine(text, readList(text), 1, NOV_26).text).toBe(
      '## Latest Updates\n* Nov-26-2026: Add 1 paper.\n* Apr-10-2025: Add 4 papers.\n\n## Papers\n',
    );
  });

  it('keeps a loose updates list loose', () => {
    const text = '## Latest Updates\n\n- 2025-04-10 — Add 4 papers.\n\n- 2025-03-01 — Start.\n';
    expect(addUpdatesLine(text, readList(text), 3, NOV_26).text).toBe(
      '## Latest Updates\n\n- 2026-11-26 — Add 3 papers.\n\n- 2025-04-10 — Add 4 papers.\n\n- 2025-03-01 — Start.\n',
    );
  });

  it('writes nothing without an updates section or without papers', () => {
    const text = '## Papers\n- [Old](https://arxiv.org/abs/2501.00001)\n';
    expect(addUpdatesLine(text, readList(text), 3, NOV_26)).toEqual({ text, insertions: [] });
    const withUpdates = '## Latest Updates\n* Apr-10-2025: Add 4 papers.\n';
    expect(addUpdatesLine(withUpdates, readList(withUpdates), 0, NOV_26).insertions).toEqual([]);
  });

  it('starts the list under a heading that has none, in the seed date format', () => {
    const text = '## Latest Updates\n## Papers\n';
    expect(addUpdatesLine(text, readList(text), 2, NOV_26).text).toBe(
      '## Latest Updates\n- Nov-26-2026: Add 2 papers.\n## Papers\n',
    );
  });
});
