import type { Term } from '../../config/schema.js';
import type { Background } from '../background.js';
import { backgroundShare } from './phrase-counts.js';

/** The constants of `profile: auto`'s term choice, fixed once on dev's seed topic (README). */
export const TERM_RULES = {
  /** How many scoring terms a derived profile has (the hand profile has 37; 40 and 25 measured lower on dev). */
  terms: 60,
  /** A phrase counts when at least this many of the list's papers use it. */
  minPapers: 2,
  /** …and it is at least this many times more common in the list than in the background. */
  minLift: 3,
  /** Two phrases where one contains the other and is used by at least this share as often say the same. */
  sameShare: 0.8,
  /** Weights: log2(lift) / 2, rounded to halves, within these bounds. */
  minWeight: 0.5,
  maxWeight: 3,
} as const;

export interface PhraseStat {
  phrase: string;
  /** Papers of the list that use it. */
  papers: number;
  listShare: number;
  backgroundShare: number;
  lift: number;
  /** How strongly it marks the list: papers × log(lift). */
  strength: number;
}

const weightOf = (lift: number): number => {
  const raw = Math.round(Math.log2(lift)) / 2;
  return Math.min(TERM_RULES.maxWeight, Math.max(TERM_RULES.minWeight, raw));
};

const contains = (long: string, short: string): boolean => ` ${long} `.includes(` ${short} `);

/** The phrases that mark the list, strongest first (ties by phrase). */
export function rankPhrases(
  counts: ReadonlyMap<string, number>,
  papers: number,
  background: Background,
  /** Background shares already estimated, by phrase (filled in as they are). */
  shares: Map<string, number> = new Map(),
): PhraseStat[] {
  const stats: PhraseStat[] = [];
  for (const [phrase, count] of counts) {
    if (count < TERM_RULES.minPapers) continue;
    const listShare = count / papers;
    let share = shares.get(phrase);
    if (share === undefined) shares.set(phrase, (share = backgroundShare(phrase, background)));
    const lift = listShare / share;
    if (lift < TERM_RULES.minLift) continue;
    stats.push({
      phrase,
      papers: count,
      listShare,
      backgroundShare: share,
      lift,
      strength: count * Math.log(lift),
    });
  }
  return stats.sort((a, b) => b.strength - a.strength || (a.phrase < b.phrase ? -1 : 1));
}

/** The strongest phrases, leaving out one that says what a stronger chosen one says. */
export function chooseTerms(ranked: readonly PhraseStat[], limit: number = TERM_RULES.terms): PhraseStat[] {
  const chosen: PhraseStat[] = [];
  for (const stat of ranked) {
    if (chosen.length >= limit) break;
    const redundant = chosen.some(
      (c) =>
        (contains(c.phrase, stat.phrase) && c.papers >= TERM_RULES.sameShare * stat.papers) ||
        (contains(stat.phrase, c.phrase) && stat.papers >= TERM_RULES.sameShare * c.papers),
    );
    if (!redundant) chosen.push(stat);
  }
  return chosen;
}

export function toTerms(stats: readonly PhraseStat[]): Term[] {
  return stats.map((s) => ({ phrase: s.phrase, weight: weightOf(s.lift) }));
}
