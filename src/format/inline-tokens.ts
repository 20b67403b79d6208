/**
 * The links and images of an entry's text, with everything between them kept as written. The
 * template is the maintainer's own entry with its values swapped, so the pieces must come with
 * their exact source text; markdown-it's inline tokens carry no source positions, hence this
 * small reader of the two constructs entries are made of.
 */
export type Token =
  | { type: 'text'; raw: string }
  | { type: 'link'; raw: string; label: string; url: string; image: Image | null }
  | ({ type: 'image'; raw: string } & Image);

export interface Image {
  alt: string;
  url: string;
}

/**
 * `[label](url "title")` or `![alt](url)`; a label may hold one nested `[…]` (a badge image) and
 * backslash escapes. The destination may be empty (`[site]()`, as lists write a missing link).
 */
const LINK =
  /(?<!\\)(!?)\[((?:\\.|[^[\]\\]|\[(?:\\.|[^\]\\])*\])*)\]\(\s*(?:<([^<>\n]*)>|([^)\s]*))(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const WHOLE_IMAGE = /^\s*!\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)\s*$/;

export function inlineTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  LINK.lastIndex = 0;
  for (let match = LINK.exec(text); match; match = LINK.exec(text)) {
    if (match.index > at) tokens.push({ type: 'text', raw: text.slice(at, match.index) });
    const [raw, bang, label, bracketed, bare] = match;
    const url = bracketed ?? bare ?? '';
    if (bang === '!') {
      tokens.push({ type: 'image', raw, alt: label!, url });
    } else {
      const image = WHOLE_IMAGE.exec(label!);
      tokens.push({
        type: 'link',
        raw,
        label: label!,
        url,
        image: image ? { alt: image[1]!, url: image[2]! } : null,
      });
    }
    at = match.index + raw.length;
  }
  if (at < text.length) tokens.push({ type: 'text', raw: text.slice(at) });
  return tokens;
}

/** Tokens split at line endings: a text token never spans two lines; a link may (a wrapped title). */
export function tokenLines(text: string): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of inlineTokens(text)) {
    if (token.type !== 'text') {
      lines[lines.length - 1]!.push(token);
      continue;
    }
    const pieces = token.raw.split(/\r\n|\r|\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece !== '') lines[lines.length - 1]!.push({ type: 'text', raw: piece });
    });
  }
  return lines;
}
