import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../src/config/resolve.js';
import type { ListStyle } from '../../src/config/schema.js';
import type { Insertion } from '../../src/list/insertions.js';
import type { FoundLink, Paper } from '../../src/types.js';
import { buildListChange, readListFor } from '../../src/run/list-text.js';

/** A paper a fixture adds, with the links found for it. */
export interface PaperToAdd {
  paper: Paper;
  links: FoundLink[];
}

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

/**
 * Runs one fixture folder the way a night's run edits the list (`buildListChange`: read, render,
 * number, splice, date), with the fixture's options as the config file's `list` settings.
 */
export function runFixture(dir: string): FixtureRun {
  const input = readFileSync(join(dir, 'input.md'), 'utf8');
  const papers = JSON.parse(readFileSync(join(dir, 'papers.json'), 'utf8')) as PaperToAdd[];
  const optionsFile = join(dir, 'options.json');
  const options = (
    existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {}
  ) as FixtureOptions;
  const config = resolveConfig(
    {
      list: {
        section: options.section,
        style: options.style,
        order: options.order,
        'updates-section': options.updatesSection === null ? false : options.updatesSection,
      },
    },
    {},
  );
  const doc = readListFor(input, config);
  const entries = papers.map(({ paper, links }) => ({
    arxivId: paper.arxivId,
    candidate: { paper, links, score: 0, reasons: [], decision: 'proposed' as const },
  }));
  const date = new Date(options.date ?? '2026-11-26T02:30:00Z');
  const { text, insertions } = buildListChange(input, doc, config, entries, date);
  return { input, output: text, insertions };
}
