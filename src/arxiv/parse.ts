import type { Paper } from '../types.js';
import { decodeXmlEntities } from './entities.js';
import { ArxivApiError, ArxivTransientError } from './errors.js';
import { parseArxivId } from './ids.js';
import { attribute, element, elements, readXml, text, type XmlNode } from './feed-xml.js';

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

const ERROR_ENTRY_ID = /arxiv\.org\/api\/errors/i;

/**
 * Reads one arXiv API response body. Throws ArxivTransientError when the body is not a whole
 * Atom feed (empty, `Rate exceeded.`, an HTML page, cut off, not well-formed), and ArxivApiError
 * when it is arXiv's error feed.
 */
export function parseFeed(xml: string): ParsedFeed {
  checkWholeFeed(xml);
  let document: XmlNode;
  try {
    document = readXml(xml);
  } catch (error) {
    const problem = (error as Error).message;
    throw new ArxivTransientError('not-xml', `the response is not well-formed XML: ${problem}`, {
      arxivMessage: oneLine(xml),
    });
  }
  const feed = element(document, 'feed');
  if (feed === undefined) {
    throw new ArxivTransientError('not-xml', 'the response is XML but not an Atom feed', {
      arxivMessage: oneLine(xml),
    });
  }
  const entries = elements(feed, 'entry');
  rejectErrorFeed(entries);

  const papers: Paper[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    const paper = readEntry(entry);
    if (typeof paper === 'string') skipped.push(paper);
    else papers.push(paper);
  }
  const startIndex = count(element(feed, 'startIndex')) ?? 0;
  return {
    totalResults: count(element(feed, 'totalResults')) ?? startIndex + entries.length,
    startIndex,
    itemsPerPage: count(element(feed, 'itemsPerPage')) ?? entries.length,
    entryCount: entries.length,
    papers,
    skipped,
  };
}

/**
 * Cheap checks before parsing, so that each way a body falls short is named: arXiv's rate limiter
 * answers in plain text (sometimes with status 200), a proxy with an HTML page, and a dropped
 * connection leaves a feed cut off.
 */
export function checkWholeFeed(xml: string): void {
  const body = xml.replace(/^\uFEFF/, '').trim();
  if (body === '') throw new ArxivTransientError('empty-body', 'arXiv sent an empty response');
  if (/^rate exceeded/i.test(body)) {
    throw new ArxivTransientError('rate-exceeded', 'arXiv said "Rate exceeded."', {
      arxivMessage: oneLine(body),
    });
  }
  if (/^<!doctype html|^<html[\s>]/i.test(body)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1];
    throw new ArxivTransientError('html', 'arXiv sent an HTML page instead of an Atom feed', {
      arxivMessage: oneLine(title !== undefined && title.trim() !== '' ? decodeXmlEntities(title) : body),
    });
  }
  if (!body.startsWith('<')) {
    throw new ArxivTransientError('not-xml', 'arXiv sent something that is not XML', {
      arxivMessage: oneLine(body),
    });
  }
  // A whole feed ends with its end tag; only the tail is looked at, as a page can be megabytes.
  if (!/<\/(?:[A-Za-z_][\w.-]*:)?feed\s*>$/.test(body.slice(-64))) {
    if (/<(?:[A-Za-z_][\w.-]*:)?feed[\s>]/.test(body)) {
      throw new ArxivTransientError('truncated', `the Atom feed is cut off after ${body.length} characters`);
    }
    throw new ArxivTransientError('not-xml', 'the response is XML but not an Atom feed', {
      arxivMessage: oneLine(body),
    });
  }
}

function rejectErrorFeed(entries: XmlNode[]): void {
  for (const entry of entries) {
    const id = field(entry, 'id');
    if (ERROR_ENTRY_ID.test(id)) {
      const message = field(entry, 'summary') || field(entry, 'title') || id;
      throw new ArxivApiError(message);
    }
  }
}

function readEntry(entry: XmlNode): Paper | string {
  const rawId = field(entry, 'id');
  const parsed = parseArxivId(rawId.replace(/^.*\/abs\//, ''));
  if (parsed === null) return `entry with id "${rawId}" is not an arXiv paper`;

  const categories = unique(
    elements(entry, 'category')
      .map((category) => collapse(attribute(category, 'term')))
      .filter(Boolean),
  );
  const primary = collapse(attribute(element(entry, 'primary_category'), 'term'));
  const paper: Paper = {
    arxivId: parsed.arxivId,
    version: parsed.version ?? 1,
    title: field(entry, 'title'),
    abstract: field(entry, 'summary'),
    authors: elements(entry, 'author')
      .map((author) => field(author, 'name'))
      .filter(Boolean),
    categories,
    primaryCategory: primary || categories[0] || '',
    published: field(entry, 'published'),
    updated: field(entry, 'updated'),
  };
  const comment = field(entry, 'comment');
  const journalRef = field(entry, 'journal_ref');
  const doi = field(entry, 'doi');
  if (comment) paper.comment = comment;
  if (journalRef) paper.journalRef = journalRef;
  if (doi) paper.doi = doi;
  return paper;
}

/** The text of the first child `name`, whitespace collapsed (arXiv hard-wraps titles and abstracts). */
function field(node: XmlNode, name: string): string {
  return collapse(text(element(node, name)));
}

/**
 * Only the whitespace that changes is replaced: runs of two or more, and single characters other
 * than a space. (`/\s+/g` replaces every single space by a space: a tenth as fast over a page's
 * abstracts, same result.)
 */
const UNCOLLAPSED = /\s\s+|[^\S ]/g;

function collapse(value: string): string {
  return value.replace(UNCOLLAPSED, ' ').trim();
}

function count(node: XmlNode | undefined): number | undefined {
  const value = text(node).trim();
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function oneLine(raw: string): string {
  const line = raw.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
