import { describe, expect, it } from '@jest/globals';
import { findLinks } from '../../src/curate/links.js';
import type { FoundLink } from '../../src/types.js';

const code = (url: string, source: FoundLink['source'] = 'abstract'): FoundLink => ({
  kind: 'code',
  url,
  source,
});
const project = (url: string, source: FoundLink['source'] = 'abstract'): FoundLink => ({
  kind: 'project',
  url,
  source,
});

describe('findLinks', () => {
  it.each<[string, { abstract: string; comment?: string }, FoundLink[]]>([
    [
      'code at the end of a sentence',
      { abstract: 'Our code is available at https://github.com/PicoTrex/GPT-ImgEval.' },
      [code('https://github.com/PicoTrex/GPT-ImgEval')],
    ],
    [
      'a deep GitHub link trimmed to the repository, wrapping parentheses dropped',
      { abstract: 'Code (https://github.com/foo/bar/tree/main/src) is public.' },
      [code('https://github.com/foo/bar')],
    ],
    [
      'a .git suffix and a closing bracket',
      { abstract: '[https://github.com/foo/bar.git]' },
      [code('https://github.com/foo/bar')],
    ],
    [
      'a URL split after the host by whitespace collapsing',
      { abstract: 'Code: https://github.com/ Alpha-VLLM/Lumina-Image-2.0' },
      [code('https://github.com/Alpha-VLLM/Lumina-Image-2.0')],
    ],
    [
      'a URL split after the scheme',
      { abstract: 'see https:// github.com/foo/bar' },
      [code('https://github.com/foo/bar')],
    ],
    [
      'a bare github.com link gets https',
      { abstract: 'Code: github.com/a/b.' },
      [code('https://github.com/a/b')],
    ],
    [
      'GitLab, with subgroups, cut before /-/',
      { abstract: 'https://gitlab.com/group/sub/project/-/blob/main/train.py' },
      [code('https://gitlab.com/group/sub/project')],
    ],
    [
      'a GitHub Pages site is a project page',
      { abstract: 'Project page: https://xichenpan.github.io/metaquery/.' },
      [project('https://xichenpan.github.io/metaquery/')],
    ],
    [
      'any site introduced as the project page',
      { abstract: 'Project page: https://xichenpan.com/metaquery/ (with videos)' },
      [project('https://xichenpan.com/metaquery/')],
    ],
    [
      'a site introduced as a website',
      { abstract: 'Our website: http://example.org/site.' },
      [project('http://example.org/site')],
    ],
    [
      'Hugging Face datasets, spaces and models, trimmed to owner/name',
      {
        abstract:
          'Data: https://huggingface.co/datasets/Yejy53/GPT-ImgEval/tree/main, demo https://huggingface.co/spaces/a/b, ' +
          'weights huggingface.co/owner/model-7B; paper https://huggingface.co/papers/2504.02782',
      },
      [
        { kind: 'dataset', url: 'https://huggingface.co/datasets/Yejy53/GPT-ImgEval', source: 'abstract' },
        { kind: 'demo', url: 'https://huggingface.co/spaces/a/b', source: 'abstract' },
        { kind: 'model', url: 'https://huggingface.co/owner/model-7B', source: 'abstract' },
      ],
    ],
    [
      'the comment is searched too, and a link seen twice is kept once, where it was seen first',
      {
        abstract: 'Code: https://github.com/foo/bar',
        comment: 'CVPR 2026. Code: https://github.com/Foo/Bar/ Project page: https://foo.github.io/bar',
      },
      [code('https://github.com/foo/bar'), project('https://foo.github.io/bar', 'comment')],
    ],
    [
      // The comment of astro-ph/0601001 in the arXiv fixtures: a URL that is none of ours.
      'a URL that is not code, a project page or a dataset',
      {
        abstract: 'We search for transiting planets.',
        comment:
          '62 pages including 16 figures and 9 tables. Submitted to Acta Astronomica. Full resolution version at ' +
          'http://www.astronomy.ohio-state.edu/~gould/ogle_hot_jupiters.ps.gz',
      },
      [],
    ],
    [
      'only http and https',
      { abstract: 'ftp://github.com/a/b javascript:alert(1) file:///github.com/a/b' },
      [],
    ],
    [
      'GitHub pages that are not repositories',
      { abstract: 'https://github.com/orgs/foo https://github.com/foo https://github.com/' },
      [],
    ],
    ['no text at all', { abstract: '' }, []],
    [
      'links glued to words, after non-breaking spaces, and two in one word',
      {
        abstract:
          'see\u00a0github.com/a/b; code:<https://github.com/c/d><https://github.com/e/f> mail@github.com/g/h',
      },
      [code('https://github.com/a/b'), code('https://github.com/c/d'), code('https://github.com/e/f')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(findLinks(text)).toEqual(expected);
  });

  it('never throws, whatever the text', () => {
    const odd = [
      'http://[::1',
      'https://',
      'https://%zz/%',
      'github.com/\u0000/x',
      `https://github.com/${'a'.repeat(10000)}`,
    ];
    for (const abstract of odd) expect(() => findLinks({ abstract, comment: abstract })).not.toThrow();
  });
});
