import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/config/resolve.js';
import { parseConfigFile } from '../../src/config/file.js';
import type { EntryKind } from '../../src/format/parts.js';
import { readEntry } from '../../src/format/read-entry.js';
import { renderEntry } from '../../src/format/render.js';
import { learnTemplate } from '../../src/format/template.js';
import type { ColumnRole } from '../../src/list/list-doc.js';
import { buildListChange, readListFor } from '../../src/run/list-text.js';
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
const code: FoundLink = { kind: 'code', url: 'https://github.com/PicoTrex/GPT-ImgEval', source: 'abstract' };
const project: FoundLink = { kind: 'project', url: 'https://picotrex.github.io/imgeval/', source: 'comment' };

/** A new entry written like the sample entries given (the last is the model's neighbour). */
function like(
  samples: string[],
  kind: EntryKind,
  p: Paper,
  links: FoundLink[],
  columns: ColumnRole[] = [],
): string {
  const template = learnTemplate(
    samples.map((s) => readEntry(s, kind, columns)),
    samples.length,
  )!;
  return renderEntry(template, { paper: p, links, number: 7 }, { lineEnding: '\n' });
}

/** The entries a run adds to a list with no entries in the target section (the built-in formats). */
function intoEmpty(list: string, config: string, p: Paper, links: FoundLink[]): string {
  const settings = resolveConfig(parseConfigFile(config, 'c.yml'), {});
  const doc = readListFor(list, settings);
  const entries = [
    {
      arxivId: p.arxivId,
      candidate: { paper: p, links, score: 0, reasons: [], decision: 'proposed' as const },
    },
  ];
  return buildListChange(list, doc, settings, entries, new Date('2026-11-26T00:00:00Z')).text;
}

describe('renderEntry: a paper written as the model entry is', () => {
  const SEED = [
    '### 1. A\n**Authors:** X\n<details span>\n<summary><b>Abstract</b></summary>\nAbs.\n</details>\n\n' +
      '[📄 Paper](https://arxiv.org/pdf/2501.00001) | [💻 Code](https://github.com/a/b) | [📁 Dataset](https://huggingface.co/datasets/a/b)',
  ];

  it('leaves out a link the paper lacks with its separator, and adds one the model lacks in the list own vocabulary', () => {
    expect(like(SEED, 'heading', paper(), [project])).toBe(
      '### 7. GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation\n' +
        '**Authors:** Zhiyuan Yan, Junyan Ye, Weijia Li\n<details span>\n<summary><b>Abstract</b></summary>\n' +
        'The recent breakthroughs in OpenAI’s GPT4o model.\n</details>\n\n' +
        '[📄 Paper](https://arxiv.org/pdf/2504.02782) | [🌐 Project Page](https://picotrex.github.io/imgeval/)',
    );
  });

  it('drops the abstract block when arXiv sent none, and the authors line without authors', () => {
    expect(like(SEED, 'heading', paper({ abstract: ' ', authors: [] }), [])).toBe(
      '### 7. GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation\n\n' +
        '[📄 Paper](https://arxiv.org/pdf/2504.02782)',
    );
  });

  it('lists 20 authors, then et al.', () => {
    const authors = Array.from({ length: 23 }, (_, i) => `Author ${i + 1}`);
    expect(like(SEED, 'heading', paper({ authors }), []).split('\n')[1]).toBe(
      `**Authors:** ${authors.slice(0, 20).join(', ')} et al.`,
    );
  });

  it('writes empty links where the list does, and a citation it cannot make as an empty one', () => {
    const samples = [
      '- [A](https://arxiv.org/abs/2110.02624), Aditya Sanghi et al., Arxiv 2021 | [citation](./references/citations.bib#L8-L13) | [site]() | [code](https://github.com/a/b)',
    ];
    expect(like(samples, 'item', paper(), [code])).toBe(
      '- [GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation](https://arxiv.org/abs/2504.02782), ' +
        'Zhiyuan Yan et al., Arxiv 2025 | [citation]() | [site]() | [code](https://github.com/PicoTrex/GPT-ImgEval)',
    );
  });

  it('fills a stars badge from the code link, and leaves its line out without one', () => {
    const samples = [
      '+ [A](https://arxiv.org/abs/2506.18871) (Jun. 2025, arXiv)\n  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2506.18871)\n' +
        '  [![Star](https://img.shields.io/github/stars/o/r.svg?style=social&label=Star)](https://github.com/o/r)',
    ];
    const badge =
      '[![Star](https://img.shields.io/github/stars/PicoTrex/GPT-ImgEval.svg?style=social&label=Star)]';
    expect(like(samples, 'item', paper(), [code]).split('\n')).toEqual([
      '+ [GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation](https://arxiv.org/abs/2504.02782) (Apr. 2025, arXiv)',
      '  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2504.02782)',
      `  ${badge}(https://github.com/PicoTrex/GPT-ImgEval)`,
    ]);
    expect(like(samples, 'item', paper(), [])).not.toContain('Star');
  });

  it('fills a table row by column: a name, no project page in the Demo column, the empty mark', () => {
    const columns: ColumnRole[] = ['name', 'title', 'venue', 'date', 'code', 'demo'];
    const samples = [
      '| Harmon | [Harmonizing](https://arxiv.org/abs/2503.21979) ![GitHub Repo stars](https://img.shields.io/github/stars/wusize/Harmon?style=social) | arXiv | 2025/03/27 | [Github](https://github.com/wusize/Harmon) | [Demo](https://huggingface.co/spaces/wusize/Harmon) |',
      '| UGen | [UGen: Unified](https://arxiv.org/abs/2503.21193) | arXiv | 2025/03/27 | -    | -    |',
    ];
    expect(like(samples, 'row', paper(), [project], columns)).toBe(
      '| GPT-ImgEval | [GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation](https://arxiv.org/abs/2504.02782) | arXiv | 2025/04/03 | - | - |',
    );
    expect(like(samples, 'row', paper({ title: 'A | B: C' }), [code], columns)).toContain(
      '| GPT-ImgEval | [A \\| B: C](https://arxiv.org/abs/2504.02782) ![GitHub Repo stars](https://img.shields.io/github/stars/PicoTrex/GPT-ImgEval?style=social) |',
    );
  });

  it('names a paper, or its authors where the list writes those for a paper with no name', () => {
    const samples = ['### 1. A\n*GAPS, arXiv 2024*\n\n[📄 Paper](https://arxiv.org/abs/2412.16656)'];
    expect(like(samples, 'heading', paper(), []).split('\n')[1]).toBe('*GPT-ImgEval, arXiv 2025*');
    expect(like(samples, 'heading', paper({ title: 'Understanding Things' }), []).split('\n')[1]).toBe(
      '*Yan et al., arXiv 2025*',
    );
  });

  it('refuses an id that is not an arXiv id, as it would go into a URL', () => {
    expect(() => like(SEED, 'heading', paper({ arxivId: '2504.02782/../x' }), [])).toThrow('Cannot link to');
  });
});

describe('the built-in formats, for a section with no entries and none near it', () => {
  const EMPTY = '# L\n\n## Papers\n\n## End\n';

  it('details (the seed format): heading, authors, abstract block, blank line, links; no image', () => {
    const links: FoundLink[] = [
      { kind: 'dataset', url: 'https://huggingface.co/datasets/Yejy53/GPT-ImgEval', source: 'comment' },
      code,
      { kind: 'code', url: 'https://github.com/other/second', source: 'comment' },
      project,
      { kind: 'model', url: 'https://huggingface.co/org/model', source: 'comment' },
      { kind: 'demo', url: 'https://huggingface.co/spaces/org/demo', source: 'comment' },
    ];
    expect(intoEmpty(EMPTY, '{}', paper(), links)).toContain(
      [
        '## Papers',
        '',
        '### 1. GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation',
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
        '## End',
      ].join('\n'),
    );
  });

  it('keeps a title that starts like a number from reading as one in an unnumbered heading', () => {
    const text = '## Papers\n### A Paper\n[p](https://arxiv.org/abs/2501.00001)\n';
    expect(intoEmpty(text, '{}', paper({ title: '3. Results on X' }), [])).toContain(
      '### 3\\. Results on X\n',
    );
  });

  it('bullet: `- [Title](abs link) — First Author et al., Mon YYYY` with the file own marker', () => {
    const text =
      '# L\n\n## Tools\n* [A tool](https://example.org/a)\n* [B tool](https://example.org/b)\n\n## Papers\n';
    expect(intoEmpty(text, 'list: { style: bullet }', paper(), [code])).toContain(
      '## Papers\n\n* [GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation](https://arxiv.org/abs/2504.02782) — Zhiyuan Yan et al., Apr 2025\n',
    );
  });

  it('table: a row into the section table, by its headers', () => {
    const text =
      '## Papers\n| Method | Paper | First Author | Conference | Release | GitHub | Website | Data | Notes |\n|:-|:-|:-|:-|:-|:-|:-|:-|:-|\n';
    expect(intoEmpty(text, '{}', paper(), [code])).toContain(
      '| GPT-ImgEval | [GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation](https://arxiv.org/abs/2504.02782) | ' +
        'Zhiyuan Yan, Junyan Ye, Weijia Li | arXiv | 2025-04-03 | [Code](https://github.com/PicoTrex/GPT-ImgEval) | - | - | - |\n',
    );
  });

  it('says so when the table format is asked for and the section has no table', () => {
    expect(() => intoEmpty(EMPTY, 'list: { style: table }', paper(), [])).toThrow(
      'has no table to add rows to',
    );
  });

  it('takes the nearest section own entries before a built-in format', () => {
    const text =
      '## Papers\n\n## Tools\n- [Tool](https://arxiv.org/abs/2501.00001), Ada Lovelace et al., Arxiv 2025\n';
    expect(intoEmpty(text, '{}', paper(), [])).toContain(
      '## Papers\n\n- [GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation](https://arxiv.org/abs/2504.02782), Zhiyuan Yan et al., Arxiv 2025\n',
    );
  });
});
