import { describe, expect, it } from '@jest/globals';
import { parseRetryAfter } from '../../src/arxiv/retry-after.js';

const NOW = Date.parse('2026-11-26T03:00:00Z');

describe('parseRetryAfter', () => {
  it.each<[string | null | undefined, number | null]>([
    ['120', 120_000],
    [' 0 ', 0],
    ['Thu, 26 Nov 2026 03:00:30 GMT', 30_000],
    ['Thu, 26 Nov 2026 02:59:00 GMT', 0],
    ['soon', null],
    ['-5', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});
