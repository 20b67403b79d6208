import { describe, expect, it } from '@jest/globals';
import { removeInsertions } from '../../src/list/insertions.js';
import { readList } from '../../src/list/read-list.js';
import { spliceEntries } from '../../src/list/splice-entries.js';
import { addUpdatesLine } from '../../src/list/updates-line.js';

const NOV_26 = new Date('2026-11-26T02:30:00Z');

function splice(text: string, entries: Array<[string, string]>, order: 'append' | 'prepend' = 'append') {
  const doc = readList(text, { order });
  const result = spliceEntries(
    text,
    doc,
    entries.map(([arxivId, entry]) => ({ arxivId, text: entry })),
    { order },
  );
  expect(removeInsertions(result.text, result.insertions)).toBe(text);
  return result;
}

describe('spliceEntries', () => {
  it('puts entries in ascending id order when appending and descending when prepending', () => {
    const text = '## Papers\n- [Old](https://arxiv.org/abs/2501.00001)\n';
    const entries: Array<[string, string]> = [
      ['2511.00002', '- B'],
      ['hep-th/9901001', '- Old style'],
      ['2511.00001', '- A'],
    ];
    expect(splice(text, entries).text).toBe(`${text}- Old style\n- A\n- B\n`);
    expect(splice(text, entries, 'prepend').text).toBe(
      '## Papers\n- B\n- A\n- Old style\n- [Old](https://arxiv.org/abs/2501.00001)\n',
    );
  });

  it('ignores the blank lines an entry ends with and writes it in the list line ending', () => {
    const text = '## Papers\r\n### 1. Old\r\n[p](https://arxiv.org/pdf/2501.00001)\r\n\r\n## End\r\n';
    const { text: after, insertions } = splice(text, [
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
    expect(splice(text, [['2511.00001', '### 2. New']]).text).toBe(
      '## Papers\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n\n### 2. New\n\n\n\n## End\n',
    );
  });

  it('adds a blank line before the next heading only if the list had one there', () => {
    const text = '## Papers\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n## End\n';
    expect(splice(text, [['2511.00001', '### 2. New']]).text).toBe(
      '## Papers\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n\n### 2. New\n## End\n',
    );
  });

  it('prepends details entries after an intro paragraph, before the first entry', () => {
    const text = '## Papers\nSome intro.\n\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n';
    expect(splice(text, [['2511.00001', '### 2. New']], 'prepend').text).toBe(
      '## Papers\nSome intro.\n\n### 2. New\n\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n',
    );
  });

  it('starts a list after a section intro that has none', () => {
    const text = '## Papers\nWe list papers here.\n## End\n';
    const doc = readList(text);
    const { text: after } = spliceEntries(
      text,
      doc,
      [{ arxivId: '2511.00001', text: '- [New](https://arxiv.org/abs/2511.00001)' }],
      {
        order: 'append',
        style: 'bullet',
      },
    );
    expect(after).toBe(
      '## Papers\nWe list papers here.\n\n- [New](https://arxiv.org/abs/2511.00001)\n## End\n',
    );
  });

  it('says so when a table list has no table in the section', () => {
    const text = '## Papers\n- [Old](https://arxiv.org/abs/2501.00001)\n';
    expect(() =>
      spliceEntries(text, readList(text), [{ arxivId: '2511.00001', text: '| x |' }], { order: 'append' }),
    ).toThrow('The section "Papers" has no table to add rows to (list.style is table).');
  });

  it('refuses an empty entry', () => {
    const text = '## Papers\n';
    expect(() =>
      spliceEntries(text, readList(text), [{ arxivId: '2511.00001', text: '\n\n' }], { order: 'append' }),
    ).toThrow('The entry for 2511.00001 is empty');
  });

  it('changes nothing without entries', () => {
    const text = '## Papers\n';
    expect(spliceEntries(text, readList(text), [], { order: 'append' })).toEqual({ text, insertions: [] });
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
