import { headingStem, termOf } from './terms.js';
import { TITLE_HOOKS } from './title-hooks-data.js';
import { joinedWords } from './words.js';

/**
 * A title hook: a word papers put in their titles without using it in their abstracts
 * ("Unleashing …", "Rethinking …", "Technical Report"). It says how a title is turned, not what the
 * paper is about. Learned from a sample of arXiv titles and abstracts (`scripts/build-title-hooks.ts`).
 */
export const TITLE_HOOK_RULE = {
  /** At least this many titles of the sample use the word… */
  minTitles: 3,
  /** …and at least this share of them (one more paper counted) use no form of it in the abstract. */
  titleOnlyShare: 0.5,
} as const;

/** Whether a word with these counts in the sample is a title hook. */
export function isTitleHook(titles: number, titleOnly: number): boolean {
  return titles >= TITLE_HOOK_RULE.minTitles && titleOnly / (titles + 1) >= TITLE_HOOK_RULE.titleOnlyShare;
}

let hooks: ReadonlySet<string> | null = null;

/** The title hooks of the built-in sample, as word stems (`headingStem`: `unleash`). */
export function titleHooks(): ReadonlySet<string> {
  hooks ??= new Set(TITLE_HOOKS.split(' ').filter((t) => t !== ''));
  return hooks;
}

/** Whether a phrase uses a title hook (`unleashing the power`, `technical report`). */
export function hasTitleHook(phrase: string, hookStems: ReadonlySet<string> = titleHooks()): boolean {
  return joinedWords(phrase).some((word) => {
    const term = termOf(word);
    return term !== null && hookStems.has(headingStem(term));
  });
}
