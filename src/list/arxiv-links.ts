import { NEW_ID, OLD_ID, parseArxivId } from '../arxiv/ids.js';

/**
 * The ways a list links to an arXiv paper (SPEC §3): arxiv.org (also www., export., ar5iv.labs.)
 * `/abs|pdf|html/ID` with or without version or `.pdf`, ar5iv.org, `arXiv:ID`,
 * huggingface.co/papers/ID, alphaxiv.org/abs/ID, and the arXiv DOI `10.48550/arXiv.ID`. A bare
 * number (`2023.01234` in a DOI or a date) is never taken for an id.
 */
const LINK = new RegExp(
  String.raw`(?:(arxiv\.org|ar5iv\.org)\/(abs|pdf|html)\/|huggingface\.co\/papers\/|alphaxiv\.org\/abs\/|` +
    String.raw`\barxiv:[ \t]?|10\.48550\/arxiv\.)(${NEW_ID}|${OLD_ID})(?:v\d+)?(?![\d])`,
  'gi',
);

export type ArxivLinkKind = 'abs' | 'pdf' | 'html' | 'other';

export interface ArxivLink {
  arxivId: string;
  /** Which arxiv.org path the link uses, `other` for every other form. */
  kind: ArxivLinkKind;
  index: number;
}

export function* arxivLinks(text: string): Generator<ArxivLink> {
  LINK.lastIndex = 0;
  for (let match = LINK.exec(text); match; match = LINK.exec(text)) {
    const arxivId = canonicalId(match[3]!);
    if (arxivId === null) continue;
    const path = match[2]?.toLowerCase();
    const kind: ArxivLinkKind =
      match[1]?.toLowerCase() === 'arxiv.org' && (path === 'abs' || path === 'pdf' || path === 'html')
        ? path
        : 'other';
    yield { arxivId, kind, index: match.index };
  }
}

/**
 * Every arXiv link of a text, found in one pass, for questions about parts of it. A link never
 * spans a line, so the links of a run of whole lines are the text's links that start in it.
 */
export class ArxivLinkIndex {
  readonly links: readonly ArxivLink[];

  constructor(text: string) {
    this.links = [...arxivLinks(text)];
  }

  ids(): Set<string> {
    return new Set(this.links.map((link) => link.arxivId));
  }

  /** The links that start in `from … to - 1`. */
  within(from: number, to: number): readonly ArxivLink[] {
    return this.links.slice(this.firstAtOrAfter(from), this.firstAtOrAfter(to));
  }

  /** The id of the first link that starts in `from … to - 1`, or null. */
  firstId(from: number, to: number): string | null {
    const link = this.links[this.firstAtOrAfter(from)];
    return link !== undefined && link.index < to ? link.arxivId : null;
  }

  private firstAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.links.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.links[middle]!.index < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Every base arXiv id the text links to. */
export function findArxivIds(text: string): Set<string> {
  const ids = new Set<string>();
  for (const link of arxivLinks(text)) ids.add(link.arxivId);
  return ids;
}

export function firstArxivId(text: string): string | null {
  for (const link of arxivLinks(text)) return link.arxivId;
  return null;
}

/** Links are matched case-insensitively; old-style ids are `archive.SC/YYMMNNN`. */
function canonicalId(raw: string): string | null {
  const direct = parseArxivId(raw);
  if (direct) return direct.arxivId;
  const slash = raw.indexOf('/');
  if (slash < 0) return null;
  const [archive = '', subject] = raw.slice(0, slash).split('.');
  const fixed = `${archive.toLowerCase()}${subject === undefined ? '' : `.${subject.toUpperCase()}`}${raw.slice(slash)}`;
  return parseArxivId(fixed)?.arxivId ?? null;
}
