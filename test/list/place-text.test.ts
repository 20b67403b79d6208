import { describe, expect, it } from '@jest/globals';
import { addToGroup } from '../../src/format/new-entries.js';
import { applyInsertions, removeInsertions } from '../../src/list/insertions.js';
import { readList } from '../../src/list/read-list.js';

/**
 * The blank lines around new entries (place-text.ts): as many before the new entries as the list
 * puts between its entries, and the ones that followed the last entry still after them, with the
 * inserted text exactly where a maintainer would have typed it.
 */
function place(text: string, arxivId: string, entry: string) {
  const doc = readList(text);
  const { insertions } = addToGroup(text, doc, doc.target!, [{ arxivId, text: entry }], {
    order: null,
    style: 'details',
  });
  const after = applyInsertions(text, insertions);
  expect(removeInsertions(after, insertions)).toBe(text);
  return { text: after, insertions };
}

const TWO_APART =
  '## Papers\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n\n\n### 2. Older\n[p](https://arxiv.org/pdf/2501.00002)\n';

describe('blank lines around new entries', () => {
  it('goes in after the blank lines it keeps, leaving the others after it', () => {
    const text = `${TWO_APART}\n\n\n## End\n`;
    const { text: after, insertions } = place(text, '2511.00001', '### 3. New');
    expect(after).toBe(`${TWO_APART}\n\n### 3. New\n\n\n\n## End\n`);
    // Two blank lines kept before it (as between the entries), the third after it.
    expect(insertions).toEqual([
      { offset: TWO_APART.length + 2, text: '### 3. New\n\n\n', arxivIds: ['2511.00001'] },
    ]);
  });

  it('counts the blank lines that end the file', () => {
    const { text: after, insertions } = place(`${TWO_APART}\n\n`, '2511.00001', '### 3. New');
    expect(after).toBe(`${TWO_APART}\n\n### 3. New\n\n\n`);
    expect(insertions).toEqual([
      { offset: TWO_APART.length + 2, text: '### 3. New\n\n\n', arxivIds: ['2511.00001'] },
    ]);
  });

  it('does not take a line of text right after the last entry for a blank line', () => {
    const text =
      '## Papers\n- [A](https://arxiv.org/abs/2501.00001)\n\n- [B](https://arxiv.org/abs/2501.00002)\n<hr>\n';
    const { text: after } = place(text, '2511.00001', '- [N](https://arxiv.org/abs/2511.00001)');
    expect(after).toBe(
      '## Papers\n- [A](https://arxiv.org/abs/2501.00001)\n\n- [B](https://arxiv.org/abs/2501.00002)\n\n' +
        '- [N](https://arxiv.org/abs/2511.00001)\n<hr>\n',
    );
  });

  it('keeps a last line of spaces without a line ending on its own line, after the new entry', () => {
    const text = `${TWO_APART}\n  `;
    expect(place(text, '2511.00001', '### 3. New').text).toBe(`${TWO_APART}\n\n### 3. New\n\n  `);
  });

  it('keeps a file that ends without a line ending that way', () => {
    const text = '## Papers\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n\n## End';
    expect(place(text, '2511.00001', '### 2. New').text).toBe(
      '## Papers\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)\n\n### 2. New\n\n## End',
    );
    const last = '## Papers\n### 1. Old\n[p](https://arxiv.org/pdf/2501.00001)';
    expect(place(last, '2511.00001', '### 2. New').text).toBe(`${last}\n\n### 2. New`);
  });
});
