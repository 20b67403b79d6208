import { headingStem, termOf } from '../curate/terms.js';
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
 * The words of a section's heading that can tell where a paper goes, as stems (`headingStem` of
 * the similarity index's terms, `terms.ts`) mapped to the word as the heading writes it. Outline numbers and
 * labels such as `b-1:` or `3.`, and emoji shortcodes (`Datasets :floppy_disk:`), are not words of
 * the heading.
 */
export function headingTerms(heading: string): Map<string, string> {
  const text = heading
    .replace(/:[a-z0-9_+-]+:/gi, ' ')
    .replace(/^\s*(?:[a-z]-?\d+[.:)]|\d+(?:\.\d+)*[.:)]?)\s+/i, '');
  const terms = new Map<string, string>();
  for (const word of joinedWords(text)) {
    const term = termOf(word);
    if (term === null || term.length <= 2 || GENERIC.has(word) || GENERIC.has(term)) continue;
    const stem = headingStem(term);
    if (!terms.has(stem)) terms.set(stem, word);
  }
  return terms;
}
