import { describe, expect, it } from '@jest/globals';
import { arxivWindow, type WindowInput } from '../../src/arxiv/window.js';
import { ConfigError } from '../../src/config/errors.js';

const NOW = new Date('2026-11-26T03:00:00Z');
const base: WindowInput = { now: NOW, windowDays: 7, since: null };
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('arxivWindow', () => {
  it.each<[string, Partial<WindowInput>, string, string]>([
    ['the last 7 whole UTC days and today', {}, '2026-11-19', '2026-11-27'],
    [
      'the same window late on the same day',
      { now: new Date('2026-11-26T23:59:59.999Z') },
      '2026-11-19',
      '2026-11-27',
    ],
    [
      'the same window just after midnight',
      { now: new Date('2026-11-26T00:00:00Z') },
      '2026-11-19',
      '2026-11-27',
    ],
    ['a one-day window', { windowDays: 1 }, '2026-11-25', '2026-11-27'],
    ['catch-up from an earlier window end', { lastWindowEnd: day('2026-11-12') }, '2026-11-12', '2026-11-27'],
    [
      'a window end inside the window changes nothing',
      { lastWindowEnd: day('2026-11-24') },
      '2026-11-19',
      '2026-11-27',
    ],
    [
      'a window end in the future changes nothing',
      { lastWindowEnd: day('2026-12-24') },
      '2026-11-19',
      '2026-11-27',
    ],
    [
      'a mid-day window end starts at its midnight',
      { lastWindowEnd: new Date('2026-11-10T13:45:00Z') },
      '2026-11-10',
      '2026-11-27',
    ],
    [
      'catch-up reaches 365 days back at most',
      { lastWindowEnd: day('2024-01-01') },
      '2025-11-26',
      '2026-11-27',
    ],
    ['since replaces the start', { since: '2026-06-01' }, '2026-06-01', '2026-11-27'],
    [
      'since wins over a window end',
      { since: '2026-11-20', lastWindowEnd: day('2026-11-01') },
      '2026-11-20',
      '2026-11-27',
    ],
    ['since exactly 365 days back', { since: '2025-11-26' }, '2025-11-26', '2026-11-27'],
    ['since today', { since: '2026-11-26' }, '2026-11-26', '2026-11-27'],
  ])('%s', (_name, input, from, to) => {
    expect(arxivWindow({ ...base, ...input })).toEqual({ from: day(from), to: day(to) });
  });

  it.each<[Partial<WindowInput>, RegExp]>([
    [
      { since: '2025-11-25' },
      /^since 2025-11-25 is more than 365 days back; the earliest allowed today is 2025-11-26$/,
    ],
    [{ since: '2026-11-27' }, /^since 2026-11-27 is in the future/],
    [{ since: '2026-02-30' }, /^since must be a date YYYY-MM-DD, got "2026-02-30"$/],
    [{ since: '26-11-01' }, /^since must be a date YYYY-MM-DD/],
    [{ windowDays: 0 }, /^window-days must be a whole number from 1 to 365, got 0$/],
    [{ windowDays: 2.5 }, /^window-days must be a whole number/],
  ])('rejects %j', (input, message) => {
    expect(() => arxivWindow({ ...base, ...input })).toThrow(ConfigError);
    expect(() => arxivWindow({ ...base, ...input })).toThrow(message);
  });
});
