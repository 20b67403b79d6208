import { plainText } from './plain-text.js';

/** `### 12. Title [CVPR 2024]` → `Title`: numbering and a trailing venue-and-year tag removed. */
export function headingTitle(heading: string): string {
  return plainText(heading)
    .replace(/^\d{1,4}[.)]\s+/, '')
    .replace(/\s*[[(][^\][()]*\b(?:19|20)\d\d\b[^\][()]*[\])]$/, '')
    .trim();
}

/**
 * A markdown link that is not an image: `[text](url)`; the text may hold a nested image and
 * backslash-escaped brackets (`[\[Oral\] Title](…)`, as the renderers write arXiv titles).
 */
const LINK =
  /(?<![!\\])\[((?:\\.|[^[\]\\]|\[(?:\\.|[^\]\\])*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;

/** Labels that name a link's kind rather than the paper: `[Paper](…)`, `[📄 PDF](…)`, `[arXiv](…)`. */
const GENERIC_LABEL =
  /^(?:paper|pdf|arxiv|abs|abstract|link|code|github|project|project page|page|site|website|homepage|demo|video|dataset|data|model|bib|bibtex|citation|cite|hf|huggingface|openreview|doi|html|poster|slides|blog)$/;

export interface FirstLink {
  text: string;
  url: string;
  /** Offset of the link in the searched text. */
  index: number;
}

/** The first link that points somewhere (http or relative, not an in-page `#anchor`) and shows text. */
export function firstTextLink(markdown: string): FirstLink | null {
  LINK.lastIndex = 0;
  for (let match = LINK.exec(markdown); match; match = LINK.exec(markdown)) {
    const text = plainText(match[1]!);
    const url = match[2]!;
    if (text === '' || url.startsWith('#')) continue;
    return { text, url, index: match.index };
  }
  return null;
}

/**
 * The title of a bullet entry: its first link's text, unless that text only names the link's
 * kind, then the text before the first link (`- **Title** [[paper](…)]`).
 */
export function bulletTitle(itemText: string): { title: string; url: string } | null {
  const link = firstTextLink(itemText);
  if (!link) return null;
  const head = itemText.slice(0, link.index).replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '');
  const before = head === '' ? '' : plainText(head).replace(/[\s[(:,.|–—-]+$/, '');
  if (isGenericLabel(link.text)) return before === '' ? null : { title: before, url: link.url };
  // `- Template borrowed from [Other list](…)` mentions a link; it is not an entry.
  return before.split(/\s+/).length > 3 ? null : { title: link.text, url: link.url };
}

function isGenericLabel(text: string): boolean {
  return text.length <= 24 && GENERIC_LABEL.test(labelWords(text));
}

function labelWords(text: string): string {
  return text
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
