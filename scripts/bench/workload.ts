import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListStyle } from '../../src/config/schema.js';
import type { Paper } from '../../src/types.js';
import { renderAtomFeed } from '../../test/helpers/atom-feed.js';
import { bulletList, detailsList, tableList } from './synthetic-lists.js';
import { syntheticListPapers, syntheticPapers } from './synthetic-papers.js';
import { textSource } from './synthetic-text.js';

export const NOW = new Date('2026-11-26T03:00:00Z');
export const CANDIDATES = 2000;

export interface BenchList {
  name: string;
  style: ListStyle;
  text: string;
  /** The list's papers (for the similarity memory when scoring in-process). */
  papers: Paper[];
  /** Where the files for a CLI run are: the list, and a config naming its style. */
  listPath: string;
  configPath: string;
}

export interface Workload {
  dir: string;
  candidates: Paper[];
  feed: string;
  feedPath: string;
  lists: BenchList[];
  /** New papers to splice into every list (SPEC §9: 50). */
  newPapers: Paper[];
}

/**
 * Everything the benchmark measures, generated from a fixed seed: a 2,000-entry arXiv page and
 * lists of 5,000 bullets, 1,000 seed-style entries and 2,000 table rows, written to a temp folder
 * for the CLI runs. A few candidates are already listed, as on a real night.
 */
export function buildWorkload(): Workload {
  const text = textSource(20261126);
  const listPapers = syntheticListPapers(text, 5000);
  const candidates = syntheticPapers(text, CANDIDATES, NOW);
  for (let i = 0; i < 20; i++) {
    const listed = listPapers[i * 37]!;
    candidates[i * 97] = { ...candidates[i * 97]!, arxivId: listed.arxivId, version: 2, title: listed.title };
  }
  const feed = renderAtomFeed({
    papers: candidates,
    totalResults: CANDIDATES,
    startIndex: 0,
    itemsPerPage: CANDIDATES,
    searchQuery: 'all:bench',
  });
  const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-bench-'));
  const feedPath = join(dir, 'big.xml');
  writeFileSync(feedPath, feed);
  const lists = [
    writeList(dir, 'bullet', '5,000-entry bullet list', bulletList(listPapers), listPapers),
    writeList(
      dir,
      'details',
      '1,000-entry details list',
      detailsList(listPapers.slice(0, 1000)),
      listPapers.slice(0, 1000),
    ),
    writeList(
      dir,
      'table',
      '2,000-row table list',
      tableList(listPapers.slice(0, 2000)),
      listPapers.slice(0, 2000),
    ),
  ];
  return { dir, candidates, feed, feedPath, lists, newPapers: syntheticPapers(text, 50, NOW, '2612') };
}

function writeList(dir: string, style: ListStyle, name: string, text: string, papers: Paper[]): BenchList {
  const listPath = join(dir, `${style}.md`);
  const configPath = join(dir, `${style}.yml`);
  writeFileSync(listPath, text);
  writeFileSync(
    configPath,
    `list:\n  style: ${style}\n  section: Papers\n  updates-section: Latest Updates\n`,
  );
  return { name, style, text, papers, listPath, configPath };
}
