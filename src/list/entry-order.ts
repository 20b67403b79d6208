import { compareArxivIds } from '../arxiv/ids.js';

/** Where `list.order` puts new entries: after the last entry, or before the first. */
export type Order = 'append' | 'prepend';

/** What the entries of a group show about their order. */
export interface EntryOrder {
  /** How their arXiv ids run, by most pairs of neighbours; null for fewer than two ids or a tie. */
  dates: 'newest-first' | 'oldest-first' | null;
  /** Their numbers (`### 12.`, `12.`) when most are numbered. */
  numbers: { highest: number; descending: boolean } | null;
}

export function entryOrder(
  entries: ReadonlyArray<{ arxivId: string | null; number: number | null }>,
): EntryOrder {
  const ids = entries.flatMap((e) => (e.arxivId === null ? [] : [e.arxivId]));
  let older = 0;
  let newer = 0;
  for (let i = 1; i < ids.length; i++) {
    const c = compareArxivIds(ids[i - 1]!, ids[i]!);
    if (c > 0) older++;
    else if (c < 0) newer++;
  }
  const numbers = entries.flatMap((e) => (e.number === null ? [] : [e.number]));
  return {
    dates: older === newer ? null : older > newer ? 'newest-first' : 'oldest-first',
    numbers:
      numbers.length > 0 && numbers.length * 2 >= entries.length
        ? { highest: Math.max(...numbers), descending: numbers.length > 1 && numbers[0]! > numbers.at(-1)! }
        : null,
  };
}

/** The number an entry's first line starts with: `### 12. Title`, `12. [Title](…)`, or null. */
export function entryNumber(firstLine: string): number | null {
  const match = /^(?: {0,3}#{1,6}[ \t]+|[ \t]*)(\d{1,9})[.)](?:[ \t]|$)/.exec(firstLine);
  return match ? Number(match[1]) : null;
}

/**
 * How new entries are placed: at the end, at the start, or each by its arXiv id among the entries.
 * An explicit `list.order` wins; numbered entries are never renumbered, so new ones continue the
 * numbers where they run to (the end when they ascend, even in a newest-first list); otherwise the
 * list's own order by date; otherwise the end.
 */
export type Placing = 'end' | 'start' | 'newest-first' | 'oldest-first';

export function placing(order: EntryOrder, explicit: Order | null): Placing {
  if (explicit !== null) return explicit === 'append' ? 'end' : 'start';
  if (order.numbers !== null) return order.numbers.descending ? 'start' : 'end';
  return order.dates ?? 'end';
}

/**
 * The index of the entry a paper goes before (`ids.length`: after the last). By id, a newest-first
 * group takes it before the first entry older than it, an oldest-first one after the last entry
 * (from the bottom) older than it; entries without an id are passed over.
 */
export function slotOf(arxivId: string, ids: ReadonlyArray<string | null>, how: Placing): number {
  if (how === 'end') return ids.length;
  if (how === 'start') return 0;
  if (how === 'newest-first') {
    const at = ids.findIndex((id) => id !== null && compareArxivIds(id, arxivId) < 0);
    return at < 0 ? ids.length : at;
  }
  const at = ids.findLastIndex((id) => id !== null && compareArxivIds(id, arxivId) < 0);
  return at + 1;
}

/** Papers sharing a slot, in the order the group runs (the newest first where it is at the top). */
export function slotOrder(how: Placing): (a: string, b: string) => number {
  return how === 'start' || how === 'newest-first' ? (a, b) => compareArxivIds(b, a) : compareArxivIds;
}
