import type { ListEntry } from '../../types.js';
import type { Background } from '../background.js';
import { termOf } from '../terms.js';
import { joinedWords, prepareText, type PreparedText } from '../words.js';

/**
 * The phrases a list's papers use, counted per paper: every run of one to three words inside a
 * clause (no punctuation between them) that starts and ends on a term (`terms.ts`: no stopword,
 * no bare number). A hyphenated word is one word (`text-to-image`), written with its hyphens, as
 * arXiv's search and the phrase matcher both read it.
 */
export const LONGEST_PHRASE = 3;

/** The distinct phrases of one paper: its title's, and its abstract's when the list shows one. */
export function paperPhrases(entry: ListEntry, withAbstract = true): Set<string> {
  const found = new Set<string>();
  collect(units(prepareText(entry.title)), found);
  if (withAbstract && entry.abstract) collect(units(prepareText(entry.abstract)), found);
  return found;
}

/** A word as a phrase uses it: hyphenated words stay whole (`fine-grained`, not `fine`). */
interface Unit {
  text: string;
  term: string | null;
  /** What separates it from the next unit. */
  glue: string;
}

/** The joined words, each written with its hyphens (`text-to-image`), as the query and matcher read them. */
function units(text: PreparedText): Unit[] {
  const { spaced, joined } = text;
  const out: Unit[] = [];
  let s = 0;
  joined.words.forEach((word, j) => {
    const parts = [spaced.words[s]!];
    s += 1;
    while (parts.join('') !== word && s < spaced.words.length) parts.push(spaced.words[s++]!);
    out.push({ text: parts.join('-'), term: termOf(word), glue: joined.glue[j] ?? '' });
  });
  return out;
}

function collect(words: Unit[], into: Set<string>): void {
  for (let start = 0; start < words.length; start++) {
    if (words[start]!.term === null) continue;
    for (let end = start; end < Math.min(words.length, start + LONGEST_PHRASE); end++) {
      if (end > start && words[end - 1]!.glue !== ' ') break;
      if (words[end]!.term !== null)
        into.add(
          words
            .slice(start, end + 1)
            .map((w) => w.text)
            .join(' '),
        );
    }
  }
}

/** Phrase → how many of the papers use it. */
export function countPhrases(papers: readonly Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const phrases of papers) for (const p of phrases) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

/** A word rarer than the background table records counts as this many documents. */
const UNSEEN_DF = 2;

/**
 * How many background papers use a phrase, estimated from its words' document frequencies (the
 * background has words only): the geometric mean of an upper bound (as many as its rarest word)
 * and the estimate of words that occur independently (which undercounts set phrases such as
 * "image generation"). Stopwords inside a phrase (`text to image`) do not count.
 */
export function backgroundShare(phrase: string, background: Background): number {
  const shares = joinedWords(phrase)
    .map(termOf)
    .filter((term): term is string => term !== null)
    .map((term) => (background.df.get(term) ?? UNSEEN_DF) / background.documents);
  const rarest = Math.min(...shares);
  const independent = shares.reduce((product, share) => product * share, 1);
  return Math.min(1, Math.sqrt(rarest * independent));
}
