import { describe, expect, it } from '@jest/globals';
import type { ListConventions } from '../../src/list/list-doc.js';
import { shortName } from '../../src/list/paper-text.js';
import { readList } from '../../src/list/read-list.js';
import { renderEntry } from '../../src/list/render-entry.js';
import { renderNewEntries } from '../../src/list/render-new-entries.js';
import { columnRole } from '../../src/list/table-columns.js';
import type { FoundLink, Paper } from '../../src/types.js';

const paper = (overrides: Partial<Paper> = {}): Paper => ({
  arxivId: '2504.02782',
  version: 2,
  title: 'GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation',
  abstract: 'The recent breakthroughs in\n  OpenAI’s GPT4o model.',
  authors: ['Zhiyuan Yan', 'Junyan Ye', 'Weijia Li'],
  categories: ['cs.CV'],
  primaryCategory: 'cs.CV',
  published: '2025-04-03T17:23:16Z',
  updated: '2025-04-05T00:00:00Z',
  ...overrides,
});

const SEED = readList('## Papers\n### 4. Old\n[📄 Paper](https://arxiv.org/pdf/2501.00001)\n').conventions;
const code: FoundLink = { kind: 'code', url: 'https://github.com/PicoTrex/GPT-ImgEval', source: 'abstract' };

describe('renderEntry: details (the seed format)', () => {
  it('writes heading, authors, abstract block, blank line, links, blank line; no image', () => {
    const links: FoundLink[] = [
      { kind: 'dataset', url: 'https://huggingface.co/datasets/Yejy53/GPT-ImgEval', source: 'comment' },
      code,
      { kind: 'code', url: 'https://github.com/other/second', source: 'comment' },
      { kind: 'project', url: 'https://picotrex.github.io/imgeval/', source: 'comment' },
      { kind: 'model', url: 'https://huggingface.co/org/model', source: 'comment' },
      { kind: 'demo', url: 'https://huggingface.co/spaces/org/demo', source: 'comment' },
    ];
    expect(renderEntry(paper(), links, 'details', SEED, 5)).toBe(
      [
        '### 5. GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation',
        '**Authors:** Zhiyuan Yan, Junyan Ye, Weijia Li',
        '<details span>',
        '<summary><b>Abstract</b></summary>',
        'The recent breakthroughs in OpenAI’s GPT4o model.',
        '</details>',
        '',
        '[📄 Paper](https://arxiv.org/pdf/2504.02782) | [💻 Code](https://github.com/PicoTrex/GPT-ImgEval) | ' +
          '[🌐 Project Page](https://picotrex.github.io/imgeval/) | [📁 Dataset](https://huggingface.co/datasets/Yejy53/GPT-ImgEval) | ' +
          '[🤗 Model](https://huggingface.co/org/model) | [🎮 Demo](https://huggingface.co/spaces/org/demo)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('numbers on from the highest number, in the list line ending', () => {
    const crlf: ListConventions = { ...SEED, lineEnding: '\r\n' };
    const text = renderEntry(paper(), [], 'details', crlf);
    expect(text.startsWith('### 5. GPT-ImgEval')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(10);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps unnumbered lists unnumbered, even for a title that starts with a number', () => {
    const plain: ListConventions = { ...SEED, numbering: { numbered: false, highest: 0, depth: 4 } };
    expect(renderEntry(paper({ title: '3. Results on X' }), [], 'details', plain).split('\n')[0]).toBe(
      '#### 3\\. Results on X',
    );
  });

  it('lists 20 authors, then et al.', () => {
    const authors = Array.from({ length: 23 }, (_, i) => `Author ${i + 1}`);
    const line = renderEntry(paper({ authors }), [], 'details', SEED, 1).split('\n')[1]!;
    expect(line).toBe(`**Authors:** ${authors.slice(0, 20).join(', ')} et al.`);
  });

  it('leaves out the abstract block when arXiv sent no abstract, and the authors line without authors', () => {
    expect(renderEntry(paper({ abstract: ' \n ', authors: [] }), [], 'details', SEED, 1)).toBe(
      '### 1. GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation\n\n[📄 Paper](https://arxiv.org/pdf/2504.02782)\n\n',
    );
  });

  it('uses /abs/ links where the list does, and names an untitled paper by its id', () => {
    const abs: ListConventions = { ...SEED, arxivLink: 'abs' };
    expect(renderEntry(paper({ title: '' }), [], 'details', abs, 1)).toMatch(
      /^### 1\. arXiv:2504\.02782\n[\s\S]*\[📄 Paper\]\(https:\/\/arxiv\.org\/abs\/2504\.02782\)/,
    );
  });

  it('refuses an id that is not an arXiv id, as it would go into a URL', () => {
    expect(() => renderEntry(paper({ arxivId: '2504.02782/../x' }), [], 'details', SEED, 1)).toThrow(
      'Cannot link to "2504.02782/../x"',
    );
  });
});

describe('renderEntry: bullet', () => {
  const bullets = readList('## Papers\n* [A](https://example.org/a)\n').conventions;

  it('writes `- [Title](abs link) — First Author et al., Mon YYYY` with the list marker', () => {
    expect(renderEntry(paper(), [code], 'bullet', bullets)).toBe(
      '* [GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation](https://arxiv.org/abs/2504.02782) — Zhiyuan Yan et al., Apr 2025\n',
    );
  });

  it.each([
    [['Ada Lovelace'], '2025-04-03T17:23:16Z', ' — Ada Lovelace, Apr 2025'],
    [[], '2025-04-03T17:23:16Z', ' — Apr 2025'],
    [['Ada Lovelace', 'Alan Turing'], 'not a date', ' — Ada Lovelace et al.'],
    [[], '', ''],
  ])('byline for %j, %s', (authors, published, byline) => {
    expect(renderEntry(paper({ authors, published }), [], 'bullet', bullets)).toBe(
      `* [GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation](https://arxiv.org/abs/2504.02782)${byline}\n`,
    );
  });
});

describe('renderEntry: table', () => {
  it('maps columns by their headers and fills the rest with the table empty marker', () => {
    const text =
      '## Papers\n| Method | Paper | First Author | Conference | Release | GitHub | Website | Data | Notes |\n' +
      '|:-|:-|:-|:-|:-|:-|:-|:-|:-|\n| X | [X](https://arxiv.org/abs/2501.00001) | A | ICLR | 2025-01 | [code](https://github.com/a/x) | N/A | N/A | N/A |\n';
    const row = renderEntry(paper(), [code], 'table', readList(text).conventions);
    expect(row).toBe(
      '| GPT-ImgEval | [GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation](https://arxiv.org/abs/2504.02782) | ' +
        'Zhiyuan Yan, Junyan Ye, Weijia Li | arXiv | 2025-04 | [code](https://github.com/PicoTrex/GPT-ImgEval) | N/A | N/A | N/A |\n',
    );
  });

  it('says so when the target section has no table', () => {
    expect(() => renderEntry(paper(), [], 'table', SEED)).toThrow('needs a table in the target section');
  });

  it.each([
    ['Title', 'title'],
    ['📄 Paper', 'title'],
    ['**Paper Title**', 'title'],
    ['Paper Link', 'arxiv'],
    ['arXiv', 'arxiv'],
    ['PDF', 'arxiv'],
    ['Name', 'name'],
    ['Model', 'name'],
    ['Method', 'name'],
    ['Authors', 'authors'],
    ['Venue', 'venue'],
    ['Conference', 'venue'],
    ['Date', 'date'],
    ['Year', 'date'],
    ['Code', 'code'],
    ['GitHub', 'code'],
    ['Repo', 'code'],
    ['Demo', 'demo'],
    ['Project Page', 'project'],
    ['Website', 'project'],
    ['Dataset', 'dataset'],
    ['Stars', 'other'],
    ['Notes', 'other'],
  ])('column %j holds %s', (header, role) => {
    expect(columnRole(header)).toBe(role);
  });

  it.each([
    ['GPT-ImgEval: A Comprehensive Benchmark', 'GPT-ImgEval'],
    ['Emu3.5: Native Multimodal Models are World Learners', 'Emu3.5'],
    ['Harmonizing Visual Representations for Generation', ''],
    ['A Very Long Sentence That Happens To Have: A Colon', ''],
  ])('short name of %j is %j', (title, name) => {
    expect(shortName(title)).toBe(name);
  });
});

describe('renderNewEntries', () => {
  it('numbers the papers on from the list, oldest id first', () => {
    const doc = readList('## Papers\n### 4. Old\n[📄 Paper](https://arxiv.org/pdf/2501.00001)\n');
    const entries = renderNewEntries(
      [
        { paper: paper({ arxivId: '2511.00002', title: 'B' }), links: [] },
        { paper: paper({ arxivId: '2510.00009', title: 'A' }), links: [] },
      ],
      doc,
      'details',
    );
    expect(entries.map((e) => [e.arxivId, e.text.split('\n')[0]])).toEqual([
      ['2510.00009', '### 5. A'],
      ['2511.00002', '### 6. B'],
    ]);
  });
});
