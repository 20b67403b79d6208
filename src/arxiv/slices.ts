import type { ArxivWindow } from './window.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Slices shorter than this are paged instead of split (a burst of over 1,000 matches an hour). */
export const MIN_SPLIT_MS = 2 * HOUR_MS;
/**
 * Splits aim at this share of a page, so that slices whose papers cluster (weekdays,
 * conference deadlines) still usually fit in one request.
 */
const FILL = 0.8;

/** Whether a slice can be split into smaller ones (it is at least two hours long). */
export function canSplit(slice: ArxivWindow): boolean {
  return slice.to.getTime() - slice.from.getTime() >= MIN_SPLIT_MS;
}

/**
 * How many parts a slice with `totalResults` matches is cut into so each holds about 80% of a
 * page: proportional rather than halving, so a year-long backfill needs one level of splitting
 * in most cases instead of five.
 */
export function partsFor(totalResults: number, pageSize: number): number {
  return Math.max(2, Math.ceil(totalResults / (pageSize * FILL)));
}

/**
 * Cuts a slice into about `parts` consecutive slices on whole days (whole hours when a part
 * would be shorter than a day), newest first. A pure function of its arguments: the same window
 * and the same counts from arXiv always give the same slices, so a rerun after an interrupted
 * backfill asks exactly the same queries.
 */
export function splitWindow(slice: ArxivWindow, parts: number): ArxivWindow[] {
  const from = slice.from.getTime();
  const to = slice.to.getTime();
  const span = to - from;
  const unit = span / parts >= DAY_MS ? DAY_MS : HOUR_MS;
  const count = Math.max(1, Math.min(parts, Math.floor(span / unit)));
  const bounds = new Set<number>([from, to]);
  for (let i = 1; i < count; i++) {
    const bound = from + Math.round((span * i) / count / unit) * unit;
    if (bound > from && bound < to) bounds.add(bound);
  }
  const sorted = [...bounds].sort((a, b) => a - b);
  const slices: ArxivWindow[] = [];
  for (let i = sorted.length - 1; i > 0; i--) {
    slices.push({ from: new Date(sorted[i - 1]!), to: new Date(sorted[i]!) });
  }
  return slices;
}

/** `2026-05-01 – 2026-05-20` for whole days, with hours when the slice has them. */
export function describeSlice(slice: ArxivWindow): string {
  const wholeDays = slice.from.getTime() % DAY_MS === 0 && slice.to.getTime() % DAY_MS === 0;
  if (wholeDays) {
    const last = new Date(slice.to.getTime() - DAY_MS);
    const first = slice.from.toISOString().slice(0, 10);
    const end = last.toISOString().slice(0, 10);
    return first === end ? first : `${first} – ${end}`;
  }
  const at = (d: Date): string => `${d.toISOString().slice(0, 16).replace('T', ' ')}`;
  return `${at(slice.from)} – ${at(slice.to)} UTC`;
}
