const MARKUP = /[<>[\]\\*_~`&!]/;

/**
 * The visible text of a line of markdown: links and images reduced to their text (images
 * dropped), HTML tags and comments dropped, entities decoded, escapes and emphasis markers
 * removed. Good enough to read titles and headings; not a markdown renderer. A backslash-escaped
 * character is text whatever it is (`\[`, `\<b>`, `\*`): escapes are set aside before anything is
 * stripped and put back last.
 */
export function plainText(markdown: string): string {
  // Most titles hold no markup at all; skip the replacements for them (lists run to thousands).
  if (!MARKUP.test(markdown)) return collapseSpace(markdown);
  return restoreEscapes(
    decodeEntities(
      hideEscapes(markdown)
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
        .replace(/!\[[^\]]*\]\[[^\]]*\]/g, ' ')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
        .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
        .replace(/(\*\*|__|~~|\*|`)/g, ''),
    ),
  )
    .replace(SPACE_RUNS, ' ')
    .trim();
}

// An escaped character stands in as a code point of plane 15 (private use, never in real titles)
// while links, tags and emphasis are stripped: one UTF-16 pair that no pattern here looks at.
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const HIDDEN = /\uDB80([\uDC21-\uDC7E])/g;

function hideEscapes(text: string): string {
  return text.replace(ESCAPED, (_, ch: string) => `\uDB80${String.fromCharCode(0xdc00 + ch.charCodeAt(0))}`);
}

function restoreEscapes(text: string): string {
  return text.replace(HIDDEN, (_, low: string) => String.fromCharCode(low.charCodeAt(0) - 0xdc00));
}

const SPACE_RUNS = /\s+/g;

export function collapseSpace(text: string): string {
  return text.replace(SPACE_RUNS, ' ').trim();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The key two titles are compared by (SPEC §3 "its normalised title equals a listed entry's
 * title"): markdown and HTML stripped, accents folded, case, punctuation and whitespace removed,
 * so `GPT-4o`, `GPT 4o` and `gpt4o`, or `Text-to-Image` and `Text to Image`, are the same.
 */
export function normaliseTitle(title: string): string {
  const text = plainText(title).toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const EMOJI =
  /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\uFE0E|\uFE0F|\u200D|\u20E3/gu;

/** Heading text as sections are matched: emoji and `:shortcodes:` gone, words lower-cased. */
export function headingKey(heading: string): string {
  const text = plainText(heading)
    .replace(/:[a-z0-9_+-]+:/gi, ' ')
    .toLowerCase();
  return text
    .replace(EMOJI, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
