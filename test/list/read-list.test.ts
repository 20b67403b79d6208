import { describe, expect, it } from '@jest/globals';
import { ListSectionNotFoundError, StaleListDocError } from '../../src/list/errors.js';
import { normaliseTitle } from '../../src/list/plain-text.js';
import { readList } from '../../src/list/read-list.js';
import { findSection } from '../../src/list/sections.js';
import { requireTarget } from '../../src/list/target-group.js';

describe('normaliseTitle: the key a paper title is compared by', () => {
  it.each([
    ['GPT-4o: A Study', 'gpt 4o a study'],
    ['GPT-4o: A Study', 'GPT4o — a STUDY!'],
    ['Text-to-Image Generation', 'Text to Image generation'],
    ['**Bold** _title_ with `code`', 'Bold title with code'],
    ['[Linked Title](https://arxiv.org/abs/2504.02782)', 'Linked Title'],
    ['<b>HTML</b> &amp; entities', 'HTML & entities'],
    ['Café Müller', 'Cafe Muller'],
    ['  spaced\n  out  ', 'spaced out'],
    ['Ｆｕｌｌ Ｗｉｄｔｈ', 'full width'],
  ])('%j equals %j', (a, b) => {
    expect(normaliseTitle(a)).toBe(normaliseTitle(b));
    expect(normaliseTitle(a)).not.toBe('');
  });

  it.each([
    ['GPT-4o: A Study', 'GPT-4o: A Survey'],
    ['Diffusion Models', 'Diffusion Model'],
  ])('%j differs from %j', (a, b) => {
    expect(normaliseTitle(a)).not.toBe(normaliseTitle(b));
  });
});

const LIST = `# Awesome list

## 📢 Latest Updates
* Apr-10-2025: Add 4 papers.

\`\`\`markdown
## Papers
\`\`\`

<!--
## Papers
-->

## 📄 Papers
### 1. First Paper: A Study
**Authors:** Ada Lovelace
<details span>
<summary><b>Abstract</b></summary>
First abstract.
</details>

[📄 Paper](https://arxiv.org/pdf/2501.00001)

### 2. Second Paper
[📄 Paper](https://arxiv.org/abs/2501.00002) | [💻 Code](https://github.com/a/b)

## Newspapers
- [A Tools List Entry With Words](https://github.com/x/y)

## ❤️ BibTeX
\`\`\`bib
@article{x, journal={arXiv preprint arXiv:2501.00009}}
\`\`\`
`;

describe('readList', () => {
  const doc = readList(LIST);

  it('finds every linked id, in code and comments too', () => {
    expect([...doc.ids].sort()).toEqual(['2501.00001', '2501.00002', '2501.00009']);
  });

  it('finds sections only where markdown has headings', () => {
    expect(doc.sections.map((s) => [s.depth, s.heading])).toEqual([
      [1, 'Awesome list'],
      [2, '📢 Latest Updates'],
      [2, '📄 Papers'],
      [3, '1. First Paper: A Study'],
      [3, '2. Second Paper'],
      [2, 'Newspapers'],
      [2, '❤️ BibTeX'],
    ]);
  });

  it('gives each section its offsets: start, end of content, end before the next heading of its level', () => {
    const papers = doc.sections.find((s) => s.heading === '📄 Papers')!;
    expect(doc.target?.name).toBe('📄 Papers');
    expect(doc.target?.entries.map((e) => e.arxivId)).toEqual(['2501.00001', '2501.00002']);
    expect(LIST.slice(papers.start, papers.contentStart)).toBe('## 📄 Papers\n');
    expect(LIST.slice(papers.start, papers.end)).toMatch(/^## 📄 Papers\n[\s\S]*github\.com\/a\/b\)\n\n$/);
    expect(LIST.slice(papers.contentEnd, papers.end)).toBe('\n');
    expect(LIST.slice(papers.end)).toMatch(/^## Newspapers/);
    const last = doc.sections[doc.sections.length - 1]!;
    expect(last.end).toBe(LIST.length);
  });

  it('matches the configured section by words, emoji and markup aside', () => {
    expect(doc.updates?.heading).toBe('📢 Latest Updates');
    expect(findSection(doc.sections, 'papers')?.heading).toBe('📄 Papers');
    expect(findSection(doc.sections, 'BibTeX')?.heading).toBe('❤️ BibTeX');
    expect(findSection(doc.sections, 'Second Paper')?.heading).toBe('2. Second Paper');
    expect(findSection(doc.sections, 'News')).toBeNull();
    const scroll = readList('## Papers :scroll:\n## <img src="x"> Tools\n');
    expect(findSection(scroll.sections, 'Papers')?.heading).toBe('Papers :scroll:');
    expect(findSection(scroll.sections, 'tools')?.heading).toBe('<img src="x"> Tools');
  });

  it('prefers a heading that equals the name over one that contains it', () => {
    const both = readList('## Awesome Papers & Datasets\n## Papers\n');
    expect(findSection(both.sections, 'Papers')?.heading).toBe('Papers');
  });

  it('reads the entries: titles without numbering, ids, abstracts where shown', () => {
    expect(doc.entries).toEqual([
      { arxivId: '2501.00001', title: 'First Paper: A Study', abstract: 'First abstract.' },
      { arxivId: '2501.00002', title: 'Second Paper', abstract: null },
      { arxivId: null, title: 'A Tools List Entry With Words', abstract: null },
    ]);
    expect(doc.listedTitles.get(normaliseTitle('FIRST PAPER — a study'))).toBe('First Paper: A Study');
  });

  it('reads papers one level down in a list of categories, and the title column of a table', () => {
    const nested = readList(
      '## Papers\n- Editing\n  - [Paper One About Editing](https://arxiv.org/abs/2501.00001)\n  - [Paper Two](https://arxiv.org/abs/2501.00002)\n- [Paper Three On Its Own](https://example.org/three)\n',
    );
    expect(nested.entries.map((e) => [e.arxivId, e.title])).toEqual([
      ['2501.00001', 'Paper One About Editing'],
      ['2501.00002', 'Paper Two'],
      [null, 'Paper Three On Its Own'],
    ]);
    const table = readList(
      '| Name | 📄 Paper | Code |\n|---|---|---|\n| X | [X: A Paper](https://arxiv.org/pdf/2501.00003) ![stars](https://img.shields.io/x) | - |\n| Y | - | - |\n',
    );
    expect(table.entries).toEqual([{ arxivId: '2501.00003', title: 'X: A Paper', abstract: null }]);
    const placeholders = readList(
      '| Title | Link |\n|---|---|\n| - | https://arxiv.org/abs/2501.00004 |\n| N/A | https://arxiv.org/abs/2501.00005 |\n| [0](https://arxiv.org/abs/2501.00006) | - |\n',
    );
    expect(placeholders.entries).toEqual([{ arxivId: '2501.00006', title: '0', abstract: null }]);
  });

  it.each([
    [
      'escaped brackets',
      String.raw`[\[Oral\] Edit \[x\](javascript:y) Models](https://arxiv.org/abs/2501.00004)`,
      '[Oral] Edit [x](javascript:y) Models',
    ],
    [
      'an unbalanced escaped bracket',
      String.raw`[Editing\[31m](https://arxiv.org/abs/2501.00005)`,
      'Editing[31m',
    ],
    [
      'escaped tags and emphasis',
      String.raw`[A \<b>Bold\</b> \*Claim\* \_x\_](https://arxiv.org/abs/2501.00006)`,
      'A <b>Bold</b> *Claim* _x_',
    ],
  ])('reads an entry title with %s as the text it shows', (_name, link, title) => {
    for (const text of [`## Papers\n- ${link} — A. Author\n`, `## Papers\n| Title |\n|---|\n| ${link} |\n`]) {
      expect(readList(text).entries.map((e) => [e.arxivId, e.title])).toEqual([
        [/\d{4}\.\d{5}/.exec(link)![0], title],
      ]);
    }
  });

  it('reads the conventions of the list', () => {
    expect(doc.conventions).toMatchObject({
      lineEnding: '\n',
      bom: false,
      trailingNewline: true,
      updates: { marker: '*', dateFormat: 'MMM-DD-YYYY', before: '', after: '', separator: ': ' },
    });
  });

  it('reads line endings, a BOM and a missing final newline', () => {
    const crlf = readList('\uFEFF## Papers\r\n- [A](https://arxiv.org/abs/2501.00001)');
    expect(crlf.conventions).toMatchObject({ lineEnding: '\r\n', bom: true, trailingNewline: false });
    expect(crlf.target?.start).toBe(1);
  });

  it('names the missing section and the headings there are', () => {
    const other = readList('# Title\n## Tools\n## Reading\n', { section: 'Papers' });
    expect(other.target).toBeNull();
    expect(() => requireTarget('# Title\n## Tools\n## Reading\n', other)).toThrow(ListSectionNotFoundError);
    expect(() => requireTarget('# Title\n## Tools\n## Reading\n', other)).toThrow(
      'The list has no section "Papers" to add papers to. Headings found: "Title", "Tools", "Reading".',
    );
  });

  it('refuses to add to a text it was not read from', () => {
    expect(() => requireTarget(`${LIST}\nmore`, doc)).toThrow(StaleListDocError);
  });

  it('has no updates section when none is configured or found', () => {
    expect(readList(LIST, { updatesSection: null }).updates).toBeNull();
    expect(readList('## Papers\n').updates).toBeNull();
  });
});
