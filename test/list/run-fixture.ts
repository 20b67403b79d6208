import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListStyle } from '../../src/config/schema.js';
import { editList } from '../../src/list/edit-list.js';
import type { Insertion } from '../../src/list/insertions.js';
import { readList } from '../../src/list/read-list.js';
import { renderNewEntries, type PaperToAdd } from '../../src/list/render-new-entries.js';

export interface FixtureOptions {
  section?: string;
  updatesSection?: string | null;
  style?: ListStyle;
  order?: 'append' | 'prepend';
  /** The run's time; the updates line shows its UTC day. */
  date?: string;
}

export interface FixtureRun {
  input: string;
  output: string;
  insertions: Insertion[];
}

/** Runs one fixture folder the way a night's run edits the list: read, render, splice, date. */
export function runFixture(dir: string): FixtureRun {
  const input = readFileSync(join(dir, 'input.md'), 'utf8');
  const papers = JSON.parse(readFileSync(join(dir, 'papers.json'), 'utf8')) as PaperToAdd[];
  const optionsFile = join(dir, 'options.json');
  const options = (
    existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {}
  ) as FixtureOptions;
  const style = options.style ?? 'details';
  const order = options.order ?? 'append';
  const doc = readList(input, { section: options.section, updatesSection: options.updatesSection, order });
  const entries = renderNewEntries(papers, doc, style);
  const { text, insertions } = editList(input, doc, {
    entries,
    order,
    style,
    updates: { count: papers.length, date: new Date(options.date ?? '2026-11-26T02:30:00Z') },
  });
  return { input, output: text, insertions };
}
