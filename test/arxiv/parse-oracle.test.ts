import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '../../src/arxiv/parse.js';
import type { Paper } from '../../src/types.js';
import { makePaper } from '../helpers/arxiv-papers.js';
import { renderAtomFeed } from '../helpers/atom-feed.js';
import { referenceParseFeed } from './reference-parse.js';

/** What both parsers say about one body: the feed's figures and papers, or the error's kind. */
function outcome(
  parse: (xml: string) => { totalResults: number; startIndex: number; entryCount: number; papers: Paper[] },
  xml: string,
): unknown {
  try {
    const { totalResults, startIndex, entryCount, papers } = parse(xml);
    return { totalResults, startIndex, entryCount, papers };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

/** Where the two disagree, the reader is the one that follows XML (asserted below). */
const KNOWN_DIFFERENCES = new Set(['mismatched-tags.xml']);

const feedFiles = [
  ...readdirSync('test/fixtures/arxiv')
    .filter((name) => name.endsWith('.xml'))
    .map((name) => join('test/fixtures/arxiv', name)),
  ...readdirSync('test/fixtures/hostile/feeds')
    .filter((name) => name.endsWith('.xml') && !KNOWN_DIFFERENCES.has(name))
    .map((name) => join('test/fixtures/hostile/feeds', name)),
  'examples/feed.xml',
];

describe('the feed reader agrees with fast-xml-parser (the reference parser)', () => {
  it.each(feedFiles)('%s', (file) => {
    const xml = readFileSync(file, 'utf8');
    expect(outcome(parseFeed, xml)).toEqual(outcome(referenceParseFeed, xml));
  });

  it('on generated feeds with entities, unicode, CDATA-free markup and odd spacing', () => {
    const texts = [
      'A & B <c> "d" \'e\' é ü 中文 😀',
      '  leading   and\n\ttrailing  ',
      '0',
      'x &amp; y',
      'GPT-4o’s image editing: <b>bold</b> $\\alpha$ | pipes | `code`',
    ];
    const papers = texts.map((text, i) =>
      makePaper({
        arxivId: `2611.${String(30001 + i)}`,
        title: text,
        abstract: `${text} ${text}`,
        authors: [text, 'B C'],
        comment: text,
      }),
    );
    for (let n = 1; n <= papers.length; n++) {
      const xml = renderAtomFeed({
        papers: papers.slice(0, n),
        totalResults: n,
        startIndex: 0,
        itemsPerPage: n,
      });
      expect(outcome(parseFeed, xml)).toEqual(outcome(referenceParseFeed, xml));
    }
  });

  it('differs only where fast-xml-parser departs from XML, and there the reader is right', () => {
    // Mismatched tags are not XML: the reader refuses the page (a transient error, retried);
    // fast-xml-parser reads something out of it.
    const mismatched = readFileSync('test/fixtures/hostile/feeds/mismatched-tags.xml', 'utf8');
    expect(outcome(parseFeed, mismatched)).toEqual({ error: 'ArxivTransientError' });
    expect(outcome(referenceParseFeed, mismatched)).not.toHaveProperty('error');
  });
});
