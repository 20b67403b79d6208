/**
 * Writes test/fixtures/hostile/feeds/sizes.xml, the feed of outsized entries (a 100 KB abstract,
 * 2,000 authors, a 5,000-character title), with the project's Atom writer:
 *
 *   npx tsx test/hostile/make-size-feed.ts
 */
import { writeFileSync } from 'node:fs';
import { makePaper } from '../helpers/arxiv-papers.js';
import { renderAtomFeed } from '../helpers/atom-feed.js';

const topic = 'Unified multimodal autoregressive image generation and image editing';
const sentence = `${topic} with visual tokenizers, @octocat, #123 and <b>markup</b> | pipes | $x$. `;
const papers = [
  makePaper({
    arxivId: '2611.90101',
    title: `${topic}: A Very Long Abstract`,
    abstract: sentence.repeat(Math.ceil(100_000 / sentence.length)).slice(0, 100_000),
    published: '2026-11-25T10:00:00Z',
  }),
  makePaper({
    arxivId: '2611.90102',
    title: `${topic} by a Very Large Collaboration`,
    abstract: `${topic}. Code: https://github.com/example/collab`,
    authors: Array.from({ length: 2000 }, (_, i) => `Author ${i + 1} <i>@member${i + 1}</i>`),
    published: '2026-11-25T09:00:00Z',
  }),
  makePaper({
    arxivId: '2611.90103',
    title: `${topic} `.repeat(80),
    abstract: `${topic}.`,
    published: '2026-11-25T08:00:00Z',
  }),
];
const feed = renderAtomFeed({ papers, totalResults: papers.length, startIndex: 0, itemsPerPage: 100 });
writeFileSync(new URL('../fixtures/hostile/feeds/sizes.xml', import.meta.url), feed);
