/**
 * How a text is read as words, by the phrase matcher and the similarity index alike:
 * - lower-cased and Unicode-normalised (NFKC); a word is a run of letters and digits;
 * - what separates two words is their glue: `' '` for any whitespace or a single hyphen, otherwise
 *   the punctuation itself (`, `, `.`), so `image, editing` is not `image editing`;
 * - a possessive `'s` is dropped: `GPT-4o's image generation` reads as `GPT-4o image generation`;
 * - every text has two spellings: spaced, where hyphens read as spaces (`text-to-image` → text ·
 *   to · image), and joined, where words a single hyphen joins are one (`auto-regressive` →
 *   autoregressive, `GPT-4o` → gpt4o).
 */

/** A text cut into words; `glue[i]` is what separates `words[i]` from `words[i + 1]`. */
export interface WordStream {
  words: string[];
  glue: string[];
}

export interface PreparedText {
  /** Hyphens read as spaces: `text-to-image` → text · to · image. */
  spaced: WordStream;
  /**
   * Words joined by a single hyphen merged: `auto-regressive` → autoregressive. The spaced stream
   * itself when no hyphen joins two words.
   */
  joined: WordStream;
}

const HYPHEN_CHARS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013']);
/** What lies between words, captured: `split` gives words and separators, alternating. */
const SEPARATORS = /([^\p{L}\p{N}]+)/u;

function isSingleHyphen(raw: string): boolean {
  return raw.length === 1 && HYPHEN_CHARS.has(raw);
}

function isApostrophe(raw: string): boolean {
  return raw === "'" || raw === '\u2019';
}

/** A separator as glue: whitespace and hyphens in it read as one space, kept only between marks. */
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

/**
 * In `split(SEPARATORS)` parts, where words and separators alternate (the first and the last word
 * are '' when the text starts or ends with a separator; no other word is empty): the index of the
 * separator between the word at `i` and the next word, or -1 when no word follows. A possessive
 * `'s` after the word is skipped.
 */
function separatorAfter(parts: string[], i: number): number {
  const last = parts.length - 1;
  let separator = i + 1;
  if (separator < last && parts[separator + 1] === 's' && isApostrophe(parts[separator]!)) separator += 2;
  return separator >= last || parts[separator + 1] === '' ? -1 : separator;
}

/** The spaced stream, and the glue indexes where a single hyphen joins two words. */
function scan(text: string): { spaced: WordStream; joins: number[] } {
  const words: string[] = [];
  const glue: string[] = [];
  const joins: number[] = [];
  const parts = text.split(SEPARATORS);
  for (let i = parts[0] === '' ? 2 : 0; i < parts.length;) {
    const word = parts[i]!;
    if (word === '') break;
    words.push(word);
    const separator = separatorAfter(parts, i);
    if (separator < 0) break;
    const raw = parts[separator]!;
    if (isSingleHyphen(raw)) joins.push(glue.length);
    glue.push(canonicalGlue(raw));
    i = separator + 1;
  }
  return { spaced: { words, glue }, joins };
}

/** The spaced stream with the words at `joins` merged. */
function joinedStream({ words, glue }: WordStream, joins: readonly number[]): WordStream {
  const joined: WordStream = { words: [], glue: [] };
  const at = new Set(joins);
  let current = words[0]!;
  for (let i = 0; i < glue.length; i++) {
    if (at.has(i)) current += words[i + 1]!;
    else {
      joined.words.push(current);
      joined.glue.push(glue[i]!);
      current = words[i + 1]!;
    }
  }
  joined.words.push(current);
  return joined;
}

export function prepareText(text: string): PreparedText {
  const { spaced, joins } = scan(text.normalize('NFKC').toLowerCase());
  return { spaced, joined: joins.length === 0 ? spaced : joinedStream(spaced, joins) };
}

/** The words of the joined spelling: how the similarity index reads a text. */
export function joinedWords(text: string): string[] {
  return prepareText(text).joined.words;
}
