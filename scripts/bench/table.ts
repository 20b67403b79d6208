export interface Row {
  figure: string;
  value: string;
  /** '—' when the figure has no target. */
  target: string;
  /** null when there is no target to meet. */
  ok: boolean | null;
}

/** One plain-text table: figure, value, target, and ok or MISSED; then how many targets were met. */
export function renderTable(
  rows: readonly Row[],
  header: readonly string[],
  footer: readonly string[],
): string {
  const width = (pick: (r: Row) => string, title: string) =>
    Math.max(title.length, ...rows.map((r) => pick(r).length));
  const widths = [
    width((r) => r.figure, 'figure'),
    width((r) => r.value, 'value'),
    width((r) => r.target, 'target'),
  ];
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i < widths.length ? cell.padEnd(widths[i]!) : cell))
      .join('  ')
      .trimEnd();
  const out = [
    ...header,
    '',
    line(['figure', 'value', 'target', 'ok']),
    line(widths.map((w) => '-'.repeat(w)).concat('------')),
    ...rows.map((r) => line([r.figure, r.value, r.target, r.ok === null ? '' : r.ok ? 'ok' : 'MISSED'])),
    '',
    `${rows.filter((r) => r.ok === true).length} targets met, ${rows.filter((r) => r.ok === false).length} MISSED, ` +
      `${rows.filter((r) => r.ok === null).length} figures without a target`,
    ...footer,
  ];
  return `${out.join('\n')}\n`;
}

/** `1.23 s (1.10–1.40), 7 runs`: the median, then the fastest and the slowest run. */
export function spreadText(
  { median, min, max }: { median: number; min: number; max: number },
  runs: number,
  unit: 's' | 'ms' = 's',
): string {
  const n = (ms: number): string => (unit === 's' ? (ms / 1000).toFixed(2) : ms.toFixed(0));
  return `${n(median)} ${unit} (${n(min)}–${n(max)}), ${runs} run${runs === 1 ? '' : 's'}`;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const kb = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
