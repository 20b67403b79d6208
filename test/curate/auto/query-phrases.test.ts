import { describe, expect, it } from '@jest/globals';
import type { PhraseStat } from '../../../src/curate/auto/choose-terms.js';
import { QUERY_RULES, queryPhrases } from '../../../src/curate/auto/query-phrases.js';

const CATEGORIES = ['cs.CV'];

/** A term of a list of `total` papers that `papers` of them use, `share` of background papers. */
function stat(phrase: string, papers: number, total: number, share: number): PhraseStat {
  const listShare = papers / total;
  const lift = listShare / share;
  return { phrase, papers, listShare, backgroundShare: share, lift, strength: papers * Math.log(lift) };
}

/** `total` papers; paper i uses each phrase whose `uses(i)` holds. */
function papersUsing(total: number, uses: Record<string, (i: number) => boolean>): Set<string>[] {
  return Array.from(
    { length: total },
    (_, i) => new Set(Object.keys(uses).filter((phrase) => uses[phrase]!(i))),
  );
}

describe('queryPhrases', () => {
  it('takes a short token with a digit (3d), never a short word (ar)', () => {
    const papers = papersUsing(40, { '3d': (i) => i < 30, ar: (i) => i >= 20, 'text-to-3d': (i) => i < 10 });
    const terms = [stat('3d', 30, 40, 0.15), stat('ar', 20, 40, 0.01), stat('text-to-3d', 10, 40, 0.002)];
    const { phrases } = queryPhrases(terms, papers, CATEGORIES);
    expect(phrases).toContain('3d');
    expect(phrases).not.toContain('ar');
  });

  it('prefers a phrase many listed papers share to a rare word a few use', () => {
    const papers = papersUsing(40, {
      'scene generation': (i) => i < 30,
      unleashing: (i) => i >= 37,
    });
    const terms = [stat('unleashing', 3, 40, 0.001), stat('scene generation', 30, 40, 0.02)];
    expect(queryPhrases(terms, papers, CATEGORIES).phrases[0]).toBe('scene generation');
  });

  it('never takes a title hook, however many titles use it', () => {
    const papers = papersUsing(40, {
      'unleashing the power': (i) => i < 30,
      'scene generation': (i) => i >= 20,
    });
    const terms = [stat('unleashing the power', 30, 40, 0.001), stat('scene generation', 20, 40, 0.02)];
    expect(queryPhrases(terms, papers, CATEGORIES).phrases).toEqual(['scene generation']);
  });

  it('keeps the phrases within the night’s budget of background papers, each under its cap', () => {
    const uses: Record<string, (i: number) => boolean> = {};
    const terms: PhraseStat[] = [];
    for (let k = 0; k < 16; k++) {
      uses[`topic${k}`] = (i) => i % 16 === k || (i + 1) % 16 === k;
      terms.push(stat(`topic${k}`, 10, 80, 0.035));
    }
    uses.everything = () => true;
    terms.push(stat('everything', 80, 80, 0.25));
    const { phrases } = queryPhrases(terms, papersUsing(80, uses), CATEGORIES);
    expect(phrases).not.toContain('everything');
    expect(phrases).toHaveLength(Math.floor(QUERY_RULES.maxTotalBackgroundShare / 0.035));
  });

  it('leaves out a phrase that contains a chosen one, and one the list uses no more than arXiv does', () => {
    const papers = papersUsing(20, {
      articulated: () => true,
      'articulated objects': (i) => i < 15,
      method: () => true,
    });
    const terms = [
      stat('articulated', 20, 20, 0.004),
      stat('articulated objects', 15, 20, 0.001),
      stat('method', 20, 20, 0.4),
    ];
    const { phrases, covered } = queryPhrases(terms, papers, CATEGORIES);
    expect(phrases).toEqual(['articulated']);
    expect(covered).toBe(20);
  });
});
