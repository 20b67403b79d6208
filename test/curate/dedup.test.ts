import { describe, expect, it } from '@jest/globals';
import { dedup, simpleNormaliseTitle, type DedupMemory } from '../../src/curate/dedup.js';
import { paper } from './papers.js';

const EMPTY: DedupMemory = {
  listedIds: new Set(),
  listedTitles: new Map(),
  openPr: new Set(),
  rejected: new Map(),
  ignore: [],
  allow: [],
};

const A = paper({ arxivId: '2504.02782', title: 'GPT-ImgEval: A Comprehensive Benchmark' });

describe('dedup', () => {
  it.each<[string, Partial<DedupMemory>, string | null, string | null]>([
    ['keeps a paper nobody knows', {}, null, null],
    ['listed by id', { listedIds: new Set(['2504.02782']) }, 'listed', 'already in the list (2504.02782)'],
    [
      'listed by normalised title',
      {
        listedTitles: new Map([
          ['gpt imgeval a comprehensive benchmark', 'GPT-ImgEval: a comprehensive benchmark'],
        ]),
      },
      'listed',
      'listed as "GPT-ImgEval: a comprehensive benchmark"',
    ],
    [
      'in the open PR',
      { openPr: new Set(['2504.02782']) },
      'in-open-pr',
      'already proposed in the open pull request',
    ],
    [
      'rejected, with how',
      { rejected: new Map([['2504.02782', 'rejected in PR #12']]) },
      'rejected',
      'rejected in PR #12',
    ],
    ['ignored by config', { ignore: ['2504.02782'] }, 'rejected', 'ignored by config'],
    [
      'listed beats rejected',
      { listedIds: new Set(['2504.02782']), rejected: new Map([['2504.02782', 'rejected in PR #12']]) },
      'listed',
      'already in the list (2504.02782)',
    ],
    [
      'in the open PR beats rejected',
      { openPr: new Set(['2504.02782']), rejected: new Map([['2504.02782', 'rejected in PR #3']]) },
      'in-open-pr',
      'already proposed in the open pull request',
    ],
    [
      'allow undoes a rejection',
      { rejected: new Map([['2504.02782', 'rejected in PR #12']]), allow: ['2504.02782'] },
      null,
      null,
    ],
    ['allow undoes an ignore', { ignore: ['2504.02782'], allow: ['2504.02782'] }, null, null],
    [
      'allow does not undo a listing',
      { listedIds: new Set(['2504.02782']), allow: ['2504.02782'] },
      'listed',
      'already in the list (2504.02782)',
    ],
  ])('%s', (_name, memory, decision, detail) => {
    const { kept, dropped } = dedup([A], { ...EMPTY, ...memory });
    if (decision === null) {
      expect(kept).toEqual([A]);
      expect(dropped).toEqual([]);
    } else {
      expect(kept).toEqual([]);
      expect(dropped).toEqual([{ paper: A, score: 0, reasons: [], links: [], decision, detail }]);
    }
  });

  it('keeps the input order of what it keeps', () => {
    const B = paper({ arxivId: '2504.00001', title: 'B' });
    const C = paper({ arxivId: '2503.00001', title: 'C' });
    const { kept } = dedup([B, A, C], { ...EMPTY, openPr: new Set(['2504.02782']) });
    expect(kept.map((p) => p.arxivId)).toEqual(['2504.00001', '2503.00001']);
  });

  it('uses the given title normaliser', () => {
    const memory = { ...EMPTY, listedTitles: new Map([['GPTIMGEVALACOMPREHENSIVEBENCHMARK', 'Listed']]) };
    const shout = (title: string) => title.toUpperCase().replace(/[^A-Z]/g, '');
    expect(dedup([A], memory, shout).dropped[0]?.detail).toBe('listed as "Listed"');
    expect(dedup([A], memory).dropped).toEqual([]);
  });
});

describe('simpleNormaliseTitle', () => {
  it.each([
    ['GPT-ImgEval: A  Benchmark!', 'gpt imgeval a benchmark'],
    ['  Ｕｎｉｆｉｅｄ\nModels ', 'unified models'],
  ])('%j → %j', (title, expected) => {
    expect(simpleNormaliseTitle(title)).toBe(expected);
  });
});
