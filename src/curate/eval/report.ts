import type { EvalReport, FoldFigures } from './evaluate.js';
import type { RunFigures } from './run-figures.js';

/** What the report says about the set-up, besides the figures. */
export interface ReportContext {
  profile: string;
  corpusPath: string;
  listPath: string | null;
  /** List entries with an abstract (the rest are compared by title). */
  listWithAbstracts: number;
  phrases: number;
  categories: string[];
  /** Length of the longest query URL and how many queries the phrases need (SPEC §2: one, under 2,000). */
  queryUrlLength: number;
  queries: number;
  similarityWeight: number;
}

const WIDTH = 100;

/** Wraps prose at word boundaries; continuation lines get `indent`. */
export function wrap(text: string, indent = '', width = WIDTH): string[] {
  const lead = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = lead;
  for (const word of text.trim().split(/ +/)) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line.trim() === '' ? line + word : `${line} ${word}`;
    }
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}

const n = (value: number): string => value.toLocaleString('en-US');
const f3 = (value: number): string => value.toFixed(3);
const f1 = (value: number): string => value.toFixed(1);

function figuresLine(run: RunFigures): string[] {
  return [
    `  precision ${f3(run.precision)}   recall ${f3(run.recall)}   F1 ${f3(run.f1)}   average precision ${f3(run.averagePrecision)}`,
    `  proposed ${n(run.proposed)}: ${n(run.truePositives)} on, ${n(run.proposedNear)} near, ${n(run.proposedOff)} off` +
      `   (missed: ${n(run.falseNegatives)} of ${n(run.positives)} on)`,
  ];
}

const FOLD_COLUMNS: [title: string, width: number, cell: (f: FoldFigures | RunFigures) => string][] = [
  ['papers', 7, (f) => n(f.measured)],
  ['on', 4, (f) => n(f.positives)],
  ['listed', 7, (f) => ('listedMemory' in f ? n(f.listedMemory) : '')],
  ['rejected', 9, (f) => ('rejectedMemory' in f ? n(f.rejectedMemory) : '')],
  ['threshold', 10, (f) => f1(f.threshold)],
  ['precision', 10, (f) => f3(f.precision)],
  ['recall', 7, (f) => f3(f.recall)],
  ['F1', 6, (f) => f3(f.f1)],
  ['AP', 6, (f) => f3(f.averagePrecision)],
  ['near', 5, (f) => n(f.proposedNear)],
  ['off', 4, (f) => n(f.proposedOff)],
  ['query R', 8, (f) => f3(f.queryRecall)],
];

function foldRow(label: string, figures: FoldFigures | RunFigures): string {
  return (
    `  ${label.padEnd(4)}` + FOLD_COLUMNS.map(([, width, cell]) => cell(figures).padStart(width)).join('')
  );
}

function foldHeader(): string {
  return `  ${'fold'.padEnd(4)}` + FOLD_COLUMNS.map(([title, width]) => title.padStart(width)).join('');
}

/** The eval's result as a plain-text block, made to be pasted into a closing note. */
export function formatEvalReport(report: EvalReport, context: ReportContext): string {
  const { main, labels } = report;
  const memory =
    context.listPath === null
      ? 'no list memory: keywords and categories only'
      : `similarity memory: the ${n(report.listMemory)} entries of ${context.listPath} ` +
        `(${n(context.listWithAbstracts)} with abstracts; similarity weight ${context.similarityWeight})`;
  const lines = [
    `arxiv-curator eval — profile ${context.profile}`,
    ...wrap(
      `corpus ${context.corpusPath}: ${n(report.corpusSize)} papers (${n(labels.on)} on, ${n(labels.near)} near, ` +
        `${n(labels.off)} off); scorer input: title, abstract, categories ` +
        `(${n(report.withoutCategories)} papers have no categories)`,
      '  ',
    ),
  ];
  if (context.listPath !== null) {
    lines.push(
      `${n(report.alreadyListed)} corpus papers already in the list are left out of every figure ` +
        `(${n(main.measured)} measured)`,
    );
  }
  lines.push(
    '',
    ...wrap(`Main — threshold ${f1(main.threshold)} (the profile's), ${memory}`, '  '),
    ...figuresLine(main),
    ...wrap(
      `  query stage: ${context.phrases} phrases over ti/abs AND (${context.categories.join(' OR ')}); ` +
        `${context.queries} quer${context.queries === 1 ? 'y' : 'ies'}, longest URL ${n(context.queryUrlLength)} ` +
        'of 2,000 characters',
      '    ',
    ),
    ...wrap(
      `  the query returns ${n(report.queryReturns)} of ${n(main.measured)} papers; query-stage recall ` +
        `${f3(main.queryRecall)} (papers without categories judged on phrases alone)`,
      '    ',
    ),
    `  end to end (returned by the query and proposed): recall ${f3(main.endToEndRecall)}`,
  );
  if (report.foldMean !== null) lines.push('', ...foldLines(report, context, report.foldMean));
  return lines.join('\n');
}

function foldLines(report: EvalReport, context: ReportContext, mean: RunFigures): string[] {
  return [
    ...wrap(
      `${report.foldCount} folds — stratified by label, seed ${report.seed}. Per fold, from the other ` +
        `${report.foldCount - 1} folds only: their on papers` +
        (context.listPath === null ? '' : ' and the list') +
        ' are the listed papers of the similarity memory, their near/off papers that the keyword score ' +
        'alone would propose are the rejected papers, and the threshold is the one with the best F1 on them ' +
        `(ties: nearest ${f1(report.main.threshold)}). Figures are on the held-out fold.`,
    ),
    foldHeader(),
    ...report.folds.map((fold) => foldRow(String(fold.fold), fold)),
    foldRow('mean', mean),
    '  (mean: precision, recall, F1, AP and query recall averaged over folds; papers, on, near, off summed)',
    ...(report.keywordFoldMean === null
      ? []
      : [
          foldRow('kw', report.keywordFoldMean),
          '  (kw: the same folds with keywords and categories only, no similarity memory, threshold fitted alike)',
        ]),
  ];
}
