import { describe, expect, it } from '@jest/globals';
import { BACKGROUND_ODDS, backgroundFloor } from '../../../src/curate/auto/background-floor.js';
import { deriveProfile } from '../../../src/curate/auto/derive.js';
import { builtInBackground, type Background } from '../../../src/curate/background.js';
import type { ListEntry } from '../../../src/types.js';
import { topicList } from './topic-list.js';

/** A background of `documents` papers where each word is used by as many papers as given. */
function background(words: Record<string, number>, documents = 1000): Background {
  return { documents, df: new Map(Object.entries(words)) };
}

describe('backgroundFloor', () => {
  it('is 0 with no terms, and with terms far rarer than one paper in BACKGROUND_ODDS', () => {
    expect(backgroundFloor([], background({}))).toBe(0);
    // A word the background does not record counts as 2 papers: of a million, far too rare.
    expect(backgroundFloor([{ phrase: 'zyxw', weight: 3 }], background({}, 1_000_000))).toBe(0);
    expect(backgroundFloor([{ phrase: 'alpha', weight: 3 }], background({ alpha: 10 }, 1_000_000))).toBe(0);
  });

  it('is the score one background paper in BACKGROUND_ODDS reaches: common words raise it', () => {
    const terms = ['alpha', 'beta', 'gamma', 'delta'].map((phrase) => ({ phrase, weight: 2 }));
    const rare = backgroundFloor(terms, background({ alpha: 5, beta: 5, gamma: 5, delta: 5 }));
    const common = backgroundFloor(terms, background({ alpha: 300, beta: 300, gamma: 300, delta: 300 }));
    expect(common).toBeGreaterThan(rare);
    // Every word in every paper: every paper has the abstract points of all four, a tenth of
    // them the title points too; one in a thousand has all four in its title.
    const everywhere = background({ alpha: 1000, beta: 1000, gamma: 1000, delta: 1000 });
    expect(0.1 ** 4).toBeLessThan(1 / BACKGROUND_ODDS);
    expect(0.1 ** 3).toBeGreaterThanOrEqual(1 / BACKGROUND_ODDS);
    expect(backgroundFloor(terms, everywhere)).toBe(3 * 2 * 2.5 + 2);
  });

  it('rises with the weights and leaves out terms of no weight', () => {
    const bg = background({ alpha: 200, beta: 200 });
    const light = backgroundFloor(
      [
        { phrase: 'alpha', weight: 1 },
        { phrase: 'beta', weight: 1 },
      ],
      bg,
    );
    const heavy = backgroundFloor(
      [
        { phrase: 'alpha', weight: 2 },
        { phrase: 'beta', weight: 2 },
      ],
      bg,
    );
    expect(heavy).toBeGreaterThan(light);
    expect(backgroundFloor([{ phrase: 'alpha', weight: 0 }], bg)).toBe(0);
  });
});

describe('deriveProfile and the background floor', () => {
  it('never sets a threshold a background paper reaches by chance more than once in BACKGROUND_ODDS', () => {
    const bg = builtInBackground();
    const field = ['unified', 'editing', 'multimodal', 'diffusion', 'tokenizer', 'text-to-image'];
    const titleOnly: ListEntry[] = Array.from({ length: 40 }, (_, i) => ({
      arxivId: `2502.${String(i + 1).padStart(5, '0')}`,
      title: `${field[i % field.length]} ${field[(i + 1) % field.length]} ${i}`,
      abstract: null,
    }));
    for (const list of [topicList(24), topicList(24, true), titleOnly]) {
      const derived = deriveProfile(list, bg);
      if (!derived.ok) throw new Error(derived.reason);
      const floor = backgroundFloor(derived.profile.terms, bg);
      expect(floor).toBeGreaterThan(0);
      expect(derived.profile.minScore).toBeGreaterThanOrEqual(floor);
    }
  });
});
