import type { FoundLink, Paper } from '../types.js';
import { cleanText } from '../list/clean-text.js';

/**
 * The name a list shows for a paper (a `Name` column, `*GAPS, arXiv 2024*`), as a maintainer
 * would find it: the part of the title before a colon when it reads as a name (`GPT-ImgEval: …`,
 * `Robot See Robot Do: …`, not `Vision as a Dialect: …`); a coined word of the title that the
 * abstract introduces (`… with MetaQueries`, "We introduce MetaQueries, …"); a title that is
 * `X Technical Report`; a name the abstract introduces (`we present X`, `dubbed X`); the code
 * repository's name in the spelling of the title or abstract (`alexanderswerdlow/unidisc` →
 * `UniDisc`). Null when none of these holds: the list's own empty form is used then.
 */
export function shortName(paper: Paper, links: FoundLink[]): string | null {
  const title = cleanText(paper.title, 300);
  const abstract = cleanText(paper.abstract, 4000);
  return (
    beforeColon(title) ??
    technicalReport(title) ??
    introducedInTitle(title, abstract) ??
    introduced(abstract) ??
    repoName(links, `${title} ${abstract}`)
  );
}

const MAX_NAME = 40;
/** Words that make a phrase a sentence rather than a name. */
const FUNCTION_WORDS = /^(?:a|an|the|as|of|for|to|in|on|at|by|with|and|or|is|are|via|from|into|towards?)$/i;

function beforeColon(title: string): string | null {
  const colon = title.indexOf(':');
  if (colon <= 0) return null;
  const name = title.slice(0, colon).trim();
  const words = name.split(/\s+/);
  if (name.length > MAX_NAME || words.length > 5) return null;
  if (words.length <= 2 || words.some(isCoined)) return name;
  // `Robot See Robot Do`, `Watch It Move`: a phrase of capitalised words is a name, a sentence is not.
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) && !FUNCTION_WORDS.test(w)) ? name : null;
}

function technicalReport(title: string): string | null {
  const match = /^(\S+(?:\s\S+)?)\s+Technical Report$/i.exec(title);
  return match ? match[1]! : null;
}

/** A word nobody writes unless naming something: `MetaQueries`, `OmniGen2`, `BLIP3-o`, `LaVIT`. */
export function isCoined(word: string): boolean {
  const w = word.replace(/[^\p{L}\p{N}.+-]/gu, '');
  if (w.length < 2 || /^\d+[DdKkMmBb]?$/.test(w)) return false;
  return (
    /\p{Ll}\p{Lu}/u.test(w) || /\p{L}\d|\d\p{L}{2,}/u.test(w) || /^\p{Lu}{2,}[\p{Ll}\d-]*\p{Lu}?/u.test(w)
  );
}

function introducedInTitle(title: string, abstract: string): string | null {
  for (const word of title.split(/\s+/)) {
    const name = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+]+$/gu, '');
    if (isCoined(name) && introduces(abstract, name)) return name;
  }
  return null;
}

const INTRODUCING = String.raw`(?:we\s+(?:present|propose|introduce|develop|build|release|design)|(?:named|called|dubbed|termed|coined))`;

function introduces(abstract: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    String.raw`${INTRODUCING}\s+(?:the\s+)?${escaped}\b|\b${escaped}\s*(?:,|\()\s*(?:a|an|the)\b`,
    'i',
  ).test(abstract);
}

/** `We present X, …`, `… dubbed X`, `X, a unified model …` with X a coined word. */
function introduced(abstract: string): string | null {
  const patterns = [
    new RegExp(String.raw`${INTRODUCING}\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}.+-]*)`, 'giu'),
    /(?:^|\.\s+)([\p{L}\p{N}][\p{L}\p{N}.+-]*),\s+(?:a|an)\s/gu,
  ];
  for (const pattern of patterns) {
    for (const match of abstract.matchAll(pattern)) {
      const name = match[1]!.replace(/[.]+$/, '');
      if (isCoined(name)) return name;
    }
  }
  return null;
}

function repoName(links: FoundLink[], text: string): string | null {
  const code = links.find((link) => link.kind === 'code');
  const repo = code
    ? /^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[^/]+\/([^/?#]+)/i.exec(code.url)?.[1]
    : undefined;
  if (!repo) return null;
  const name = repo.replace(/\.git$/i, '');
  if (name.length > 25 || !/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(name)) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'iu').exec(text)?.[0] ?? name;
}
