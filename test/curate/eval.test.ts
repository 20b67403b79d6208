import { describe, expect, it } from '@jest/globals';
import { CorpusError, parseCorpus, type LabelledPaper } from '../../src/curate/eval/corpus.js';
import { evaluate } from '../../src/curate/eval/evaluate.js';
import { stratifiedFolds } from '../../src/curate/eval/folds.js';
import { averagePrecision, figures } from '../../src/curate/eval/metrics.js';
import { formatEvalReport } from '../../src/curate/eval/report.js';
import { scoring } from './papers.js';

const line = (
  arxivId: string | null,
  label: string,
  title: string,
  abstract = '',
  categories: string[] | null = null,
) =>
  JSON.stringify({
    arxivId,
    title,
    abstract,
    categories,
    topic_label: label,
    label_evidence: [{ label }],
    sources: ['x'],
  });

/** Scores with one term, "GPT-4o" weight 4: 6 in a title, 4 in an abstract; threshold 5. */
const CORPUS = [
  line('2501.00001', 'on', 'GPT-4o image editing'),
  line('2501.00002', 'near', 'GPT-4o for 3D'),
  line('2501.00003', 'off', 'GPT-4o agents'),
  line('2501.00004', 'on', 'Autoregressive image generation', 'Compared with GPT-4o.'),
  line('2501.00005', 'off', 'Proteins', 'Folding.', ['q-bio.BM']),
  line('2501.00006', 'on', 'Unified models'),
].join('\n');

const OPTIONS = {
  scoring: scoring({ minScore: 5, terms: [{ phrase: 'GPT-4o', weight: 4 }] }),
  categories: [],
  phrases: ['GPT-4o'],
  folds: 0,
};

describe('parseCorpus', () => {
  it('keeps the scorer inputs and the label, nothing else', () => {
    const [first] = parseCorpus(line(null, 'near', 'T', 'A', ['cs.CV', 'cs.AI']), 'c.jsonl');
    expect(first).toEqual({
      label: 'near',
      paper: {
        arxivId: 'line-1',
        version: 1,
        title: 'T',
        abstract: 'A',
        authors: [],
        categories: ['cs.CV', 'cs.AI'],
        primaryCategory: 'cs.CV',
        published: '',
        updated: '',
      },
    });
  });

  it.each([
    ['{"title": "x"', /c\.jsonl line 1: not valid JSON/],
    ['\n{"title": "x", "topic_label": "maybe"}', /c\.jsonl line 2: topic_label must be one of on, near, off/],
    ['{"topic_label": "on"}', /c\.jsonl line 1: title must be a string/],
    ['[1]', /c\.jsonl line 1: expected a JSON object/],
    ['"text"', /c\.jsonl line 1: expected a JSON object/],
    ['\n\n', /c\.jsonl: no papers/],
  ])('rejects %j clearly', (text, message) => {
    expect(() => parseCorpus(text, 'c.jsonl')).toThrow(CorpusError);
    expect(() => parseCorpus(text, 'c.jsonl')).toThrow(message);
  });
});

describe('metrics', () => {
  it.each([
    [{ truePositives: 1, falsePositives: 2, falseNegatives: 2 }, 1 / 3, 1 / 3, 1 / 3],
    [{ truePositives: 3, falsePositives: 1, falseNegatives: 0 }, 0.75, 1, 6 / 7],
    [{ truePositives: 0, falsePositives: 0, falseNegatives: 4 }, 1, 0, 0],
  ])('figures(%j)', (counts, precision, recall, f1) => {
    const result = figures(counts);
    expect(result.precision).toBeCloseTo(precision, 12);
    expect(result.recall).toBeCloseTo(recall, 12);
    expect(result.f1).toBeCloseTo(f1, 12);
  });

  it.each<[boolean[], number]>([
    [[true, false, false, true, false, true], (1 + 2 / 4 + 3 / 6) / 3],
    [[true, true, false], 1],
    [[false, false, true], 1 / 3],
    [[false, false], 1],
  ])('averagePrecision(%j)', (ranked, expected) => {
    expect(averagePrecision(ranked)).toBeCloseTo(expected, 12);
  });
});

describe('evaluate', () => {
  const corpus = parseCorpus(CORPUS, 'synthetic');

  it('measures the profile at its threshold: counts, precision, recall, F1, AP, query recall', () => {
    const report = evaluate(corpus, OPTIONS);
    expect(report.main).toMatchObject({
      threshold: 5,
      truePositives: 1,
      falsePositives: 2,
      falseNegatives: 2,
      proposed: 3,
      proposedNear: 1,
      proposedOff: 1,
      measured: 6,
      positives: 3,
    });
    expect(report.main.precision).toBeCloseTo(1 / 3, 12);
    expect(report.main.recall).toBeCloseTo(1 / 3, 12);
    expect(report.main.f1).toBeCloseTo(1 / 3, 12);
    // Ranked 6, 6, 6, 4, 0, 0 (ties by id): the on papers come 1st, 4th and 6th.
    expect(report.main.averagePrecision).toBeCloseTo((1 + 2 / 4 + 3 / 6) / 3, 12);
    expect(report.main.queryRecall).toBeCloseTo(2 / 3, 12);
    expect(report.main.endToEndRecall).toBeCloseTo(1 / 3, 12);
    expect(report).toMatchObject({
      corpusSize: 6,
      labels: { on: 3, near: 1, off: 2 },
      withoutCategories: 5,
      queryReturns: 4,
      alreadyListed: 0,
      folds: [],
      foldMean: null,
    });
  });

  it('with a list: listed papers leave the measurement, by id or by title', () => {
    const report = evaluate(corpus, {
      ...OPTIONS,
      list: [
        { arxivId: '2501.00001', title: 'Something else', abstract: null },
        { arxivId: null, title: 'GPT-4o agents!', abstract: null },
      ],
    });
    expect(report.alreadyListed).toBe(2);
    expect(report.main.measured).toBe(4);
    expect(report.main.truePositives).toBe(0);
    expect(report.main.falsePositives).toBe(1);
  });

  it('folds: every paper is measured once; the other folds give the memory', () => {
    const report = evaluate(corpus, { ...OPTIONS, folds: 3, seed: 7 });
    expect(report.folds).toHaveLength(3);
    expect(report.folds.reduce((sum, f) => sum + f.measured, 0)).toBe(6);
    for (const fold of report.folds) expect(fold.listedMemory).toBe(3 - fold.positives);
    expect(report.foldMean?.measured).toBe(6);
  });
});

describe('stratifiedFolds', () => {
  const corpus: LabelledPaper[] = parseCorpus(
    Array.from({ length: 30 }, (_, i) =>
      line(`2501.${String(i).padStart(5, '0')}`, ['on', 'near', 'off'][i % 3]!, `T${i}`),
    ).join('\n'),
    's',
  );

  it('deals each label evenly, the same way every time and whatever the input order', () => {
    const folds = stratifiedFolds(corpus, 5, 1);
    for (const fold of folds) {
      expect(fold.filter((p) => p.label === 'on')).toHaveLength(2);
      expect(fold).toHaveLength(6);
    }
    const ids = (f: LabelledPaper[][]) => f.map((fold) => fold.map((p) => p.paper.arxivId));
    expect(ids(stratifiedFolds([...corpus].reverse(), 5, 1))).toEqual(ids(folds));
    expect(ids(stratifiedFolds(corpus, 5, 2))).not.toEqual(ids(folds));
  });
});

describe('formatEvalReport', () => {
  it('prints the figures in a block that can be pasted', () => {
    const report = evaluate(parseCorpus(CORPUS, 'synthetic'), { ...OPTIONS, folds: 2 });
    const text = formatEvalReport(report, {
      profile: 'test',
      corpusPath: 'synthetic.jsonl',
      listPath: null,
      listWithAbstracts: 0,
      phrases: 1,
      categories: ['cs.CV'],
      queryUrlLength: 321,
      queries: 1,
      similarityWeight: 3,
    });
    expect(text).toContain('corpus synthetic.jsonl: 6 papers (3 on, 1 near, 2 off)');
    expect(text).toContain('precision 0.333   recall 0.333   F1 0.333   average precision 0.667');
    expect(text).toContain('proposed 3: 1 on, 1 near, 1 off   (missed: 2 of 3 on)');
    expect(text).toContain('query-stage recall 0.667');
    expect(text).toContain('1 query, longest URL 321 of 2,000 characters');
    expect(text).toMatch(/^ {2}mean /m);
    for (const row of text.split('\n')) expect(row.length).toBeLessThanOrEqual(110);
  });
});
