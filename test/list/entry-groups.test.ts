import { describe, expect, it } from '@jest/globals';
import { SectionHasSubsectionsError } from '../../src/list/errors.js';
import { readList } from '../../src/list/read-list.js';
import { requireTarget } from '../../src/list/target-group.js';
import { entryTexts } from '../../src/run/list-text.js';

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

/** Each group as `path > name: ids`. */
function groups(text: string): string[] {
  return readList(text).groups.map(
    (g) => `${[...g.path, g.name].join(' > ')}: ${g.entries.map((e) => `${e.kind} ${e.arxivId}`).join(', ')}`,
  );
}

describe('entry groups: where entries are, group by group', () => {
  it('heading entries: from each heading to its last block, in the section above them', () => {
    expect(groups(DETAILS)).toEqual(['Papers: heading 2501.00001, heading 2501.00002', 'Tools: ']);
    const texts = entryTexts(DETAILS, readList(DETAILS));
    expect(texts.get('2501.00001')).toBe('### 1. First\n[📄 Paper](https://arxiv.org/pdf/2501.00001)');
    expect(texts.get('2501.00002')).toMatch(/^### 2\. Second\n[\s\S]*2501\.00002\)$/);
  });

  it('list items with their continuation lines, table rows', () => {
    const text =
      '## Papers\n\n+ [A](https://arxiv.org/abs/2501.00001)\n  [![badge](https://img.shields.io/x)](https://github.com/a)\n\n+ [B](https://arxiv.org/pdf/2501.00002v2)\n\n' +
      '## Table\n| Title | Code |\n|---|---|\n| [C](https://arxiv.org/abs/2501.00003) | - |\n| [D](https://example.org/d) | - |\n';
    expect(groups(text)).toEqual([
      'Papers: item 2501.00001, item 2501.00002',
      'Table: row 2501.00003, row null',
    ]);
    expect(entryTexts(text, readList(text)).get('2501.00001')).toBe(
      '+ [A](https://arxiv.org/abs/2501.00001)\n  [![badge](https://img.shields.io/x)](https://github.com/a)',
    );
  });

  it('<details><summary> blocks are groups of their own, inside their section', () => {
    const text =
      '## Papers :scroll:\n<a id="x"></a>\n<details close>\n<summary>X-to-3D</summary>\n\n- [A](https://arxiv.org/abs/2501.00001), X et al., Arxiv 2025\n\n</details>\n\n' +
      '<details close>\n<summary>3D Editing</summary>\n\n- [B](https://arxiv.org/abs/2501.00002), Y et al., Arxiv 2025\n\n</details>\n\n## Datasets\n';
    expect(groups(text)).toEqual([
      'Papers :scroll:: ',
      'Papers :scroll: > X-to-3D: item 2501.00001',
      'Papers :scroll: > 3D Editing: item 2501.00002',
      'Datasets: ',
    ]);
    expect(readList(text, { section: 'X-to-3D' }).target?.name).toBe('X-to-3D');
  });

  it('a heading whose only paper link sits in an HTML comment below it is a section, not an entry', () => {
    const text =
      '### Unified Models\n\n+ [A](https://arxiv.org/abs/2501.00001) (Jan. 2025, arXiv)\n\n<!-- ### Multi Experts\n  + [B](https://arxiv.org/pdf/2411.00683) -->\n';
    expect(groups(text)).toEqual(['Unified Models: item 2501.00001']);
  });

  it('a section whose papers are all in sub-sections is never filled by accident', () => {
    const text =
      '## Papers\n### Editing\n#### 1. A\n[📄 Paper](https://arxiv.org/pdf/2501.00001)\n### Evaluation\n#### 1. B\n[📄 Paper](https://arxiv.org/pdf/2501.00002)\n';
    const doc = readList(text);
    expect(() => requireTarget(text, doc)).toThrow(SectionHasSubsectionsError);
    expect(() => requireTarget(text, doc)).toThrow(
      'The section "Papers" has no papers of its own; they are in its sub-sections "Editing", "Evaluation". ' +
        'Set list.section in the config file to the one new papers should go to.',
    );
    expect(requireTarget(text, readList(text, { section: 'Evaluation' })).name).toBe('Evaluation');
  });
});
