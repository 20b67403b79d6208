import { describe, expect, it } from '@jest/globals';
import { hasTitleHook, isTitleHook, titleHooks } from '../../src/curate/title-hooks.js';

describe('title hooks: words titles use to turn a phrase, learned from arXiv titles and abstracts', () => {
  it('a word most titles using it do not repeat in the abstract is one, given enough titles', () => {
    expect(isTitleHook(4, 4)).toBe(true);
    expect(isTitleHook(5, 3)).toBe(true);
    expect(isTitleHook(9, 2)).toBe(false);
    // Two titles say too little.
    expect(isTitleHook(2, 2)).toBe(false);
  });

  it('the built-in sample flags the turns of phrase, not the topic words', () => {
    for (const phrase of ['Unleashing the power', 'Rethinking', 'Taming', 'technical report', 'real world'])
      expect(hasTitleHook(phrase)).toBe(true);
    for (const phrase of ['3d', 'text-to-3d', 'neural radiance fields', 'articulated objects', 'avatars'])
      expect(hasTitleHook(phrase)).toBe(false);
  });

  it('matches any form of the word (as a stem), with the hooks given', () => {
    const hooks = new Set(['unleash']);
    expect(hasTitleHook('unleash', hooks)).toBe(true);
    expect(hasTitleHook('unleashing diffusion', hooks)).toBe(true);
    expect(hasTitleHook('diffusion models', hooks)).toBe(false);
    expect(titleHooks().size).toBeGreaterThan(0);
  });
});
