import { describe, expect, it } from '@jest/globals';
import {
  builtInBackground,
  packBackground,
  unpackBackground,
  type Background,
} from '../../src/curate/background.js';
import { buildSimilarityIndex, MAX_POSTING_SHARE, PRUNE_FROM } from '../../src/curate/similarity.js';
import { QUERY_TERMS } from '../../src/curate/term-weights.js';
import { tokenize } from '../../src/curate/terms.js';
import { prepareText } from '../../src/curate/words.js';
import { entry } from './papers.js';

const FLAT: Background = { documents: 1000, df: new Map() };
const prepared = (title: string, abstract = '') => ({
  title: prepareText(title).joined.words,
  abstract: prepareText(abstract).joined.words,
});

describe('tokenize', () => {
  it('drops function words, boilerplate and bare numbers, joins hyphens, folds plurals', () => {
    expect(
      tokenize(
        'We propose a novel auto-regressive model for 256 images and studies of its tokens, with analysis.',
      ),
    ).toEqual(['autoregressive', 'model', 'image', 'study', 'token', 'analysis']);
  });
});

describe('buildSimilarityIndex', () => {
  const listed = [
    entry(
      '2504.00001',
      'Autoregressive image generation with visual tokenizers',
      'Tokenizers for autoregressive image generation.',
    ),
    entry(
      '2504.00002',
      'Unified multimodal understanding and generation',
      'A unified model that understands and generates images.',
    ),
  ];
  const rejected = [
    entry('2504.00003', 'Gaussian splatting for avatars', 'Avatars from Gaussian splatting and video.'),
  ];

  it('finds the nearest listed and rejected entries, with a cosine in [0, 1]', () => {
    const index = buildSimilarityIndex(listed, rejected, FLAT);
    const found = index.nearest(prepared('Scaling visual tokenizers for autoregressive image generation'));
    expect(found.listed?.entry.arxivId).toBe('2504.00001');
    expect(found.listed!.similarity).toBeGreaterThan(0.3);
    expect(found.listed!.similarity).toBeLessThanOrEqual(1);
    expect(found.rejected).toBeNull();
    expect(index.size).toBe(3);
  });

  it('an identical text has similarity 1, unless its id is excluded', () => {
    const index = buildSimilarityIndex(listed, [], FLAT);
    const same = prepared(listed[1]!.title, listed[1]!.abstract!);
    expect(index.nearest(same).listed!.similarity).toBeCloseTo(1, 10);
    expect(index.nearest(same, '2504.00002').listed?.entry.arxivId).toBe('2504.00001');
  });

  it('compares title-only entries with the candidate title alone', () => {
    const index = buildSimilarityIndex(
      [entry(null, 'Unified multimodal understanding and generation')],
      [],
      FLAT,
    );
    const found = index.nearest(
      prepared('Unified multimodal understanding and generation', 'Long unrelated abstract words here.'),
    );
    expect(found.listed!.similarity).toBeCloseTo(1, 10);
  });

  it('breaks ties by id, not by list order', () => {
    const twins = [entry('2505.00009', 'Same words here'), entry('2505.00001', 'Same words here')];
    const a = buildSimilarityIndex(twins, [], FLAT).nearest(prepared('Same words here'));
    const b = buildSimilarityIndex([...twins].reverse(), [], FLAT).nearest(prepared('Same words here'));
    expect(a.listed?.entry.arxivId).toBe('2505.00001');
    expect(b.listed?.entry.arxivId).toBe('2505.00001');
  });

  it('weighs words by the background: a shared common word counts less than a shared rare one', () => {
    const background: Background = { documents: 1000, df: new Map([['model', 900]]) };
    const index = buildSimilarityIndex([entry('1', 'model alpha'), entry('2', 'model beta')], [], background);
    const common = index.nearest(prepared('model gamma')).listed!.similarity;
    const rare = index.nearest(prepared('alpha gamma')).listed!.similarity;
    expect(rare).toBeGreaterThan(common);
  });

  it('uses at most QUERY_TERMS words of a query', () => {
    const words = Array.from(
      { length: QUERY_TERMS + 10 },
      (_, i) => `w${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    const index = buildSimilarityIndex([entry('1', words.slice(QUERY_TERMS).join(' '))], [], FLAT);
    // Equal weights: the cut keeps the alphabetically first QUERY_TERMS words, which the entry lacks.
    const sorted = [...words].sort();
    const tail = buildSimilarityIndex([entry('1', sorted.slice(QUERY_TERMS).join(' '))], [], FLAT);
    expect(tail.nearest(prepared(words.join(' '))).listed).toBeNull();
    expect(index.size).toBe(1);
  });

  it('in a large memory, skips words most of its papers use', () => {
    const many = Array.from({ length: PRUNE_FROM }, (_, i) =>
      entry(`2501.${String(i).padStart(5, '0')}`, `ubiquitous w${i}x`),
    );
    const index = buildSimilarityIndex(many, [], FLAT);
    expect(MAX_POSTING_SHARE).toBeLessThan(1);
    expect(index.nearest(prepared('ubiquitous')).listed).toBeNull();
    const found = index.nearest(prepared('ubiquitous w7x'));
    expect(found.listed?.entry.arxivId).toBe('2501.00007');
    // The skipped word still counts in both norms: half of the exact cosine of 1 is left.
    expect(found.listed!.similarity).toBeCloseTo(0.5, 10);
    const small = buildSimilarityIndex(many.slice(0, PRUNE_FROM - 1), [], FLAT);
    expect(small.nearest(prepared('ubiquitous w7x')).listed!.similarity).toBeCloseTo(1, 10);
  });

  it('with an empty memory finds nothing', () => {
    expect(buildSimilarityIndex([], [], FLAT).nearest(prepared('anything'))).toEqual({
      listed: null,
      listedTop: [],
      rejected: null,
    });
  });
});

describe('background', () => {
  it('packs and unpacks document frequencies, leaving out rare words', () => {
    const df = new Map([
      ['image', 120],
      ['model', 300],
      ['generation', 120],
      ['rare', 2],
    ]);
    const table = packBackground(df, 5);
    expect(table).toBe('300:model|120:generation image');
    expect(unpackBackground(1000, table)).toEqual({
      documents: 1000,
      df: new Map([
        ['model', 300],
        ['generation', 120],
        ['image', 120],
      ]),
    });
  });

  it('ships a built-in sample of arXiv abstracts', () => {
    const background = builtInBackground();
    expect(background.documents).toBeGreaterThan(1000);
    expect(background.df.get('model')).toBeGreaterThan(background.df.get('autoregressive') ?? 0);
  });
});
