/**
 * arXiv identifiers: new style `2504.02782` (4 or 5 digits after the dot) and old style
 * `hep-th/9901001` or `math.GT/0309136`, each with an optional `vN` version.
 * See https://info.arxiv.org/help/arxiv_identifier.html
 */
export const NEW_ID = String.raw`\d{4}\.\d{4,5}`;
export const OLD_ID = String.raw`[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7}`;
const ID_WITH_VERSION = new RegExp(String.raw`^(${NEW_ID}|${OLD_ID})(?:v(\d+))?$`);

export interface ParsedId {
  arxivId: string;
  /** null when the id carried no version. */
  version: number | null;
}

/** Splits `2504.02782v2` into base id and version; null when it is not an arXiv id. */
export function parseArxivId(text: string): ParsedId | null {
  const match = ID_WITH_VERSION.exec(text.trim());
  if (!match) return null;
  return { arxivId: match[1]!, version: match[2] === undefined ? null : Number(match[2]) };
}

/**
 * Accepts what people paste as "an arXiv id" (a bare id, `arXiv:ID`, an abs/pdf/html URL)
 * and returns the base id, or null.
 */
export function normaliseArxivId(text: string): string | null {
  let t = text.trim();
  t = t.replace(/^arxiv:/i, '');
  t = t.replace(/^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\//i, '');
  t = t.replace(/\.pdf$/i, '');
  return parseArxivId(t)?.arxivId ?? null;
}

/** Orders ids roughly by submission date: new-style by number, old-style before them by YYMM. */
export function compareArxivIds(a: string, b: string): number {
  const key = (id: string): string => {
    const slash = id.indexOf('/');
    if (slash < 0) {
      const [yymm, num] = id.split('.') as [string, string];
      const year = Number(yymm.slice(0, 2));
      return `${year >= 91 ? '19' : '20'}${yymm}.${num.padStart(5, '0')}`;
    }
    const digits = id.slice(slash + 1);
    const year = Number(digits.slice(0, 2));
    return `${year >= 91 ? '19' : '20'}${digits.slice(0, 4)}.0${digits.slice(4)}|${id.slice(0, slash)}`;
  };
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
