import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListStyle } from '../../src/config/schema.js';
import type { Paper } from '../../src/types.js';
import { renderAtomFeed } from '../../test/helpers/atom-feed.js';
import { bulletList, detailsList, tableList, type ListRenderer } from './synthetic-lists.js';
import { syntheticListPapers, syntheticPapers } from './synthetic-papers.js';
import { textSource } from './synthetic-text.js';

export const NOW = new Date('2026-11-26T03:00:00Z');
/** SPEC §9's realistic sizes: a full default page of arXiv results, a 500 KB list. */
export const PAGE_ENTRIES = 1000;
export const LIST_BYTES = 500 * 1024;
/** The larger case the bench reports without a target. */
export const LARGE = { candidates: 2000, entries: 5000 };
const SEED = 20261126;

export interface BenchList {
  /** `501 KB details`: the size and the style. */
  name: string;
  style: ListStyle;
  entries: number;
  bytes: number;
  text: string;
  /** Where the files for a CLI run are: the list, and a config naming its sections. */
  listPath: string;
  configPath: string;
}

export interface Feed {
  path: string;
  entries: number;
  bytes: number;
}

/**
 * The realistic night's inputs, generated from a fixed seed into `dir`: a 1,000-entry arXiv page
 * dated to `NOW` and ~500 KB lists in the seed's details style, as bullets and as a table. A few
 * candidates are already listed, as on a real night.
 */
export function realisticWorkload(dir: string): { feed: Feed; lists: BenchList[] } {
  const { listPapers, papers } = realisticPapers(NOW);
  const lists = [
    writeList(dir, 'details', detailsList, listPapers, LIST_BYTES),
    writeList(dir, 'bullet', bulletList, listPapers, LIST_BYTES),
    writeList(dir, 'table', tableList, listPapers, LIST_BYTES),
  ];
  return { feed: writeFeed(dir, 'page-1000.xml', papers), lists };
}

/**
 * The realistic night's papers, submitted in the 7 days before `now`, and the papers its lists
 * are made of (`detailsList(listPapers, LIST_BYTES)` is the seed-style list).
 */
export function realisticPapers(now: Date): { papers: Paper[]; listPapers: Paper[] } {
  const text = textSource(SEED);
  const listPapers = syntheticListPapers(text, 5000);
  return {
    papers: withListed(syntheticPapers(text, PAGE_ENTRIES, now), listPapers.slice(0, 250)),
    listPapers,
  };
}

/** 2,000 candidates against a 5,000-entry bullet list (the old SPEC §9 case, now without a target). */
export function largeWorkload(dir: string): { feed: Feed; list: BenchList } {
  const text = textSource(SEED + 1);
  const listPapers = syntheticListPapers(text, LARGE.entries);
  const list = writeList(dir, 'bullet', bulletList, listPapers, Infinity, 'large');
  const papers = withListed(syntheticPapers(text, LARGE.candidates, NOW), listPapers);
  return { feed: writeFeed(dir, 'page-2000.xml', papers), list };
}

/** Twenty candidates are papers the list has (a new version of each). */
function withListed(candidates: Paper[], listed: readonly Paper[]): Paper[] {
  const step = Math.floor(listed.length / 20);
  for (let i = 0; i < 20; i++) {
    const paper = listed[i * step]!;
    const at = i * Math.floor(candidates.length / 20);
    candidates[at] = { ...candidates[at]!, arxivId: paper.arxivId, version: 2, title: paper.title };
  }
  return candidates;
}

function writeFeed(dir: string, name: string, papers: Paper[]): Feed {
  const xml = renderAtomFeed({
    papers,
    totalResults: papers.length,
    startIndex: 0,
    itemsPerPage: papers.length,
    searchQuery: 'all:bench',
  });
  const path = join(dir, name);
  writeFileSync(path, xml);
  return { path, entries: papers.length, bytes: Buffer.byteLength(xml) };
}

function writeList(
  dir: string,
  style: ListStyle,
  render: ListRenderer,
  papers: readonly Paper[],
  bytes: number,
  tag = '',
): BenchList {
  const text = render(papers, bytes);
  const listPath = join(dir, `${tag}${style}.md`);
  const configPath = join(dir, `${tag}${style}.yml`);
  writeFileSync(listPath, text);
  writeFileSync(configPath, 'list:\n  section: Papers\n  updates-section: Latest Updates\n');
  const size = Buffer.byteLength(text);
  const entries = (
    text.match(style === 'details' ? /^### /gm : style === 'bullet' ? /^- \[/gm : /^\| M/gm) ?? []
  ).length;
  return {
    name: `${style} ${Math.round(size / 1024)} KB`,
    style,
    entries,
    bytes: size,
    text,
    listPath,
    configPath,
  };
}
