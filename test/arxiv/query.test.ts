import { describe, expect, it } from '@jest/globals';
import {
  buildQueryUrl,
  buildSearchQueries,
  buildSearchQuery,
  encodeSearchQuery,
  MAX_URL_LENGTH,
} from '../../src/arxiv/query.js';
import { arxivWindow } from '../../src/arxiv/window.js';
import { ConfigError } from '../../src/config/errors.js';
import { PROFILES } from '../../src/config/profiles.js';
import { DEFAULT_ARXIV_API_URL } from '../../src/config/resolve.js';

const WINDOW = arxivWindow({ now: new Date('2026-11-26T03:00:00Z'), windowDays: 7, since: null });
const DATES = 'submittedDate:[202611190000 TO 202611270000]';
/** The URL of a query's deepest possible page, the longest the client can build. */
const deepest = (searchQuery: string): string =>
  buildQueryUrl(DEFAULT_ARXIV_API_URL, { searchQuery, start: 29_999, maxResults: 2000 });

describe('buildSearchQuery', () => {
  it.each<[string, string[], string[], string]>([
    [
      'quotes every phrase, hyphenated or not',
      ['GPT-4o', 'image editing'],
      ['cs.CV'],
      `(ti:"GPT-4o" OR abs:"GPT-4o" OR ti:"image editing" OR abs:"image editing") AND (cat:cs.CV) AND ${DATES}`,
    ],
    [
      'ORs the categories',
      ['text-to-image'],
      ['cs.CV', 'cs.AI', 'hep-th'],
      `(ti:"text-to-image" OR abs:"text-to-image") AND (cat:cs.CV OR cat:cs.AI OR cat:hep-th) AND ${DATES}`,
    ],
    [
      'drops quotes inside phrases, blank and repeated phrases, and collapses spaces',
      ['say "cheese"', '  ', 'Image  Editing', 'image editing'],
      ['cs.CV'],
      `(ti:"say cheese" OR abs:"say cheese" OR ti:"Image Editing" OR abs:"Image Editing") AND (cat:cs.CV) AND ${DATES}`,
    ],
    ['leaves out an empty phrase list', [], ['cs.CV'], `(cat:cs.CV) AND ${DATES}`],
    ['leaves out an empty category list', ['GPT-4o'], [], `(ti:"GPT-4o" OR abs:"GPT-4o") AND ${DATES}`],
  ])('%s', (_name, phrases, categories, expected) => {
    expect(buildSearchQuery(phrases, categories, WINDOW)).toBe(expected);
  });

  it('bounds the dates to the minute in GMT', () => {
    const window = { from: new Date('2026-01-02T03:04:59Z'), to: new Date('2026-12-31T23:59:00Z') };
    expect(buildSearchQuery(['x'], [], window)).toMatch(
      / AND submittedDate:\[202601020304 TO 202612312359\]$/,
    );
  });
});

describe('query URLs', () => {
  it('encodes the way the arXiv API manual writes queries', () => {
    const query = buildSearchQuery(['GPT-4o', 'image editing'], ['cs.CV', 'cs.AI'], WINDOW);
    expect(buildQueryUrl(DEFAULT_ARXIV_API_URL, { searchQuery: query, start: 0, maxResults: 1000 })).toBe(
      'https://export.arxiv.org/api/query?search_query=' +
        '%28ti:%22GPT-4o%22+OR+abs:%22GPT-4o%22+OR+ti:%22image+editing%22+OR+abs:%22image+editing%22%29' +
        '+AND+%28cat:cs.CV+OR+cat:cs.AI%29+AND+submittedDate:[202611190000+TO+202611270000]' +
        '&sortBy=submittedDate&sortOrder=descending&start=0&max_results=1000',
    );
  });

  it.each(['Schrödinger bridge', 'R&D #1 + 50% (beta)', "it's *new*", 'a/b?c=d'])(
    'encodes %j so the server reads back the same query',
    (phrase) => {
      const query = buildSearchQuery([phrase], ['cs.CV'], WINDOW);
      const url = new URL(
        buildQueryUrl('http://127.0.0.1:1/api/query', { searchQuery: query, start: 0, maxResults: 1 }),
      );
      expect(url.searchParams.get('search_query')).toBe(query);
      expect(encodeSearchQuery(query)).not.toMatch(/[ "()&#?'*]/);
    },
  );

  it('appends to an API URL that already has a query string', () => {
    expect(
      buildQueryUrl('https://mirror.example/api?key=1', {
        searchQuery: 'cat:cs.CV',
        start: 5,
        maxResults: 7,
      }),
    ).toBe(
      'https://mirror.example/api?key=1&search_query=cat:cs.CV&sortBy=submittedDate&sortOrder=descending&start=5&max_results=7',
    );
  });
});

describe('buildSearchQueries', () => {
  it('fits the default profile in one query', () => {
    const profile = PROFILES['gpt-image-generation']!;
    const queries = buildSearchQueries(profile.phrases, profile.categories, WINDOW);
    expect(queries).toHaveLength(1);
    expect(deepest(queries[0]!).length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    for (const phrase of profile.phrases) expect(queries[0]).toContain(`ti:"${phrase}" OR abs:"${phrase}"`);
    for (const category of profile.categories) expect(queries[0]).toContain(`cat:${category}`);
  });

  it('splits a long phrase list into queries that each fit and together hold every phrase once', () => {
    const phrases = Array.from({ length: 60 }, (_, i) => `multimodal phrase number ${i} with-hyphen`);
    const queries = buildSearchQueries(phrases, ['cs.CV', 'cs.LG'], WINDOW);
    expect(queries.length).toBeGreaterThan(1);
    const found: string[] = [];
    for (const query of queries) {
      expect(deepest(query).length).toBeLessThanOrEqual(MAX_URL_LENGTH);
      expect(query).toMatch(
        /\) AND \(cat:cs\.CV OR cat:cs\.LG\) AND submittedDate:\[202611190000 TO 202611270000\]$/,
      );
      found.push(...[...query.matchAll(/ti:"([^"]+)"/g)].map((m) => m[1]!));
    }
    expect(found).toEqual(phrases);
    // As few queries as the limit allows: no two neighbours would fit together.
    const joined = queries.slice(1).map((q, i) => `${queries[i]!.split(') AND (cat')[0]} OR ${q.slice(1)}`);
    for (const query of joined) expect(deepest(query).length).toBeGreaterThan(MAX_URL_LENGTH);
  });

  it('measures the length against the configured API URL', () => {
    const phrases = Array.from({ length: 24 }, (_, i) => `phrase ${i} of some length`);
    const local = buildSearchQueries(phrases, ['cs.CV'], WINDOW, 'http://x');
    const long = buildSearchQueries(phrases, ['cs.CV'], WINDOW, `https://mirror.example/${'a'.repeat(900)}`);
    expect(long.length).toBeGreaterThan(local.length);
  });

  it.each<[string, string[], string[], RegExp]>([
    ['no phrases and no categories', [], [], /query\.phrases and query\.categories are both empty/],
    [
      'a phrase too long on its own',
      ['x'.repeat(1000)],
      ['cs.CV'],
      /query phrase "x+" makes the arXiv query URL longer than 2000 characters/,
    ],
    ['a category with a space', ['x'], ['cs CV'], /query\.categories: "cs CV" is not an arXiv category/],
    [
      'a category with a parenthesis',
      ['x'],
      ['cs.CV)'],
      /query\.categories: "cs\.CV\)" is not an arXiv category/,
    ],
  ])('rejects %s', (_name, phrases, categories, message) => {
    expect(() => buildSearchQueries(phrases, categories, WINDOW)).toThrow(ConfigError);
    expect(() => buildSearchQueries(phrases, categories, WINDOW)).toThrow(message);
  });
});
