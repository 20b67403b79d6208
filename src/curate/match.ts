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

/** Words joined by a single hyphen merged, at the places `scan` found. */
function joinedStream({ words, glue }: WordStream, joins: number[]): WordStream {
  const joined: WordStream = { words: [], glue: [] };
  let current = words[0]!;
  let next = 0;
  for (let i = 0; i < glue.length; i++) {
    if (joins[next] === i) {
      next += 1;
      current += words[i + 1]!;
    } else {
      joined.words.push(current);
      joined.glue.push(glue[i]!);
      current = words[i + 1]!;
    }
  }
  joined.words.push(current);
  return joined;
}

export function prepareText(text: string): PreparedText {
  const { spaced, joins } = scan(lower(text));
  return { spaced, joined: joins === null ? spaced : joinedStream(spaced, joins) };
}

/**
 * `prepareText(text).joined.words`, or its first `limit` words, without the spaced stream: for
 * texts that are only counted, never matched against phrases (the papers of the similarity
 * memory: thousands of them per run).
 */
export function joinedWords(text: string, limit = Infinity): string[] {
  const lowered = lower(text);
  if (limit === Infinity) return readJoined(lowered.split(SEPARATORS), false);
  // Split no further than the words wanted (with room for some joins), more if that was too little.
  for (let pieces = 2 * limit + 32; ; pieces *= 2) {
    const parts = lowered.split(SEPARATORS, pieces);
    const cut = parts.length === pieces;
    const words = readJoined(parts, cut);
    if (!cut || words.length >= limit) return words.length > limit ? words.slice(0, limit) : words;
  }
}

/**
 * The joined words of `split(SEPARATORS)` parts. When the parts are `cut` short, the last word is
 * left out: what came after it might have joined it.
 */
function readJoined(parts: string[], cut: boolean): string[] {
  const words: string[] = [];
  let current = '';
  for (let i = parts[0] === '' ? 2 : 0; i < parts.length;) {
    const word = parts[i]!;
    if (word === '') break;
    current += word;
    const separator = separatorAfter(parts, i);
    if (separator < 0) break;
    // One hyphen between two words joins them: `auto-regressive` → autoregressive.
    if (!isSingleHyphen(parts[separator]!)) {
      words.push(current);
      current = '';
    }
    i = separator + 1;
  }
  if (current !== '' && !cut) words.push(current);
  return words;
}

interface Pattern {
  /** Index of the phrase in its set. */
  phrase: number;
  words: string[];
  glue: string[];
  /** The phrase ended in `*`: its last word is a prefix (`image edit*` → edit, edits, editing, editor). */
  prefix: boolean;
}

function isPlural(word: string, singular: string): boolean {
  if (!/\p{L}$/u.test(singular)) return false;
  return word === `${singular}s` || word === `${singular}es`;
}

function lastWordMatches(word: string, want: string, prefix: boolean): boolean {
  return prefix ? word.startsWith(want) : word === want || isPlural(word, want);
}

/** Does the pattern, whose first word is already known to match, continue at `at`? */
function matchesFrom(stream: WordStream, at: number, pattern: Pattern): boolean {
  const last = pattern.words.length - 1;
  if (at + last >= stream.words.length) return false;
  for (let j = 1; j <= last; j++) {
    if (stream.glue[at + j - 1] !== pattern.glue[j - 1]) return false;
    const word = stream.words[at + j]!;
    const want = pattern.words[j]!;
    if (j === last ? !lastWordMatches(word, want, pattern.prefix) : word !== want) return false;
  }
  return true;
}

/** A pattern filed under one spelling of its first word. */
interface Filed {
  pattern: Pattern;
  /** Filed under a plural spelling (`tokenizers` for `tokenizer`): only a one-word pattern is. */
  plural: boolean;
}

/**
 * Patterns looked up by their first word, one map lookup per word of a text: a one-word pattern is
 * filed under its plural spellings too, so no word is cut to try its singular. One-word prefix
 * patterns are few and checked on every word.
 */
class PatternTable {
  private readonly byWord = new Map<string, Filed[]>();
  private readonly prefixWords: Pattern[] = [];

  add(pattern: Pattern): void {
    if (pattern.prefix && pattern.words.length === 1) {
      this.prefixWords.push(pattern);
      return;
    }
    const first = pattern.words[0]!;
    this.file(first, { pattern, plural: false });
    if (pattern.words.length === 1 && /\p{L}$/u.test(first)) {
      this.file(`${first}s`, { pattern, plural: true });
      this.file(`${first}es`, { pattern, plural: true });
    }
  }

  private file(word: string, filed: Filed): void {
    const list = this.byWord.get(word) ?? [];
    list.push(filed);
    this.byWord.set(word, list);
  }

  collect(stream: WordStream, found: Set<number>): void {
    if (this.byWord.size === 0 && this.prefixWords.length === 0) return;
    const { words } = stream;
    for (let at = 0; at < words.length; at++) {
      const word = words[at]!;
      const filed = this.byWord.get(word);
      if (filed !== undefined) {
        for (let k = 0; k < filed.length; k++) {
          const { pattern, plural } = filed[k]!;
          if (found.has(pattern.phrase)) continue;
          if (pattern.words.length === 1 || (!plural && matchesFrom(stream, at, pattern))) {
            found.add(pattern.phrase);
          }
        }
      }
      const prefixes = this.prefixWords;
      for (let k = 0; k < prefixes.length; k++) {
        if (word.startsWith(prefixes[k]!.words[0]!)) found.add(prefixes[k]!.phrase);
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

function toPattern(phrase: number, stream: WordStream, prefix: boolean): Pattern | null {
  return stream.words.length === 0 ? null : { phrase, words: stream.words, glue: stream.glue, prefix };
}

/** Many phrases compiled together; `matches` answers which of them a text contains. */
export class PhraseSet {
  private readonly spaced = new PatternTable();
  /** Every phrase in its joined spelling, for texts that contain hyphenated words. */
  private readonly joined = new PatternTable();
  /** Only phrases whose joined spelling differs (`GPT-4o` → `gpt4o`), for texts without hyphens. */
  private readonly joinedOnly = new PatternTable();

  constructor(
    readonly phrases: readonly string[],
    options: CompileOptions = {},
  ) {
    const joinHyphens = options.joinHyphens !== false;
    phrases.forEach((phrase, index) => {
      const prefix = phrase.trimEnd().endsWith('*');
      const prepared = prepareText(prefix ? phrase.trimEnd().slice(0, -1) : phrase);
      const spacedPattern = toPattern(index, prepared.spaced, prefix);
      if (spacedPattern === null) return;
      this.spaced.add(spacedPattern);
      if (!joinHyphens) return;
      const joinedPattern = toPattern(index, prepared.joined, prefix)!;
      this.joined.add(joinedPattern);
      if (prepared.joined !== prepared.spaced) this.joinedOnly.add(joinedPattern);
    });
  }

  /** Indexes (into `phrases`) of the phrases found in the text. */
  matches(text: PreparedText): Set<number> {
    const found = new Set<number>();
    this.spaced.collect(text.spaced, found);
    if (text.joined !== text.spaced) this.joined.collect(text.joined, found);
    else this.joinedOnly.collect(text.joined, found);
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
