import { describe, expect, it } from '@jest/globals';
import { findEntryBlocks, renumberEntry } from '../../src/list/entry-blocks.js';
import { readList } from '../../src/list/read-list.js';
import { spliceEntries } from '../../src/list/splice-entries.js';

const DETAILS = `## Papers
### 1. First
[📄 Paper](https://arxiv.org/pdf/2501.00001)

### 2. Second
**Authors:** A
<details span>
<summary><b>Abstract</b></summary>
Text.
</details>

[📄 Paper](https://arxiv.org/pdf/2501.00002)

## Tools
`;

describe('findEntryBlocks: the target section entry by entry', () => {
  it('details: from each heading to the next heading', () => {
    const blocks = findEntryBlocks(DETAILS, readList(DETAILS), 'details');
    expect(blocks.map((b) => b.arxivId)).toEqual(['2501.00001', '2501.00002']);
    expect(blocks[0]!.text).toBe('### 1. First\n[📄 Paper](https://arxiv.org/pdf/2501.00001)\n\n');
    expect(blocks[1]!.text).toMatch(/^### 2\. Second\n[\s\S]*2501\.00002\)\n\n$/);
    for (const block of blocks) expect(DETAILS.slice(block.start, block.end)).toBe(block.text);
  });

  it('bullet: each item with its continuation lines', () => {
    const text =
      '## Papers\n\n+ [A](https://arxiv.org/abs/2501.00001)\n  [![badge](https://img.shields.io/x)](https://github.com/a)\n\n+ [B](https://arxiv.org/pdf/2501.00002v2)\n\n## End\n';
    const blocks = findEntryBlocks(text, readList(text), 'bullet');
    expect(blocks.map((b) => [b.arxivId, b.text])).toEqual([
      [
        '2501.00001',
        '+ [A](https://arxiv.org/abs/2501.00001)\n  [![badge](https://img.shields.io/x)](https://github.com/a)\n',
      ],
      ['2501.00002', '+ [B](https://arxiv.org/pdf/2501.00002v2)\n'],
    ]);
  });

  it('table: each body row', () => {
    const text =
      '## Papers\n| Title | Code |\n|---|---|\n| [A](https://arxiv.org/abs/2501.00001) | - |\n| [B](https://example.org/b) | - |\n';
    const blocks = findEntryBlocks(text, readList(text), 'table');
    expect(blocks.map((b) => [b.arxivId, b.text])).toEqual([
      ['2501.00001', '| [A](https://arxiv.org/abs/2501.00001) | - |\n'],
      [null, '| [B](https://example.org/b) | - |\n'],
    ]);
  });

  it('reads the style from the section when not told', () => {
    expect(findEntryBlocks(DETAILS, readList(DETAILS))).toHaveLength(2);
  });

  it('carries the bot entries from a branch version to a newer base, renumbered', () => {
    const branch = DETAILS.replace(
      '## Tools',
      '### 3. Bot Paper\n[📄 Paper](https://arxiv.org/pdf/2511.00001)\n\n## Tools',
    );
    const base = DETAILS.replace(
      '## Tools',
      '### 3. Maintainer Paper\n[📄 Paper](https://arxiv.org/pdf/2510.00001)\n\n## Tools',
    );
    const carried = findEntryBlocks(branch, readList(branch)).filter((b) => b.arxivId === '2511.00001');
    const baseDoc = readList(base);
    const next = baseDoc.conventions.numbering.highest + 1;
    const { text } = spliceEntries(
      base,
      baseDoc,
      carried.map((b) => ({ arxivId: b.arxivId!, text: renumberEntry(b.text, next) })),
      { order: 'append' },
    );
    expect(text).toBe(
      base.replace('## Tools', '### 4. Bot Paper\n[📄 Paper](https://arxiv.org/pdf/2511.00001)\n\n## Tools'),
    );
  });
});

describe('renumberEntry', () => {
  it.each([
    ['### 7. Title\nbody', 9, '### 9. Title\nbody'],
    ['#### 12) Title', 3, '#### 3) Title'],
    ['### Title 7. not a number', 9, '### Title 7. not a number'],
    ['### Unnumbered', 2, '### Unnumbered'],
    ['- [A](x)', 2, '- [A](x)'],
  ])('%j → %d', (block, n, expected) => {
    expect(renumberEntry(block, n)).toBe(expected);
  });
});
