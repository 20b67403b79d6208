import { parseArxivId } from '../arxiv/ids.js';

/**
 * A URL fit for a markdown link, or null: only `https:` and `http:` (never `javascript:` or
 * `data:`), no user or password, and the characters that could end a link destination or a
 * table cell (`(`, `)`, `|`, `<`, `>`, quotes, backslash, spaces) percent-encoded.
 */
export function safeUrl(raw: string): string | null {
  if (raw.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
    return null;
  }
  return url.href.replace(
    /[()|<>"'`\\\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** The arXiv page of a paper; throws on anything that is not an arXiv id, as it goes into a URL. */
export function arxivUrl(arxivId: string, kind: 'abs' | 'pdf'): string {
  const parsed = parseArxivId(arxivId);
  if (!parsed || parsed.version !== null) {
    throw new Error(`Cannot link to "${arxivId}": not a base arXiv id (like 2504.02782 or hep-th/9901001).`);
  }
  return `https://arxiv.org/${kind}/${parsed.arxivId}`;
}
