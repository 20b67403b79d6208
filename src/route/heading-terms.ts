import { termOf } from '../curate/terms.js';
import { joinedWords } from '../curate/words.js';

/**
 * Words a heading shares with every paper or no paper: they say nothing about which section a
 * paper belongs to (`Other Text-Image-to-Image`, `Papers`, `Any-to-Any Multimodal models`).
 */
const GENERIC = new Set(
  'awesome general misc miscellaneous model other paper papers related resource resources survey surveys'.split(
    ' ',
  ),
);

/**
 * The words of a section's heading that can tell where a paper goes, as terms (`terms.ts`: the
 * similarity index's spelling) mapped to the word as the heading writes it. Outline numbers and
 * labels such as `b-1:` or `3.` are not words of the heading.
 */
export function headingTerms(heading: string): Map<string, string> {
  const text = heading.replace(/^\s*(?:[a-z]-?\d+[.:)]|\d+(?:\.\d+)*[.:)]?)\s+/i, '');
  const terms = new Map<string, string>();
  for (const word of joinedWords(text)) {
    const term = termOf(word);
    if (term !== null && term.length > 2 && !GENERIC.has(word) && !GENERIC.has(term) && !terms.has(term))
      terms.set(term, word);
  }
  return terms;
}
