import type { Paper } from '../types.js';

/**
 * Phrase matching for scoring and for the local approximation of the arXiv query.
 *
 * Rules (simple enough to state in a README):
 * - case-insensitive, Unicode-normalised (NFKC); any run of whitespace counts as one space, so a
 *   phrase matches across the line breaks arXiv leaves in abstracts;
 * - a phrase matches whole words only: `AR` does not match inside `ARCH`, while `GPT-4o` matches
 *   `GPT-4o's` (the apostrophe ends the word);
 * - hyphens are written either way: `text-to-image` and `text to image` match each other, and a
 *   phrase matches the joined spelling of a hyphenated word (`autoregressive` ↔ `auto-regressive`,
 *   `GPT-4o` ↔ `GPT4o`);
 * - the last word may carry a plural `s`/`es` (`visual tokenizer` matches `visual tokenizers`);
 * - a phrase ending in `*` takes any ending on its last word: `image edit*` matches `image edits`
 *   and `image editing` (for scoring terms; arXiv's own search has no such thing);
 * - a possessive `'s` is dropped: `GPT-4o's image generation` matches `GPT-4o image generation`;
 * - other punctuation is kept, so `image, editing` is not `image editing`; punctuation at the very
 *   start or end of a phrase is ignored.
 *
 * Texts are cut into words once (`prepareText`) and every phrase is looked up by its first word,
 * so matching costs one pass over the text however many phrases there are.
 */

/** A text cut into words; `glue[i]` is what separates `words[i]` from `words[i + 1]`. */
export interface WordStream {
  words: string[];
  /** `' '` for whitespace or a hyphen; otherwise the punctuation itself (`.`, `, `, `'`). */
  glue: string[];
}

export interface PreparedText {
  /** Hyphens read as spaces: `text-to-image` → text · to · image. */
  spaced: WordStream;
  /** Words joined by a single hyphen merged: `auto-regressive` → autoregressive. */
  joined: WordStream;
  /** Where a single hyphen joins two spaced words: glue indexes of `spaced`, ascending. */
  joins: readonly number[];
  /** The words of `joined` that are several spaced words merged, ascending. */
  merged: readonly number[];
}

const NON_ASCII = /[\u0080-\uffff]/;
const HYPHEN_CHARS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013']);

function canonicalGlue(raw: string): string {
  if (raw === ' ' || isSingleHyphen(raw)) return ' ';
  let out = '';
  let space = false;
  for (const ch of raw) {
    if (ch.trim() === '' || HYPHEN_CHARS.has(ch)) {
      space = true;
      continue;
    }
    if (space && out !== '') out += ' ';
    space = false;
    out += ch;
  }
  return out === '' ? ' ' : space ? `${out} ` : out;
}

function lower(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase();
}

/**
 * What lies between words, captured: `split` cuts a text into words and separators in one call of
 * the regex engine. That matters in a fresh process (every run is one): the engine is native code
 * from the first text on, while a loop over characters, or over `exec` matches, is interpreted
 * until the JIT warms up, and each `exec` match is an object to collect.
 */
const SEPARATORS = /([^\p{L}\p{N}]+)/u;

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function isSingleHyphen(raw: string): boolean {
  return raw.length === 1 && HYPHEN_CHARS.has(raw);
}

function isApostropheRun(separator: string): boolean {
  return separator.length === 1 && isApostrophe(separator.charCodeAt(0));
}

/**
 * In `split(SEPARATORS)` parts, where words and separators alternate (the first and the last word
 * are '' when the text starts or ends with a separator; no other word is empty): the index of the
 * separator between the word at `i` and the next word, or -1 when no word follows.
 */
function separatorAfter(parts: string[], i: number): number {
  const last = parts.length - 1;
  let separator = i + 1;
  // A possessive `'s` belongs to its word: `GPT-4o's image generation` reads as `GPT-4o image generation`.
  if (separator < last && parts[separator + 1] === 's' && isApostropheRun(parts[separator]!)) separator += 2;
  return separator >= last || parts[separator + 1] === '' ? -1 : separator;
}

/** The spaced stream, and the places where a single hyphen joins two words (for the joined stream). */
function scan(text: string): { spaced: WordStream; joins: number[] | null } {
  const words: string[] = [];
  const glue: string[] = [];
  let joins: number[] | null = null;
  const parts = text.split(SEPARATORS);
  for (let i = parts[0] === '' ? 2 : 0; i < parts.length;) {
    const word = parts[i]!;
    if (word === '') break;
    words.push(word);
    const separator = separatorAfter(parts, i);
    if (separator < 0) break;
    const raw = parts[separator]!;
    if (raw === ' ') glue.push(' ');
    else {
      if (isSingleHyphen(raw)) (joins ??= []).push(glue.length);
      glue.push(canonicalGlue(raw));
    }
    i = separator + 1;
  }
  return { spaced: { words, glue }, joins };
}

const NONE: readonly number[] = Object.freeze([]);

/** Words joined by a single hyphen merged, at the places `scan` found; which joined words are merged. */
function joinedStream({ words, glue }: WordStream, joins: number[]): PreparedText {
  const joined: WordStream = { words: [], glue: [] };
  const merged: number[] = [];
  let current = words[0]!;
  let next = 0;
  for (let i = 0; i < glue.length; i++) {
    if (joins[next] === i) {
      next += 1;
      if (merged.at(-1) !== joined.words.length) merged.push(joined.words.length);
      current += words[i + 1]!;
    } else {
      joined.words.push(current);
      joined.glue.push(glue[i]!);
      current = words[i + 1]!;
    }
  }
  joined.words.push(current);
  return { spaced: { words, glue }, joined, joins, merged };
}

export function prepareText(text: string): PreparedText {
  const { spaced, joins } = scan(lower(text));
  return joins === null ? { spaced, joined: spaced, joins: NONE, merged: NONE } : joinedStream(spaced, joins);
}

/**
 * A joined word as the text writes it: letters and digits, a single hyphen between two runs of
 * them (after a possessive, too), and a possessive `'s` at the end. `joinedSpelling` takes the
 * marks out. The regex engine finds them all in one call, without a loop over separators here.
 */
const WRITTEN_JOINED_WORD =
  /[\p{L}\p{N}]+(?:(?:['\u2019]s)?[-\u2010-\u2013][\p{L}\p{N}]+)*(?:['\u2019]s(?![\p{L}\p{N}]))?/gu;
/** WRITTEN_JOINED_WORD on a lower-cased ASCII text, where its classes hold only these characters. */
const WRITTEN_JOINED_WORD_ASCII = /[a-z0-9]+(?:(?:'s)?-[a-z0-9]+)*(?:'s(?![a-z0-9]))?/g;
const JOIN_MARKS = /['\u2019]s|[-\u2010-\u2013]/g;

/**
 * The words of `prepareText(text).joined.words` as the (lower-cased) text writes them:
 * `joinedSpelling` of each is the joined word. For texts that are only counted, never matched
 * against phrases (the papers of the similarity memory: thousands of them per run), where a
 * cache by the written form saves making the joined one.
 */
export function writtenJoinedWords(text: string): string[] {
  // An ASCII text needs no Unicode classes: the same words, found by a regex without them, which
  // the engine runs faster (index over 1,000 abstracts in a fresh process: ~50 ms less).
  if (!NON_ASCII.test(text)) return text.toLowerCase().match(WRITTEN_JOINED_WORD_ASCII) ?? [];
  return text.normalize('NFKC').toLowerCase().match(WRITTEN_JOINED_WORD) ?? [];
}

/** `auto-regressive` → autoregressive, `gpt-4o's` → gpt4o. */
export function joinedSpelling(written: string): string {
  return written.replace(JOIN_MARKS, '');
}

/** `prepareText(text).joined.words`, or its first `limit` words, without the spaced stream. */
export function joinedWords(text: string, limit = Infinity): string[] {
  const written = writtenJoinedWords(text);
  return (written.length > limit ? written.slice(0, limit) : written).map(joinedSpelling);
}

interface Pattern {
  /** Index of the phrase in its set. */
  phrase: number;
  words: string[];
  glue: string[];
  /** The phrase ended in `*`: its last word is a prefix (`image edit*` → edit, edits, editing, editor). */
  prefix: boolean;
  /** The last word with `s` and with `es`; none when it ends in a digit. */
  plurals: readonly [string, string] | null;
  /** The joined spelling of a phrase that has a hyphen join (`gpt4o` for `GPT-4o`). */
  joinedOnly: boolean;
}

function pluralsOf(word: string): readonly [string, string] | null {
  return /\p{L}$/u.test(word) ? [`${word}s`, `${word}es`] : null;
}

function lastWordMatches(word: string, pattern: Pattern): boolean {
  const want = pattern.words[pattern.words.length - 1]!;
  if (pattern.prefix) return word.startsWith(want);
  const plurals = pattern.plurals;
  return word === want || (plurals !== null && (word === plurals[0] || word === plurals[1]));
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

/** A pattern filed under one spelling of its first word. */
interface Filed {
  pattern: Pattern;
  /** Filed under a plural spelling (`tokenizers` for `tokenizer`): only a one-word pattern is. */
  plural: boolean;
}

/** Whether any of the spaced words `at … at + length - 1` is part of a hyphen-joined word. */
function touchesJoin(joins: readonly number[], at: number, length: number): boolean {
  // Word i is joined to the next by glue i and to the one before by glue i - 1.
  for (const join of joins) {
    if (join >= at + length) return false;
    if (join >= at - 1) return true;
  }
  return false;
}

/**
 * Patterns looked up by their first word, one map lookup per word of a text: a one-word pattern is
 * filed under its plural spellings too, so no word is cut to try its singular. One-word prefix
 * patterns are few and checked on every word.
 */
class PatternTable {
  private readonly byWord = new Map<string, Filed[]>();
  private readonly prefixWords: Pattern[] = [];
  /** The longest pattern, in words. */
  longest = 0;

  add(pattern: Pattern): void {
    this.longest = Math.max(this.longest, pattern.words.length);
    if (pattern.prefix && pattern.words.length === 1) {
      this.prefixWords.push(pattern);
      return;
    }
    this.file(pattern.words[0]!, { pattern, plural: false });
    if (pattern.words.length === 1 && pattern.plurals !== null) {
      this.file(pattern.plurals[0], { pattern, plural: true });
      this.file(pattern.plurals[1], { pattern, plural: true });
    }
  }

  private file(word: string, filed: Filed): void {
    const list = this.byWord.get(word) ?? [];
    list.push(filed);
    this.byWord.set(word, list);
  }

  get empty(): boolean {
    return this.byWord.size === 0 && this.prefixWords.length === 0;
  }

  /**
   * Adds the patterns that match the stream at `from … to - 1`. With `joins` (the text's join
   * places), patterns marked `joinedOnly` count only on words that no hyphen joins: they are joined
   * spellings, which a spaced stream holds only where no joining happened.
   */
  collect(
    stream: WordStream,
    found: Set<number>,
    from = 0,
    to = stream.words.length,
    joins: readonly number[] = NONE,
  ): void {
    const { words } = stream;
    const prefixes = this.prefixWords;
    for (let at = from; at < to; at++) {
      const word = words[at]!;
      const filed = this.byWord.get(word);
      if (filed !== undefined) {
        for (let k = 0; k < filed.length; k++) {
          const { pattern, plural } = filed[k]!;
          if (found.has(pattern.phrase)) continue;
          if (pattern.words.length > 1 && (plural || !matchesFrom(stream, at, pattern))) continue;
          if (pattern.joinedOnly && touchesJoin(joins, at, pattern.words.length)) continue;
          found.add(pattern.phrase);
        }
      }
      for (let k = 0; k < prefixes.length; k++) {
        const pattern = prefixes[k]!;
        const prefix = pattern.words[0]!;
        if (word.charCodeAt(0) !== prefix.charCodeAt(0) || !word.startsWith(prefix)) continue;
        if (pattern.joinedOnly && touchesJoin(joins, at, 1)) continue;
        found.add(pattern.phrase);
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

function toPattern(phrase: number, stream: WordStream, prefix: boolean, joinedOnly: boolean): Pattern | null {
  if (stream.words.length === 0) return null;
  const plurals = pluralsOf(stream.words.at(-1)!);
  return { phrase, words: stream.words, glue: stream.glue, prefix, plurals, joinedOnly };
}

/**
 * Many phrases compiled together; `matches` answers which of them a text contains.
 *
 * A phrase matches a text if its spaced spelling is in the text's spaced stream or its joined
 * spelling in the joined stream. Both come out of one pass over the spaced stream: the joined
 * stream equals it except at the words a hyphen joins, so the joined spellings that differ from
 * the spaced ones are looked up in the same pass (counting only away from joins), and the joined
 * stream is only searched around its merged words.
 */
export class PhraseSet {
  /** Every phrase spaced, and the joined spellings that differ, marked `joinedOnly`. */
  private readonly spaced = new PatternTable();
  /** Every phrase in its joined spelling, for the joined stream around merged words. */
  private readonly joined = new PatternTable();

  constructor(
    readonly phrases: readonly string[],
    options: CompileOptions = {},
  ) {
    const joinHyphens = options.joinHyphens !== false;
    phrases.forEach((phrase, index) => {
      const prefix = phrase.trimEnd().endsWith('*');
      const prepared = prepareText(prefix ? phrase.trimEnd().slice(0, -1) : phrase);
      const spacedPattern = toPattern(index, prepared.spaced, prefix, false);
      if (spacedPattern === null) return;
      this.spaced.add(spacedPattern);
      if (!joinHyphens) return;
      const differs = prepared.joined !== prepared.spaced;
      const joinedPattern = toPattern(index, prepared.joined, prefix, differs)!;
      this.joined.add(joinedPattern);
      if (differs) this.spaced.add(joinedPattern);
    });
  }

  /** Indexes (into `phrases`) of the phrases found in the text. */
  matches(text: PreparedText): Set<number> {
    const found = new Set<number>();
    if (this.spaced.empty) return found;
    this.spaced.collect(text.spaced, found, 0, text.spaced.words.length, text.joins);
    if (this.joined.empty) return found;
    // A joined-stream match that no spaced-stream match stands for has a merged word in it: it
    // starts at most `longest - 1` words before one.
    let next = 0;
    for (const word of text.merged) {
      const from = Math.max(next, word - this.joined.longest + 1);
      this.joined.collect(text.joined, found, from, word + 1);
      next = word + 1;
    }
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

/**
 * Would the arXiv query (phrases OR-ed over `ti:` and `abs:`, AND-ed with the categories) have
 * returned this paper? A local, slightly conservative approximation: arXiv also stems words, so it
 * can return more. A paper with no categories (some corpus records lack them) is judged on its
 * phrases alone. Empty `categories` means the query has no category clause.
 */
export function createQueryMatcher(
  phrases: string[],
  categories: string[],
): (paper: Pick<Paper, 'title' | 'abstract' | 'categories'>) => boolean {
  const set = new PhraseSet(phrases, { joinHyphens: false });
  const wanted = new Set(categories.map((c) => c.toLowerCase()));
  return (paper) => {
    if (wanted.size > 0 && paper.categories.length > 0) {
      if (!paper.categories.some((c) => wanted.has(c.toLowerCase()))) return false;
    }
    return (
      set.matches(prepareText(paper.title)).size > 0 || set.matches(prepareText(paper.abstract)).size > 0
    );
  };
}

export function matchesQuery(
  paper: Pick<Paper, 'title' | 'abstract' | 'categories'>,
  phrases: string[],
  categories: string[],
): boolean {
  return createQueryMatcher(phrases, categories)(paper);
}
