import { describe, expect, it } from '@jest/globals';
import { canSplit, describeSlice, partsFor, splitWindow } from '../../src/arxiv/slices.js';
import type { ArxivWindow } from '../../src/arxiv/window.js';

const at = (iso: string): Date => new Date(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Slices must tile the window exactly: newest first, each ending where the next newer one starts. */
function expectTiling(slices: ArxivWindow[], window: ArxivWindow): void {
  expect(slices[0]!.to).toEqual(window.to);
  expect(slices.at(-1)!.from).toEqual(window.from);
  for (let i = 1; i < slices.length; i++) expect(slices[i]!.to).toEqual(slices[i - 1]!.from);
  for (const slice of slices) expect(slice.to.getTime()).toBeGreaterThan(slice.from.getTime());
}

describe('splitWindow', () => {
  it('cuts a year into whole-day slices of about equal length', () => {
    const year = { from: at('2025-11-26T00:00:00Z'), to: at('2026-11-27T00:00:00Z') };
    const slices = splitWindow(year, 19);
    expectTiling(slices, year);
    expect(slices).toHaveLength(19);
    for (const slice of slices) {
      expect(slice.from.getTime() % DAY).toBe(0);
      const days = (slice.to.getTime() - slice.from.getTime()) / DAY;
      expect(days).toBeGreaterThanOrEqual(19);
      expect(days).toBeLessThanOrEqual(20);
    }
  });

  it('cuts a day into whole hours', () => {
    const day = { from: at('2026-11-22T00:00:00Z'), to: at('2026-11-23T00:00:00Z') };
    const slices = splitWindow(day, 6);
    expectTiling(slices, day);
    expect(slices.map((s) => s.from.getUTCHours())).toEqual([20, 16, 12, 8, 4, 0]);
  });

  it('never cuts below an hour', () => {
    const short = { from: at('2026-11-22T06:00:00Z'), to: at('2026-11-22T09:00:00Z') };
    const slices = splitWindow(short, 50);
    expectTiling(slices, short);
    expect(slices).toHaveLength(3);
  });

  it('is a pure function of its arguments', () => {
    const window = { from: at('2026-06-01T00:00:00Z'), to: at('2026-11-27T00:00:00Z') };
    expect(splitWindow(window, 7)).toEqual(splitWindow(window, 7));
  });
});

describe('slice helpers', () => {
  it.each([
    [1001, 1000, 2],
    [15_000, 1000, 19],
    [30_000, 2000, 19],
    [51, 50, 2],
  ])('partsFor(%d results, page %d) = %d', (total, page, parts) => {
    expect(partsFor(total, page)).toBe(parts);
  });

  it('splits slices of two hours or more', () => {
    expect(canSplit({ from: at('2026-11-22T06:00:00Z'), to: at('2026-11-22T08:00:00Z') })).toBe(true);
    expect(canSplit({ from: at('2026-11-22T06:00:00Z'), to: at('2026-11-22T07:59:00Z') })).toBe(false);
  });

  it.each([
    ['2026-11-19T00:00:00Z', '2026-11-27T00:00:00Z', '2026-11-19 – 2026-11-26'],
    ['2026-11-26T00:00:00Z', '2026-11-27T00:00:00Z', '2026-11-26'],
    ['2026-11-22T04:00:00Z', '2026-11-22T08:00:00Z', '2026-11-22 04:00 – 2026-11-22 08:00 UTC'],
  ])('describes %s – %s as %s', (from, to, text) => {
    expect(describeSlice({ from: at(from), to: at(to) })).toBe(text);
  });
});
