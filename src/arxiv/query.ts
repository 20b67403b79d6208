import { ConfigError } from '../config/errors.js';
import { DEFAULT_ARXIV_API_URL } from '../config/resolve.js';
import type { ArxivWindow } from './window.js';

/** Longer URLs are split into several queries (SPEC §2); some proxies and servers cut at about 2 KB. */
export const MAX_URL_LENGTH = 2000;
/** arXiv serves at most 30,000 results of one query, in pages of at most 2,000 (API manual §3.1.1.2). */
export const MAX_TOTAL_RESULTS = 30000;
export const MAX_PAGE_SIZE = 2000;
export const DEFAULT_PAGE_SIZE = 1000;

export interface PageRequest {
  searchQuery: string;
  start: number;
  maxResults: number;
}

/**
 * The `search_query` values for one window: the phrases OR-ed over titles and abstracts, AND-ed
 * with the categories and the submission dates. Usually one; several only when one URL would
 * pass MAX_URL_LENGTH, each with a share of the phrases (together all of them).
 */
export function buildSearchQueries(
  phrases: string[],
  categories: string[],
  window: ArxivWindow,
  apiUrl: string = DEFAULT_ARXIV_API_URL,
): string[] {
  return groupPhrases(phrases, categories, apiUrl).map((group) =>
    buildSearchQuery(group, categories, window),
  );
}

/**
 * Splits the phrases into as few groups as keep every query URL within MAX_URL_LENGTH, in their
 * order. The date bounds have a fixed length, so the grouping does not depend on the window.
 */
export function groupPhrases(phrases: string[], categories: string[], apiUrl: string): string[][] {
  const cleaned = cleanPhrases(phrases);
  checkCategories(categories);
  if (cleaned.length === 0) {
    if (categories.length === 0) {
      throw new ConfigError(
        'query.phrases and query.categories are both empty: the query would ask arXiv for every paper',
      );
    }
    return [[]];
  }
  const probe: ArxivWindow = { from: new Date(0), to: new Date(0) };
  const fits = (group: string[]): boolean =>
    longestUrl(apiUrl, buildSearchQuery(group, categories, probe)).length <= MAX_URL_LENGTH;
  const groups: string[][] = [];
  let current: string[] = [];
  for (const phrase of cleaned) {
    if (fits([...current, phrase])) {
      current.push(phrase);
      continue;
    }
    if (!fits([phrase])) {
      throw new ConfigError(
        `query phrase "${phrase}" makes the arXiv query URL longer than ${MAX_URL_LENGTH} characters ` +
          'even on its own; shorten it or use fewer categories',
      );
    }
    groups.push(current);
    current = [phrase];
  }
  groups.push(current);
  return groups;
}

/** One `search_query` value, unencoded: `(ti:"a" OR abs:"a" …) AND (cat:X OR …) AND submittedDate:[… TO …]`. */
export function buildSearchQuery(phrases: string[], categories: string[], window: ArxivWindow): string {
  const parts: string[] = [];
  const cleaned = cleanPhrases(phrases);
  if (cleaned.length > 0) {
    parts.push(`(${cleaned.map((p) => `ti:${quote(p)} OR abs:${quote(p)}`).join(' OR ')})`);
  }
  if (categories.length > 0) parts.push(`(${categories.map((c) => `cat:${c}`).join(' OR ')})`);
  parts.push(`submittedDate:[${formatSubmittedDate(window.from)} TO ${formatSubmittedDate(window.to)}]`);
  return parts.join(' AND ');
}

/** `YYYYMMDDHHMM` in GMT, the form `submittedDate` takes. */
export function formatSubmittedDate(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-T:]/g, '');
}

/**
 * Encodes a `search_query` value the way the arXiv API manual writes it: spaces as `+`, quotes
 * `%22`, parentheses `%28`/`%29`; field colons and the date brackets stay readable.
 */
export function encodeSearchQuery(query: string): string {
  return encodeURIComponent(query)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
    .replace(/%3A/g, ':')
    .replace(/%5B/g, '[')
    .replace(/%5D/g, ']');
}

export function buildQueryUrl(apiUrl: string, page: PageRequest): string {
  const separator = apiUrl.includes('?') ? '&' : '?';
  return (
    `${apiUrl}${separator}search_query=${encodeSearchQuery(page.searchQuery)}` +
    `&sortBy=submittedDate&sortOrder=descending&start=${page.start}&max_results=${page.maxResults}`
  );
}

/**
 * The URL that asks for papers by id (`id_list`), for queued papers that have left the query's
 * window. arXiv answers with the latest version of each, in the order asked.
 */
export function buildIdListUrl(apiUrl: string, ids: readonly string[]): string {
  const separator = apiUrl.includes('?') ? '&' : '?';
  return `${apiUrl}${separator}id_list=${ids.map(encodeURIComponent).join(',')}&start=0&max_results=${ids.length}`;
}

/** The URL of the query's deepest page, the longest it can get. */
function longestUrl(apiUrl: string, searchQuery: string): string {
  return buildQueryUrl(apiUrl, {
    searchQuery,
    start: MAX_TOTAL_RESULTS - 1,
    maxResults: MAX_PAGE_SIZE,
  });
}

/**
 * Every phrase is quoted, so hyphenated terms (`GPT-4o`, `text-to-image`) are searched as one
 * term instead of being split by arXiv's tokenizer. A quote inside a phrase cannot be escaped
 * in arXiv's query language, so it is dropped.
 */
function quote(phrase: string): string {
  return `"${phrase}"`;
}

function cleanPhrases(phrases: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of phrases) {
    const phrase = raw.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
    const key = phrase.toLowerCase();
    if (phrase === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(phrase);
  }
  return out;
}

function checkCategories(categories: string[]): void {
  for (const category of categories) {
    if (!/^[A-Za-z][A-Za-z0-9.*-]*$/.test(category)) {
      throw new ConfigError(
        `query.categories: "${category}" is not an arXiv category such as cs.CV or hep-th`,
      );
    }
  }
}
