import type { RunFigures } from './run-figures.js';
import type { SplitReport } from './list-split.js';

const f3 = (value: number): string => value.toFixed(3);

function row(name: string, memory: string, run: RunFigures): string {
  return (
    `  ${name.padEnd(22)}${memory.padEnd(10)}` +
    [f3(run.precision), f3(run.recall), f3(run.f1), f3(run.averagePrecision)]
      .map((c) => c.padStart(8))
      .join('') +
    String(run.proposed).padStart(9) +
    f3(run.queryRecall).padStart(9)
  );
}

/** The rows of one split: each profile keyword-only and with the memory half, and what auto derived. */
export function formatSplit(report: SplitReport): string[] {
  const d = report.derivation;
  const lines = [
    d.ok
      ? `  auto: derived from ${d.papers} papers — ${d.profile.phrases.length} query phrases, ` +
        `${d.profile.terms.length} terms, threshold ${d.profile.minScore}`
      : `  auto: not derived (${d.reason})`,
    `  ${'profile'.padEnd(22)}${'memory'.padEnd(10)}${['P', 'R', 'F1', 'AP'].map((c) => c.padStart(8)).join('')}` +
      `${'proposed'.padStart(9)}${'query R'.padStart(9)}`,
  ];
  for (const r of report.rows) {
    lines.push(row(r.name, 'keywords', r.keywords), row(r.name, 'with list', r.withList));
  }
  return lines;
}
