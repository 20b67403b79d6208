import { describe, expect, it } from '@jest/globals';
import type { BodyPaper } from '../../src/pr/body-paper.js';
import { formatDayRange } from '../../src/pr/day-range.js';
import { utcDay } from '../../src/pr/paper-record.js';
import { renderPullTitle } from '../../src/pr/title.js';

function paperOn(published: string | null): BodyPaper {
  const day = published === null ? undefined : utcDay(published);
  return { id: '2611.00001', version: 1, title: 't', score: 5, ...(day ? { day } : {}) };
}

describe('formatDayRange', () => {
  const cases: Array<[string, string, string]> = [
    ['2026-11-26', '2026-11-26', 'Nov 26, 2026'],
    ['2026-11-24', '2026-11-26', 'Nov 24–26, 2026'],
    ['2026-11-28', '2026-12-02', 'Nov 28 – Dec 2, 2026'],
    ['2026-12-30', '2027-01-02', 'Dec 30, 2026 – Jan 2, 2027'],
    ['2026-11-26', '2026-11-24', 'Nov 24–26, 2026'],
  ];
  it.each(cases)('%s to %s → %s', (from, to, expected) => {
    expect(formatDayRange(from, to)).toBe(expected);
  });
});

describe('renderPullTitle', () => {
  it("spans the proposed papers' submission days (UTC)", () => {
    const papers = [
      paperOn('2026-11-26T01:00:00Z'),
      paperOn('2026-11-24T23:59:59Z'),
      paperOn('2026-11-25T12:00:00Z'),
    ];
    expect(renderPullTitle(papers)).toBe('arxiv-curator: 3 new papers (Nov 24–26, 2026)');
  });

  it('falls back to the given days when no paper has a date, and says "paper" for one', () => {
    expect(renderPullTitle([paperOn(null)], { from: '2026-11-19', to: '2026-11-26' })).toBe(
      'arxiv-curator: 1 new paper (Nov 19–26, 2026)',
    );
    expect(renderPullTitle([paperOn(null)])).toBe('arxiv-curator: 1 new paper');
  });
});
