import { describe, expect, it } from '@jest/globals';
import { editList } from '../../src/list/edit-list.js';
import { StaleListDocError } from '../../src/list/errors.js';
import { applyInsertions, removeInsertions, type Insertion } from '../../src/list/insertions.js';
import { readList } from '../../src/list/read-list.js';

const at = (offset: number, text: string): Insertion => ({ offset, text, arxivIds: [] });

describe('applyInsertions / removeInsertions', () => {
  it('inserts at offsets of the original text, whatever order they come in, and takes them out again', () => {
    const text = 'abcdef';
    const insertions = [at(4, '<2>'), at(0, '<0>'), at(6, '<end>'), at(2, '<1>')];
    const after = applyInsertions(text, insertions);
    expect(after).toBe('<0>ab<1>cd<2>ef<end>');
    expect(removeInsertions(after, insertions)).toBe(text);
    expect(applyInsertions(text, [])).toBe(text);
    expect(removeInsertions(text, [])).toBe(text);
  });

  it('refuses to take out text that is not where it was inserted, naming the offset', () => {
    const after = applyInsertions('abcdef', [at(2, 'XY'), at(4, 'Z')]);
    expect(() => removeInsertions(after.replace('Z', 'W'), [at(2, 'XY'), at(4, 'Z')])).toThrow(
      'The text does not hold the inserted text at offset 6.',
    );
    expect(() => removeInsertions('abcdef', [at(0, 'ab!')])).toThrow('at offset 0.');
  });
});

describe('editList', () => {
  const LIST =
    '## 📢 Latest Updates\n* Nov-20-2026: Add 1 paper.\n\n## Papers\n- [A](https://arxiv.org/abs/2501.00001)\n';

  it('refuses a doc read from another text', () => {
    const doc = readList(LIST);
    expect(() => editList(`${LIST}more`, doc, { entries: [] })).toThrow(StaleListDocError);
  });

  it('adds the updates line only with entries, and returns every insertion it made', () => {
    const doc = readList(LIST);
    const date = new Date('2026-11-26T02:30:00Z');
    const none = editList(LIST, doc, { entries: [], updates: { count: 0, date } });
    expect(none).toEqual({ text: LIST, insertions: [] });
    // A count without entries (every paper already listed) adds no line either.
    expect(editList(LIST, doc, { entries: [], updates: { count: 2, date } })).toEqual({
      text: LIST,
      insertions: [],
    });
    const entry = at(LIST.length, '- [B](https://arxiv.org/abs/2611.00001)\n');
    const one = editList(LIST, doc, { entries: [entry], updates: { count: 1, date } });
    expect(one.insertions).toHaveLength(2);
    expect(one.text).toContain('* Nov-26-2026: Add 1 paper.\n* Nov-20-2026');
    expect(one.text.endsWith('- [B](https://arxiv.org/abs/2611.00001)\n')).toBe(true);
    expect(removeInsertions(one.text, one.insertions)).toBe(LIST);
    const without = editList(LIST, doc, { entries: [entry] });
    expect(without.insertions).toEqual([entry]);
  });
});
