import { firstArxivId } from '../list/arxiv-links.js';
import { plainText } from '../list/plain-text.js';
import type { FoundLink } from '../types.js';

/**
 * What a link in an entry is for. `title`: the paper's title linked to the paper; `paper`: a
 * labelled paper link (`[📄 Paper]`, an arXiv badge); the found-link kinds; `stars`: a GitHub
 * stars badge linked to the code; `fixed`: something the bot cannot know (a citation into the
 * list's own .bib file, a link of no known kind).
 */
export type LinkRole = 'title' | 'paper' | FoundLink['kind'] | 'stars' | 'fixed';

/** The owner/repo of a shields.io GitHub-stars image (`…/github/stars/owner/repo.svg?…`). */
const STARS = /img\.shields\.io\/github\/stars\/([\w.-]+\/[\w.-]+?)(?:\.svg)?(?=[?#]|$)/i;

export function starsRepo(imageUrl: string): string | null {
  return STARS.exec(imageUrl)?.[1] ?? null;
}

/** Link text that names a kind of link rather than the paper; checked before the URL. */
const LABEL_ROLES: Array<[LinkRole, RegExp]> = [
  ['fixed', /^(?:bib|bibtex|citation|cite)$/],
  ['paper', /^(?:paper|pdf|arxiv|abs|abstract|preprint|openreview|doi)$/],
  ['code', /^(?:code|codes|github|gitlab|repo|repository|implementation)$/],
  ['project', /^(?:project|project ?page|page|site|website|homepage|home page|webpage|blog)$/],
  ['demo', /^(?:demo|space|spaces|playground)$/],
  ['dataset', /^(?:dataset|datasets|data|benchmark)$/],
  ['model', /^(?:model|models|weights|checkpoint|checkpoints)$/],
];

/** The role of a link from its text alone, or null when the text is no kind word (a title). */
export function labelRole(label: string): LinkRole | null {
  const words = plainText(label)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (words === '' || words.length > 24) return null;
  return LABEL_ROLES.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}

/** The kind of a URL by its host, as link discovery sorts them (SPEC §5). */
export function urlRole(url: string): LinkRole | null {
  if (firstArxivId(url) !== null) return 'paper';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return /\.bib\b/i.test(url) ? 'fixed' : null;
  }
  const host = parsed.hostname.replace(/^www\./, '').toLowerCase();
  const path = parsed.pathname.split('/').filter((s) => s !== '');
  if (host === 'github.com' || host === 'gitlab.com') return 'code';
  if (host.endsWith('.github.io')) return 'project';
  if (host === 'huggingface.co') {
    if (path[0] === 'datasets') return 'dataset';
    if (path[0] === 'spaces') return 'demo';
    if (path[0] === 'papers') return 'paper';
    return path.length >= 2 ? 'model' : null;
  }
  return null;
}

/** The role of a link that is not the entry's title link. */
export function linkRole(label: string, url: string, imageUrl: string | null): LinkRole {
  if (imageUrl !== null) {
    if (starsRepo(imageUrl) !== null) return 'stars';
    if (/img\.shields\.io\/badge\/arxiv/i.test(imageUrl)) return 'paper';
  }
  const byLabel = imageUrl === null ? labelRole(label) : labelRole(altText(label));
  if (byLabel !== null) return byLabel;
  if (url === '') return 'fixed';
  return urlRole(url) ?? 'fixed';
}

function altText(label: string): string {
  return /!\[([^\]]*)\]/.exec(label)?.[1] ?? '';
}
