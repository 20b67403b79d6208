import type { EvalReport, FoldFigures, RunFigures } from './evaluate.js';

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

function foldRow(fold: FoldFigures): string {
  return [
    String(fold.fold).padStart(4),
    n(fold.measured).padStart(6),
    n(fold.positives).padStart(4),
    n(fold.listedMemory).padStart(7),
    n(fold.rejectedMemory).padStart(9),
    f1(fold.threshold).padStart(10),
    f3(fold.precision).padStart(10),
    f3(fold.recall).padStart(7),
    f3(fold.f1).padStart(6),
    f3(fold.averagePrecision).padStart(6),
    n(fold.proposedNear).padStart(5),
    n(fold.proposedOff).padStart(4),
    f3(fold.queryRecall).padStart(8),
  ].join(' ');
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
    '',
    ...wrap(
      `${report.foldCount} folds — stratified by label, seed ${report.seed}. Per fold, from the other ` +
        `${report.foldCount - 1} folds only: their on papers` +
        (context.listPath === null ? '' : ' and the list') +
        ' are the listed papers of the similarity memory, their near/off papers that the keyword score ' +
        'alone would propose are the rejected papers, and the threshold is the one with the best F1 on them ' +
        `(ties: nearest ${f1(main.threshold)}). Figures are on the held-out fold.`,
    ),
    '  fold papers   on  listed  rejected  threshold  precision recall     F1     AP  near  off  query R',
    ...report.folds.map(foldRow),
    [
      '  mean',
      n(report.foldMean.measured).padStart(6),
      n(report.foldMean.positives).padStart(4),
      ''.padStart(7),
      ''.padStart(9),
      f1(report.foldMean.threshold).padStart(10),
      f3(report.foldMean.precision).padStart(10),
      f3(report.foldMean.recall).padStart(7),
      f3(report.foldMean.f1).padStart(6),
      f3(report.foldMean.averagePrecision).padStart(6),
      n(report.foldMean.proposedNear).padStart(5),
      n(report.foldMean.proposedOff).padStart(4),
      f3(report.foldMean.queryRecall).padStart(8),
    ].join(' '),
    '  (mean: precision, recall, F1, AP and query recall averaged over folds; papers, on, near, off summed)',
  );
  return lines.join('\n');
}
