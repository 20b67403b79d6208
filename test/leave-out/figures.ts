import type { LeaveOutResult } from './run-leave-out.js';

/** The three figures of a leave-out check, as fractions (null when nothing was proposed). */
export interface Figures {
  removed: number;
  proposed: number;
  /** Proposed / removed. */
  found: number;
  /** The same, of the removed papers served with a real abstract (from the corpus or the entry). */
  realAbstract: { removed: number; proposed: number };
  /** Of the proposed: landed in the section they were removed from. */
  rightSection: number | null;
  /** Of the proposed: the bot's entry has the maintainer's shape. */
  sameShape: number | null;
}

export function figures(result: LeaveOutResult): Figures {
  const removed = result.outcomes.length;
  const proposed = result.outcomes.filter((o) => o.proposed);
  const share = (n: number): number | null => (proposed.length === 0 ? null : n / proposed.length);
  const real = result.outcomes.filter((o) => o.abstract !== 'stand-in');
  return {
    removed,
    proposed: proposed.length,
    realAbstract: { removed: real.length, proposed: real.filter((o) => o.proposed).length },
    found: removed === 0 ? 0 : proposed.length / removed,
    rightSection: share(proposed.filter((o) => o.rightSection).length),
    sameShape: share(proposed.filter((o) => o.sameShape).length),
  };
}

const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(100 * x)} %`);

/** A table of the three figures, one row per list. */
export function figuresTable(results: LeaveOutResult[]): string {
  const rows = results.map((result) => {
    const f = figures(result);
    return [
      result.name,
      `${f.proposed}/${f.removed} (${pct(f.found)})`,
      `${f.realAbstract.proposed}/${f.realAbstract.removed}`,
      pct(f.rightSection),
      pct(f.sameShape),
      String(result.otherProposed),
    ];
  });
  const head = [
    'list',
    'found',
    'found, real abstract',
    'right section',
    'same shape',
    'distractors proposed',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Each removed paper that was not found, landed elsewhere, or was written differently. */
export function misses(result: LeaveOutResult): string[] {
  return result.outcomes.flatMap((o) => {
    if (!o.proposed)
      return [
        `${result.name}: ${o.arxivId} (${o.section}, abstract: ${o.abstract}) not proposed: ${o.decision}`,
      ];
    const out: string[] = [];
    if (!o.rightSection) out.push(`${result.name}: ${o.arxivId} from "${o.section}" went to "${o.landed}"`);
    if (o.shapes)
      out.push(
        `${result.name}: ${o.arxivId} shape differs\n    maintainer: ${o.shapes.maintainer.replace(/\n/g, '⏎')}\n    bot:        ${o.shapes.bot.replace(/\n/g, '⏎')}`,
      );
    return out;
  });
}
