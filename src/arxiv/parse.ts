import type { Paper } from '../types.js';
import { decodeXmlEntities } from './entities.js';
import { ArxivApiError, ArxivTransientError } from './errors.js';
import { parseArxivId } from './ids.js';
import { readXmlElements, type XmlElement } from './xml-elements.js';

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

// Elements are found by local name (`arxiv:comment` → `comment`), whatever prefix or per-element
// namespace declaration the feed uses.
const ERROR_ENTRY_ID = /arxiv\.org\/api\/errors/i;

/**
 * Reads one arXiv API response body. Throws ArxivTransientError when the body is not a whole
 * Atom feed (empty, `Rate exceeded.`, an HTML page, cut off), and ArxivApiError when it is
 * arXiv's error feed.
 */
export function parseFeed(xml: string): ParsedFeed {
  checkWholeFeed(xml);
  let document: XmlElement;
  try {
    document = readXmlElements(xml);
  } catch (error) {
    throw new ArxivTransientError(
      'not-xml',
      `the response is not well-formed XML: ${(error as Error).message}`,
      {
        arxivMessage: oneLine(xml),
      },
    );
  }
  return feedFromDocument(document, xml);
}

/**
 * The feed read from a document's element tree (local names, raw text). Separate from the reading
 * of the XML so that the reader can be checked against another XML parser on the same feeds.
 */
export function feedFromDocument(document: XmlElement, xml: string): ParsedFeed {
  const feed = document.children.find((element) => element.name === 'feed');
  if (feed === undefined) {
    throw new ArxivTransientError('not-xml', 'the response is XML but not an Atom feed', {
      arxivMessage: oneLine(xml),
    });
  }
  const entries = feed.children.filter((element) => element.name === 'entry');
  rejectErrorFeed(entries);

  const papers: Paper[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    const paper = readEntry(entry);
    if (typeof paper === 'string') skipped.push(paper);
    else papers.push(paper);
  }
  const startIndex = count(child(feed, 'startIndex')) ?? 0;
  return {
    totalResults: count(child(feed, 'totalResults')) ?? startIndex + entries.length,
    startIndex,
    itemsPerPage: count(child(feed, 'itemsPerPage')) ?? entries.length,
    entryCount: entries.length,
    papers,
    skipped,
  };
}

/**
 * Cheap checks before parsing: the XML parser accepts a document cut off mid-entry without a
 * word, and arXiv's rate limiter answers in plain text, sometimes with status 200.
 */
export function checkWholeFeed(xml: string): void {
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

function rejectErrorFeed(entries: XmlElement[]): void {
  for (const entry of entries) {
    const id = child(entry, 'id')?.text;
    if (id !== undefined && ERROR_ENTRY_ID.test(id)) {
      const message =
        collapse(child(entry, 'summary')?.text ?? '') || collapse(child(entry, 'title')?.text ?? '') || id;
      throw new ArxivApiError(message);
    }
  }
}

/** The fields of one entry: the first of each element, every author and category. */
interface EntryFields {
  first: Map<string, XmlElement>;
  authors: XmlElement[];
  categories: XmlElement[];
}

function entryFields(entry: XmlElement): EntryFields {
  const fields: EntryFields = { first: new Map(), authors: [], categories: [] };
  for (const element of entry.children) {
    if (element.name === 'author') fields.authors.push(element);
    else if (element.name === 'category') fields.categories.push(element);
    else if (!fields.first.has(element.name)) fields.first.set(element.name, element);
  }
  return fields;
}

function readEntry(entry: XmlElement): Paper | string {
  const { first, authors, categories: categoryElements } = entryFields(entry);
  const field = (name: string): string => collapse(first.get(name)?.text ?? '');
  const rawId = field('id');
  const parsed = parseArxivId(rawId.replace(/^.*\/abs\//, ''));
  if (parsed === null) return `entry with id "${rawId}" is not an arXiv paper`;

  const categories = unique(
    categoryElements.map((c) => collapse(c.attributes['term'] ?? '')).filter(Boolean),
  );
  const primary = collapse(first.get('primary_category')?.attributes['term'] ?? '');
  const paper: Paper = {
    arxivId: parsed.arxivId,
    version: parsed.version ?? 1,
    title: field('title'),
    abstract: field('summary'),
    authors: authors.map((author) => collapse(child(author, 'name')?.text ?? '')).filter(Boolean),
    categories,
    primaryCategory: primary || categories[0] || '',
    published: field('published'),
    updated: field('updated'),
  };
  const comment = field('comment');
  const journalRef = field('journal_ref');
  const doi = field('doi');
  if (comment) paper.comment = comment;
  if (journalRef) paper.journalRef = journalRef;
  if (doi) paper.doi = doi;
  return paper;
}

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/**
 * Single spaces are left alone and only runs and other whitespace replaced: the same result as
 * replacing every `\s+`, three times faster on a page of hard-wrapped abstracts.
 */
const SPACE_RUNS = /\s\s+|[^\S ]/g;

/** Decodes entities and collapses runs of whitespace (arXiv hard-wraps titles and abstracts). */
function collapse(raw: string): string {
  return decodeXmlEntities(raw).replace(SPACE_RUNS, ' ').trim();
}

function count(element: XmlElement | undefined): number | undefined {
  const value = element?.text.trim();
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
