export interface Row {
  /** Rows with the same section are printed under one heading, in order of first appearance. */
  section: string;
  measure: string;
  figure: string;
  target: string;
  /** null when there is no target to meet. */
  ok: boolean | null;
}

/** One plain-text table: sections as headings, columns aligned with spaces, ✓/✗ last. */
export function renderTable(rows: readonly Row[], header: readonly string[]): string {
  const widths = {
    measure: Math.max(...rows.map((r) => r.measure.length), 'measure'.length),
    figure: Math.max(...rows.map((r) => r.figure.length), 'figure'.length),
    target: Math.max(...rows.map((r) => r.target.length), 'target'.length),
  };
  const line = (measure: string, figure: string, target: string, mark: string): string =>
    `  ${measure.padEnd(widths.measure)}  ${figure.padStart(widths.figure)}  ${target.padEnd(widths.target)}  ${mark}`.trimEnd();
  const out = [...header, '', line('measure', 'figure', 'target', 'ok')];
  const sections = [...new Set(rows.map((r) => r.section))];
  for (const section of sections) {
    out.push(section);
    for (const r of rows.filter((row) => row.section === section)) {
      out.push(line(r.measure, r.figure, r.target, r.ok === null ? '' : r.ok ? '✓' : '✗'));
    }
  }
  const missed = rows.filter((r) => r.ok === false).length;
  const met = rows.filter((r) => r.ok === true).length;
  out.push(
    '',
    `${met} targets met, ${missed} missed, ${rows.filter((r) => r.ok === null).length} figures without a target`,
  );
  return `${out.join('\n')}\n`;
}
