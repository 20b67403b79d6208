import type { FoundLink, Paper } from '../types.js';

/**
 * Link discovery (SPEC §5), offline, from a paper's abstract and arXiv comment:
 * - code: `github.com/owner/repo`, `gitlab.com/group/…/project`, trimmed to the repository;
 * - project page: `*.github.io/…`, or any URL introduced as a project page, website or homepage;
 * - dataset / model / demo: `huggingface.co/datasets|<owner>|spaces/…`, trimmed to owner/name.
 * Only `https:`/`http:` links come out (a bare `github.com/…` gets `https://`). Trailing
 * punctuation and wrapping parentheses are trimmed. A URL that arXiv's whitespace collapsing split
 * right after the host (`https://github.com/ owner/repo`) is rejoined; other splits are ambiguous
 * and left alone. Each link is found once, with where it was seen first. Never throws.
 */

const HOSTS = String.raw`(?:www\.)?(?:github\.com|gitlab\.com|huggingface\.co|[A-Za-z0-9-]+\.github\.io)`;
/** A URL with a scheme, or a bare URL on one of the hosts we know. */
const URL_PATTERN = new RegExp(
  String.raw`https?://[^\s<>"{}|\\^\x60]+|(?<![\w.@/-])${HOSTS}/[^\s<>"{}|\\^\x60]*`,
  'gi',
);
/** `https://github.com/ owner/repo` → `https://github.com/owner/repo`; `https:// host/…` → `https://host/…`. */
const SPLIT_AFTER_HOST = new RegExp(String.raw`(https?://${HOSTS}/)\s+(?=[\w.-]+/[\w.-]+)`, 'gi');
const SPLIT_AFTER_SCHEME = /(https?:\/\/)\s+(?=[\w-]+(?:\.[\w-]+)+\/)/gi;
const INTRODUCED_AS_PROJECT = /(?:project|website|homepage|home page|web page|webpage)\b[^.;]{0,25}$/i;
const NAME = /^[\w.-]+$/;
const GITHUB_NOT_REPOS = new Set([
  'orgs',
  'topics',
  'features',
  'sponsors',
  'marketplace',
  'settings',
  'about',
  'login',
  'apps',
]);
const HF_NOT_REPOS = new Set([
  'papers',
  'docs',
  'blog',
  'collections',
  'organizations',
  'learn',
  'login',
  'join',
  'tasks',
]);

function trimTrailing(url: string): string {
  let out = url;
  for (;;) {
    const last = out.at(-1);
    if (last === undefined) return out;
    if ('.,;:!?\'"*'.includes(last)) {
      out = out.slice(0, -1);
      continue;
    }
    const pairs: Record<string, string> = { ')': '(', ']': '[' };
    const open = pairs[last];
    if (open !== undefined && count(out, last) > count(out, open)) {
      out = out.slice(0, -1);
      continue;
    }
    return out;
  }
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

function repoName(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  const name = segment.replace(/\.git$/i, '');
  return NAME.test(name) && name !== '.' && name !== '..' ? name : null;
}

interface Classified {
  kind: FoundLink['kind'];
  url: string;
}

function classify(raw: string, before: string): Classified | null {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const base = `${url.protocol}//${host}`;
  if (host === 'github.com') {
    const [owner, repoSegment] = segments;
    const repo = repoName(repoSegment);
    if (
      owner === undefined ||
      repo === null ||
      GITHUB_NOT_REPOS.has(owner.toLowerCase()) ||
      !NAME.test(owner)
    )
      return null;
    return { kind: 'code', url: `${base}/${owner}/${repo}` };
  }
  if (host === 'gitlab.com') {
    const dash = segments.indexOf('-');
    const path = (dash < 0 ? segments : segments.slice(0, dash)).map((s) => s.replace(/\.git$/i, ''));
    if (path.length < 2 || !path.every((s) => NAME.test(s))) return null;
    return { kind: 'code', url: `${base}/${path.join('/')}` };
  }
  if (host === 'huggingface.co') return classifyHuggingFace(base, segments);
  if (host.endsWith('.github.io')) return { kind: 'project', url: `${base}${url.pathname}${url.search}` };
  if (INTRODUCED_AS_PROJECT.test(before)) return { kind: 'project', url: url.href };
  return null;
}

function classifyHuggingFace(base: string, segments: string[]): Classified | null {
  const [first, ...rest] = segments;
  if (first === undefined) return null;
  const typed: Record<string, FoundLink['kind']> = { datasets: 'dataset', spaces: 'demo', models: 'model' };
  const kind = typed[first];
  const [owner, nameSegment] = kind === undefined ? [first, rest[0]] : rest;
  const name = repoName(nameSegment);
  if (owner === undefined || name === null || !NAME.test(owner)) return null;
  if (kind === undefined && HF_NOT_REPOS.has(owner.toLowerCase())) return null;
  const prefix = kind === undefined || kind === 'model' ? '' : `/${first}`;
  return { kind: kind ?? 'model', url: `${base}${prefix}/${owner}/${name}` };
}

function linksIn(text: string, source: FoundLink['source']): FoundLink[] {
  const joined = text.replace(SPLIT_AFTER_SCHEME, '$1').replace(SPLIT_AFTER_HOST, '$1');
  const found: FoundLink[] = [];
  for (const match of joined.matchAll(URL_PATTERN)) {
    const raw = trimTrailing(match[0]);
    const before = joined.slice(Math.max(0, match.index - 40), match.index);
    const link = classify(raw, before);
    if (link) found.push({ ...link, source });
  }
  return found;
}

function sameLink(url: string): string {
  return url
    .replace(/^http:/i, 'https:')
    .replace(/\/+$/, '')
    .toLowerCase();
}

export function findLinks(paper: Pick<Paper, 'abstract' | 'comment'>): FoundLink[] {
  try {
    const all = [...linksIn(paper.abstract ?? '', 'abstract'), ...linksIn(paper.comment ?? '', 'comment')];
    const seen = new Set<string>();
    return all.filter((link) => {
      const key = sameLink(link.url);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  } catch {
    // A link is a convenience: no text, however odd, may cost a paper its place (SPEC §5).
    return [];
  }
}
