import { describe, expect, it } from '@jest/globals';
import { arxivLinks, ArxivLinkIndex, findArxivIds, firstArxivId } from '../../src/list/arxiv-links.js';
import { splitLines } from '../../src/list/lines.js';

describe('arXiv ids a list links to (SPEC §3 "listed")', () => {
  it.each([
    ['abs link', '[x](https://arxiv.org/abs/2504.02782)', ['2504.02782']],
    ['pdf link', 'https://arxiv.org/pdf/2504.02782', ['2504.02782']],
    ['pdf link with .pdf', 'https://arxiv.org/pdf/2504.02782.pdf', ['2504.02782']],
    ['versioned pdf with .pdf', 'https://arxiv.org/pdf/2504.02782v3.pdf', ['2504.02782']],
    ['versioned abs', 'https://arxiv.org/abs/2505.14682v1', ['2505.14682']],
    ['html link', 'https://arxiv.org/html/2504.02782v2#S3', ['2504.02782']],
    ['www.', 'https://www.arxiv.org/abs/2412.16656', ['2412.16656']],
    ['export.', 'http://export.arxiv.org/abs/2504.02782', ['2504.02782']],
    ['no scheme', 'arxiv.org/abs/2504.02782', ['2504.02782']],
    [
      'ar5iv',
      'https://ar5iv.labs.arxiv.org/html/2310.00001 and https://ar5iv.org/abs/2310.00002',
      ['2310.00001', '2310.00002'],
    ],
    ['arXiv: prefix', 'journal={arXiv preprint arXiv:2505.02567}', ['2505.02567']],
    ['arXiv: with a space and a version', 'arXiv: 2505.02567v2', ['2505.02567']],
    ['Hugging Face papers', 'https://huggingface.co/papers/2505.02567', ['2505.02567']],
    ['alphaXiv', 'https://www.alphaxiv.org/abs/2504.02782', ['2504.02782']],
    ['arXiv DOI', 'https://doi.org/10.48550/arXiv.2504.02782', ['2504.02782']],
    ['4-digit number (2007–2014)', 'https://arxiv.org/abs/0704.0001', ['0704.0001']],
    ['old style', 'https://arxiv.org/abs/hep-th/9901001v2', ['hep-th/9901001']],
    ['old style with subject class', 'https://arxiv.org/pdf/math.GT/0309136.pdf', ['math.GT/0309136']],
    ['old style, odd case', 'arXiv:HEP-TH/9901001', ['hep-th/9901001']],
    ['old style, arXiv: prefix', 'arXiv:cond-mat/0412498', ['cond-mat/0412498']],
    [
      'several',
      '[a](https://arxiv.org/abs/2501.00001) [b](https://arxiv.org/pdf/2501.00002) [a again](https://arxiv.org/abs/2501.00001v2)',
      ['2501.00001', '2501.00002'],
    ],
    [
      'listing pages are not papers',
      'https://arxiv.org/list/cs.CV/recent https://arxiv.org/list/cs.CV/2504',
      [],
    ],
    ['another DOI is not an id', 'https://doi.org/10.1109/CVPR52729.2023.01234', []],
    ['a bare number is not an id', 'see 2504.02782 and 2023.01234', []],
    ['a badge label is not a link form', 'https://img.shields.io/badge/arXiv-2505.02567-b31b1b.svg', []],
    ['a longer number is not cut to an id', 'https://arxiv.org/abs/2504.027821', []],
    ['search pages are not papers', 'https://arxiv.org/a/doe_j_1 https://arxiv.org/search/?query=x', []],
  ])('%s', (_name, text, ids) => {
    expect([...findArxivIds(text)]).toEqual(ids);
  });

  it('tells abs, pdf and html links apart from the other forms', () => {
    const kinds = [
      ...arxivLinks(
        'https://arxiv.org/abs/2501.00001 https://arxiv.org/pdf/2501.00002 https://arxiv.org/html/2501.00003 arXiv:2501.00004 https://ar5iv.org/abs/2501.00005',
      ),
    ].map((link) => link.kind);
    expect(kinds).toEqual(['abs', 'pdf', 'html', 'other', 'other']);
  });
});

describe('ArxivLinkIndex: the links of a whole text, asked about runs of its lines', () => {
  const text = [
    'arXiv:2501.00001 opens the text',
    '- [A](https://arxiv.org/pdf/2501.00002) and https://arxiv.org/abs/2501.00003',
    'no link here, only 2501.00004',
    'arXiv:2501.00005',
    '| [B](https://huggingface.co/papers/2501.00006) | https://arxiv.org/abs/2501.00007v2 |',
  ].join('\n');
  const { starts, ends } = splitLines(text);
  const index = new ArxivLinkIndex(text);
  const runs = starts.flatMap((_, from) => ends.slice(from).map((_, k) => [from, from + k] as const));

  it.each(runs)('lines %i to %i: the same first id and links as the lines alone', (from, to) => {
    const part = text.slice(starts[from], ends[to]);
    expect(index.firstId(starts[from]!, ends[to]!)).toBe(firstArxivId(part));
    expect(index.within(starts[from]!, ends[to]!).map((l) => [l.arxivId, l.kind])).toEqual(
      [...arxivLinks(part)].map((l) => [l.arxivId, l.kind]),
    );
  });

  it('knows every id of the text', () => {
    expect(index.ids()).toEqual(findArxivIds(text));
  });
});
