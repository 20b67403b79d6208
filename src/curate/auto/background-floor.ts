import type { Term } from '../../config/schema.js';
import type { Background } from '../background.js';
import { SCORING_RULES } from '../score.js';
import { backgroundShare } from './phrase-counts.js';

/**
 * The least threshold of a derived profile: the score that only one arXiv paper in general (the
 * background sample) in BACKGROUND_ODDS reaches, by using the list's phrases by chance. The
 * leave-one-out fit (`fit-threshold.ts`) sees only the list's own papers, so it cannot tell when
 * its phrases are common words of the field ("unified", "editing", "3D"): then a night's many
 * papers that use two or three of them would all pass. Measured on dev (`npm run eval`, per list):
 * the title-only lists' fitted 3 rose to 5 (AIDC-AI, showlab) and 6.3 (Text-to-3D), near the best
 * threshold each list's own labels would choose; the seed topic's fitted threshold is above it.
 *
 * A background paper uses a phrase in its abstract with the phrase's background share and in its
 * title with TITLE_SHARE of that (a title is about a tenth of an abstract's length), each phrase on
 * its own (phrases that go together make high scores more likely than this says, so the floor is
 * if anything low). The score distribution is counted exactly in tenths of a point.
 */
export const BACKGROUND_ODDS = 1000;
export const TITLE_SHARE = 0.1;

export function backgroundFloor(terms: readonly Term[], background: Background): number {
  const { titleFactor, abstractFactor } = SCORING_RULES;
  // chance[s]: the chance that a background paper scores s tenths of a point.
  let chance = [1];
  for (const term of terms) {
    if (term.weight <= 0) continue;
    const share = Math.min(1, backgroundShare(term.phrase, background));
    const steps: [tenths: number, p: number][] = [
      [0, 1 - share],
      [Math.round(term.weight * abstractFactor * 10), share * (1 - TITLE_SHARE)],
      [Math.round(term.weight * (titleFactor + abstractFactor) * 10), share * TITLE_SHARE],
    ];
    const next = new Array<number>(chance.length + steps[2]![0]).fill(0);
    chance.forEach((p, s) => {
      for (const [add, q] of steps) next[s + add]! += p * q;
    });
    chance = next;
  }
  let above = 0;
  for (let s = chance.length - 1; s > 0; s--) {
    above += chance[s]!;
    if (above >= 1 / BACKGROUND_ODDS) return s / 10;
  }
  return 0;
}
