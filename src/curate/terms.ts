import { joinedWords } from './words.js';

/**
 * How the similarity index reads a text: the words of the joined spelling (`auto-regressive` →
 * `autoregressive`), without English function words and abstract boilerplate, without bare
 * numbers, plurals folded to the singular.
 */

// Words that say nothing about a paper's topic: English function words and the boilerplate of
// abstracts ("we propose a novel method … experiments show …").
const STOPWORDS = new Set(
  (
    'a about above across after again against all almost also although always among an and another any are ' +
    'around as at be because been before being between both but by can could did do does done due during each ' +
    'either enough especially even ever every few for from further furthermore had has have having here how ' +
    'however if in into is it its itself just less like made make makes many may more moreover most much must ' +
    'neither no nor not now of often on once one only or other others otherwise our ours out over own per ' +
    'rather same several should since so some such than that the their them then there therefore these they ' +
    'this those through thus to too toward towards under until up upon us use used uses using very via was we ' +
    'well were what when where whether which while who whose why will with within without would yet you your ' +
    'approach approaches based demonstrate demonstrates effective effectively experiment experiments extensive ' +
    'existing furthermore introduce introduces method methods new novel paper present presents propose proposed ' +
    'proposes result results show shows significantly state art work works achieve achieves achieving ' +
    'performance significant task tasks framework first two three large various different including'
  ).split(' '),
);

/**
 * Plural to singular, crudely but the same way on both sides of a comparison: `tokens` → `token`,
 * `studies` → `study`; words ending in ss, us or is stay (`class`, `corpus`, `analysis`).
 */
function stem(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return /[sui]s$/.test(word) ? word : word.slice(0, -1);
}

/**
 * A term's stem for matching every form of a word, crudely: `generation`, `generating` and
 * `generate` are `generat`; `tracking` and `track` are `track`. Used for section headings (a
 * heading names a topic; a title does something) and for title hooks (`Unleashing` → `unleash`).
 */
export function headingStem(term: string): string {
  const stem = term.replace(/(?:ions?|ings?|ed|es|e|s)$/, '');
  return stem.length >= 4 ? stem : term;
}

/** The term a word counts as, or null for a word that is no term (too short, a stopword, a number). */
export function termOf(word: string): string | null {
  if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) return null;
  return stem(word);
}

/** Calls `visit` with each word (the joined spelling: `PreparedText.joined.words` or `joinedWords`) that is a term. */
export function forEachTerm(words: string[], visit: (term: string) => void): void {
  for (const word of words) {
    const term = termOf(word);
    if (term !== null) visit(term);
  }
}

/** Term → how often it occurs, over several word lists. */
export function countTerms(wordLists: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const words of wordLists) forEachTerm(words, (term) => counts.set(term, (counts.get(term) ?? 0) + 1));
  return counts;
}

/** The index's view of a text (its distinct terms), for tests and for readers of a score card. */
export function tokenize(text: string): string[] {
  return [...countTerms([joinedWords(text)]).keys()];
}
