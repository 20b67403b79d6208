/**
 * The feed parser as it first stood, on fast-xml-parser (SPEC §2's choice), kept as the oracle the
 * one-pass reader in src/arxiv/xml-elements.ts is compared against (test/arxiv/parse-oracle.test.ts).
 * The product replaced it for speed: fast-xml-parser took 450–650 ms on a 2,000-entry page in a
 * fresh process, the reader about 100 ms.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Paper } from '../../src/types.js';
import { decodeXmlEntities } from '../../src/arxiv/entities.js';
import { ArxivApiError, ArxivTransientError } from '../../src/arxiv/errors.js';
import { parseArxivId } from '../../src/arxiv/ids.js';

export interface ParsedFeed {
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  /** Entries in the page, readable or not: paging advances by this, not by `papers.length`. */
  entryCount: number;
  papers: Paper[];
  /** Entries that could not be read (no arXiv id), said in words; the rest of the page is kept. */
  skipped: string[];
}

type XmlNode = Record<string, unknown>;

// Elements are found by local name (`arxiv:comment` → `comment`), whatever prefix or per-element
// namespace declaration the feed uses; repeated elements are always arrays, even when single.
const REPEATED = new Set(['entry', 'author', 'category', 'link']);
const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => REPEATED.has(name),
});

const ERROR_ENTRY_ID = /arxiv\.org\/api\/errors/i;

/**
 * Reads one arXiv API response body. Throws ArxivTransientError when the body is not a whole
 * Atom feed (empty, `Rate exceeded.`, an HTML page, cut off), and ArxivApiError when it is
 * arXiv's error feed.
 */
export function referenceParseFeed(xml: string): ParsedFeed {
  checkWholeFeed(xml);
  let document: XmlNode;
  try {
    document = parser.parse(xml) as XmlNode;
  } catch (error) {
    throw new ArxivTransientError(
      'not-xml',
      `the response is not well-formed XML: ${(error as Error).message}`,
      {
        arxivMessage: oneLine(xml),
      },
    );
  }
  const feed = document['feed'];
  if (feed === undefined || (typeof feed !== 'object' && feed !== '')) {
    throw new ArxivTransientError('not-xml', 'the response is XML but not an Atom feed', {
      arxivMessage: oneLine(xml),
    });
  }
  const node: XmlNode = typeof feed === 'object' && feed !== null ? (feed as XmlNode) : {};
  const entries = (node['entry'] as XmlNode[] | undefined) ?? [];
  rejectErrorFeed(entries);

  const papers: Paper[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    const paper = readEntry(entry);
    if (typeof paper === 'string') skipped.push(paper);
    else papers.push(paper);
  }
  const startIndex = count(node['startIndex']) ?? 0;
  return {
    totalResults: count(node['totalResults']) ?? startIndex + entries.length,
    startIndex,
    itemsPerPage: count(node['itemsPerPage']) ?? entries.length,
    entryCount: entries.length,
    papers,
    skipped,
  };
}

/**
 * Cheap checks before parsing: the XML parser accepts a document cut off mid-entry without a
 * word, and arXiv's rate limiter answers in plain text, sometimes with status 200.
 */
function checkWholeFeed(xml: string): void {
  const text = xml.replace(/^\uFEFF/, '').trim();
  if (text === '') throw new ArxivTransientError('empty-body', 'arXiv sent an empty response');
  if (/^rate exceeded/i.test(text)) {
    throw new ArxivTransientError('rate-exceeded', 'arXiv said "Rate exceeded."', {
      arxivMessage: oneLine(text),
    });
  }
  if (/^<!doctype html|^<html[\s>]/i.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
    throw new ArxivTransientError('html', 'arXiv sent an HTML page instead of an Atom feed', {
      arxivMessage: oneLine(title !== undefined && title.trim() !== '' ? decodeXmlEntities(title) : text),
    });
  }
  if (!text.startsWith('<')) {
    throw new ArxivTransientError('not-xml', 'arXiv sent something that is not XML', {
      arxivMessage: oneLine(text),
    });
  }
  // Only the tail is tested: an end-anchored regex would be tried at every offset of a 4 MB page.
  if (!/<\/(?:[A-Za-z_][\w.-]*:)?feed\s*>$/.test(text.slice(-64))) {
    if (/<(?:[A-Za-z_][\w.-]*:)?feed[\s>]/.test(text)) {
      throw new ArxivTransientError('truncated', `the Atom feed is cut off after ${text.length} characters`);
    }
    throw new ArxivTransientError('not-xml', 'the response is XML but not an Atom feed', {
      arxivMessage: oneLine(text),
    });
  }
}

function rejectErrorFeed(entries: XmlNode[]): void {
  for (const entry of entries) {
    const id = text(entry['id']);
    if (id !== undefined && ERROR_ENTRY_ID.test(id)) {
      const message = collapse(text(entry['summary']) ?? '') || collapse(text(entry['title']) ?? '') || id;
      throw new ArxivApiError(message);
    }
  }
}

function readEntry(entry: XmlNode): Paper | string {
  const rawId = collapse(text(entry['id']) ?? '');
  const parsed = parseArxivId(rawId.replace(/^.*\/abs\//, ''));
  if (parsed === null) return `entry with id "${rawId}" is not an arXiv paper`;

  const categories = unique(
    ((entry['category'] as XmlNode[] | undefined) ?? [])
      .map((c) => collapse(attribute(c, 'term')))
      .filter(Boolean),
  );
  const primary = collapse(attribute(entry['primary_category'], 'term'));
  const paper: Paper = {
    arxivId: parsed.arxivId,
    version: parsed.version ?? 1,
    title: collapse(text(entry['title']) ?? ''),
    abstract: collapse(text(entry['summary']) ?? ''),
    authors: ((entry['author'] as XmlNode[] | undefined) ?? [])
      .map((author) => collapse(text(author['name']) ?? ''))
      .filter(Boolean),
    categories,
    primaryCategory: primary || categories[0] || '',
    published: collapse(text(entry['published']) ?? ''),
    updated: collapse(text(entry['updated']) ?? ''),
  };
  const comment = collapse(text(entry['comment']) ?? '');
  const journalRef = collapse(text(entry['journal_ref']) ?? '');
  const doi = collapse(text(entry['doi']) ?? '');
  if (comment) paper.comment = comment;
  if (journalRef) paper.journalRef = journalRef;
  if (doi) paper.doi = doi;
  return paper;
}

/** The text of an element, whether the parser gave a string or an object with attributes. */
function text(node: unknown): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === 'object') {
    const value = (node as XmlNode)['#text'];
    return value === undefined ? '' : String(value);
  }
  return String(node);
}

function attribute(node: unknown, name: string): string {
  if (Array.isArray(node)) return attribute(node[0], name);
  if (node === null || typeof node !== 'object') return '';
  const value = (node as XmlNode)[`@_${name}`];
  return value === undefined ? '' : String(value);
}

/** Decodes entities and collapses runs of whitespace (arXiv hard-wraps titles and abstracts). */
function collapse(raw: string): string {
  return decodeXmlEntities(raw).replace(/\s+/g, ' ').trim();
}

function count(node: unknown): number | undefined {
  const value = text(node)?.trim();
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function oneLine(raw: string): string {
  const line = raw.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
