import { prepareText, type PreparedText, type WordStream } from './words.js';

/**
 * Phrase matching, for scoring and for the local approximation of the arXiv query. Texts and
 * phrases are read as words the same way (`words.ts`: case, Unicode, glue, possessives). Then:
 * - a phrase matches whole words only: `AR` does not match inside `ARCH`, while `GPT-4o` matches
 *   `GPT-4o's`;
 * - hyphens are written either way: `text-to-image` and `text to image` match each other, and a
 *   phrase matches the joined spelling of a hyphenated word (`autoregressive` ↔ `auto-regressive`,
 *   `GPT-4o` ↔ `GPT4o`);
 * - the last word may carry a plural `s`/`es` (`visual tokenizer` matches `visual tokenizers`);
 * - a phrase ending in `*` takes any ending on its last word: `image edit*` matches `image edits`
 *   and `image editing` (for scoring terms; arXiv's own search has no such thing);
 * - punctuation at the very start or end of a phrase is ignored.
 */

interface Pattern {
  /** Index of the phrase in its set. */
  phrase: number;
  words: string[];
  glue: string[];
  /** The phrase ended in `*`: its last word is a prefix (`image edit*` → edit, edits, editing, editor). */
  prefix: boolean;
  /** The last word with `s` and with `es`; none when it ends in a digit. */
  plurals: readonly [string, string] | null;
}

function toPattern(phrase: number, stream: WordStream, prefix: boolean): Pattern | null {
  if (stream.words.length === 0) return null;
  const last = stream.words.at(-1)!;
  const plurals = /\p{L}$/u.test(last) ? ([`${last}s`, `${last}es`] as const) : null;
  return { phrase, words: stream.words, glue: stream.glue, prefix, plurals };
}

function lastWordMatches(word: string, pattern: Pattern): boolean {
  const want = pattern.words.at(-1)!;
  if (pattern.prefix) return word.startsWith(want);
  return word === want || (pattern.plurals?.includes(word) ?? false);
}

/** Does the pattern, whose first word is already known to match, continue at `at`? */
function matchesFrom(stream: WordStream, at: number, pattern: Pattern): boolean {
  const last = pattern.words.length - 1;
  if (at + last >= stream.words.length) return false;
  for (let j = 1; j <= last; j++) {
    if (stream.glue[at + j - 1] !== pattern.glue[j - 1]) return false;
    const word = stream.words[at + j]!;
    if (j === last ? !lastWordMatches(word, pattern) : word !== pattern.words[j]) return false;
  }
  return true;
}

/**
 * Patterns looked up by their first word, so a text is read once however many phrases there are.
 * A one-word pattern is filed under its plural spellings too; one-word prefix patterns are few and
 * tried on every word.
 */
class PatternTable {
  private readonly byWord = new Map<string, Pattern[]>();
  private readonly prefixWords: Pattern[] = [];

  add(pattern: Pattern): void {
    if (pattern.prefix && pattern.words.length === 1) {
      this.prefixWords.push(pattern);
      return;
    }
    const spellings =
      pattern.words.length === 1 ? [pattern.words[0]!, ...(pattern.plurals ?? [])] : [pattern.words[0]!];
    for (const word of spellings) this.byWord.set(word, [...(this.byWord.get(word) ?? []), pattern]);
  }

  /** Adds the patterns found in the stream to `found`. */
  collect(stream: WordStream, found: Set<number>): void {
    for (let at = 0; at < stream.words.length; at++) {
      const word = stream.words[at]!;
      for (const pattern of this.byWord.get(word) ?? []) {
        if (pattern.words.length === 1 || matchesFrom(stream, at, pattern)) found.add(pattern.phrase);
      }
      for (const pattern of this.prefixWords) {
        if (word.startsWith(pattern.words[0]!)) found.add(pattern.phrase);
      }
    }
  }
}

export interface CompileOptions {
  /**
   * Also match the joined spelling of hyphenated words. On for scoring; off for the arXiv query
   * approximation, because arXiv's search splits `auto-regressive` into two words.
   */
  joinHyphens?: boolean;
}

/**
 * Many phrases compiled together; `matches` answers which of them a text contains: a phrase is in
 * a text when its spaced spelling is in the text's spaced words, or its joined spelling in the
 * text's joined words.
 */
export class PhraseSet {
  private readonly spaced = new PatternTable();
  private readonly joined = new PatternTable();

  constructor(
    readonly phrases: readonly string[],
    options: CompileOptions = {},
  ) {
    phrases.forEach((phrase, index) => {
      const prefix = phrase.trimEnd().endsWith('*');
      const prepared = prepareText(prefix ? phrase.trimEnd().slice(0, -1) : phrase);
      const spaced = toPattern(index, prepared.spaced, prefix);
      if (spaced === null) return;
      this.spaced.add(spaced);
      if (options.joinHyphens !== false) this.joined.add(toPattern(index, prepared.joined, prefix)!);
    });
  }

  /** Indexes (into `phrases`) of the phrases found in the text. */
  matches(text: PreparedText): Set<number> {
    const found = new Set<number>();
    this.spaced.collect(text.spaced, found);
    this.joined.collect(text.joined, found);
    return found;
  }
}

export interface PhraseMatcher {
  phrase: string;
  test(text: PreparedText): boolean;
}

export function compilePhrase(phrase: string, options: CompileOptions = {}): PhraseMatcher {
  const set = new PhraseSet([phrase], options);
  return { phrase, test: (text) => set.matches(text).size > 0 };
}

/** One-off convenience; prepare and compile once when testing many texts. */
export function containsPhrase(text: string, phrase: string): boolean {
  return compilePhrase(phrase).test(prepareText(text));
}
