import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArxivTransientError } from '../../src/arxiv/errors.js';
import { mergePapers } from '../../src/arxiv/merge.js';
import { parseFeed } from '../../src/arxiv/parse.js';
import { previewCommand } from '../../src/cli/preview.js';
import { ConfigError } from '../../src/config/errors.js';
import { parseConfigFile } from '../../src/config/file.js';
import type { Overrides } from '../../src/config/overrides.js';
import { resolveConfig } from '../../src/config/resolve.js';
import type { Config, ListStyle } from '../../src/config/schema.js';
import { ListSectionNotFoundError } from '../../src/list/index.js';
import { renderPullBody } from '../../src/pr/body.js';
import { decodeMarker, type MarkerData } from '../../src/pr/marker.js';
import { fitMarker } from '../../src/pr/marker-fit.js';
import { markerBodyInput, numberedRecords, prPaper } from '../../src/run/body-input.js';
import type { Curation } from '../../src/run/curate.js';
import { buildListChange, readListFor } from '../../src/run/list-text.js';
import { preview } from '../../src/run/preview.js';
import type { Paper } from '../../src/types.js';
import { makePaper } from '../helpers/arxiv-papers.js';
import { bodyProblems } from './check-body.js';
import { listChangeProblems } from './check-list.js';

/**
 * Hostile arXiv entries, lists and configs through the real offline pipeline (SPEC §5, §6, §8):
 * every case ends in a safe list and PR body, or in a clear error and no output.
 */
const FIXTURES = new URL('../fixtures/hostile/', import.meta.url).pathname;
const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
const NOW = new Date('2026-11-26T03:00:00Z');

function configFor(style: ListStyle, listPath: string, overrides: Overrides = {}): Config {
  const path = `configs/${style}.yml`;
  return resolveConfig(parseConfigFile(fixture(path), path), { listPath, ...overrides });
}

function markerFor(config: Config, curation: Curation, numbers: Map<string, number | null>): MarkerData {
  return fitMarker({
    listPath: config.list.path,
    branch: config.pullRequest.branch,
    headSha: 'a'.repeat(40),
    previousHeadSha: null,
    baseSha: 'b'.repeat(40),
    proposed: numberedRecords(curation.proposed.map(prPaper), numbers),
    // Rejected and queued papers show their arXiv titles too.
    removed: curation.proposed.map((c) => ({
      id: `r${c.paper.arxivId}`,
      title: c.paper.title,
      how: 'unticked',
    })),
    queue: curation.queue,
    queueDropped: curation.queueDropped,
    run: {
      searched: 'arXiv submissions of Nov 19–26, 2026',
      minScore: 5,
      funnel: curation.funnel,
      closest: null,
    },
    windowEnd: NOW.toISOString(),
    foreignCommits: false,
    closedByBot: false,
    baseFile: null,
  });
}

/** Runs the pipeline and checks everything it produced; returns the proposed papers. */
function expectSafeRun(papers: Paper[], listFile: string, config: Config): Paper[] {
  const listText = fixture(`lists/${listFile}`);
  const input = { config, papers, onArxiv: papers.length, fetched: papers.length, now: NOW };
  const result = preview({ ...input, listText });
  const proposed = result.curation.proposed.map((c) => c.paper);

  const entries = result.curation.proposed.map((candidate) => ({
    arxivId: candidate.paper.arxivId,
    candidate,
  }));
  const change = buildListChange(listText, readListFor(listText, config), config, entries, NOW);
  expect(change.text).toBe(result.text);
  const { style, section, updatesSection } = config.list;
  expect(
    listChangeProblems({
      original: listText,
      changed: result.text,
      insertions: change.insertions,
      proposed,
      style,
      section,
      updatesSection,
    }),
  ).toEqual([]);

  expect(bodyProblems(result.body, 0)).toEqual([]);
  const marker = markerFor(config, result.curation, change.numbers);
  const withMarker = renderPullBody(markerBodyInput(config, marker));
  expect(bodyProblems(withMarker, 1)).toEqual([]);
  const decoded = decodeMarker(withMarker);
  expect('marker' in decoded && decoded.marker.proposed.map((p) => p.id)).toEqual(
    proposed.map((p) => p.arxivId),
  );

  // The next night reads its own entries back: nothing is proposed twice.
  expect(preview({ ...input, listText: result.text }).curation.proposed).toEqual([]);
  return proposed;
}

const LISTS: [string, ListStyle][] = [
  ['details.md', 'details'],
  ['details-crlf.md', 'details'],
  ['bullet.md', 'bullet'],
  ['bullet-bom.md', 'bullet'],
  ['table.md', 'table'],
  ['table-no-trailing-newline.md', 'table'],
  ['headings-in-code.md', 'bullet'],
];

const FEEDS: [string, string, string[]][] = [
  [
    'markup.xml',
    'HTML, comments, javascript:/data: links, mentions, pipes, math, backticks, invisible characters, CDATA',
    [
      '2611.90001',
      '2611.90002',
      '2611.90003',
      '2611.90004',
      '2611.90005',
      '2611.90006',
      '2611.90007',
      '2611.90008',
      '2611.90009',
    ],
  ],
  [
    'sizes.xml',
    'a 100 KB abstract, 2,000 authors, a 5,000-character title',
    ['2611.90101', '2611.90102', '2611.90103'],
  ],
  [
    'titles.xml',
    'an empty title, a title "0", an invisible title, an empty abstract',
    ['2611.90201', '2611.90202', '2611.90203', '2611.90204'],
  ],
  ['duplicates.xml', 'v1 and v2 of one paper', ['2611.90301', '2611.90302']],
];

describe('hostile arXiv entries through preview()', () => {
  const cases = FEEDS.flatMap(([feed, what, ids]) =>
    LISTS.map(([list, style]) => [feed, list, style, what, ids] as const),
  );

  it.each(cases)('%s into %s (%s list): %s', (feedFile, listFile, style, _what, ids) => {
    const feed = parseFeed(fixture(`feeds/${feedFile}`));
    const papers = mergePapers(feed.papers);
    const proposed = expectSafeRun(papers, listFile, configFor(style, listFile));
    expect(proposed.map((p) => p.arxivId).sort()).toEqual([...ids].sort());
  });

  it('keeps the newest version of a paper sent twice', () => {
    const papers = mergePapers(parseFeed(fixture('feeds/duplicates.xml')).papers);
    expect(papers.filter((p) => p.arxivId === '2611.90301').map((p) => p.version)).toEqual([2]);
  });

  it('fits 200 hostile proposals into one PR body under GitHub’s limit', () => {
    const title = `Unified multimodal image editing @octocat #123 <b>x</b> | $y$ ${'`code` '.repeat(30)}`;
    const papers = Array.from({ length: 200 }, (_, i) =>
      makePaper({
        arxivId: `2611.${String(91000 + i)}`,
        title: `${title} ${i}`,
        abstract: `Autoregressive image generation and image editing in unified multimodal models. https://github.com/x/r${i}`,
        authors: Array.from({ length: 30 }, (_, k) => `@author${k} <i>${i}</i>`),
      }),
    );
    const proposed = expectSafeRun(papers, 'bullet.md', configFor('bullet', 'bullet.md', { maxPapers: 200 }));
    expect(proposed).toHaveLength(200);
  });
});

/** A failure said in one line: what was wrong and where, not a stack. */
function expectClearMessage(message: string, names: RegExp[]): void {
  for (const name of names) expect(message).toMatch(name);
  expect(message).not.toMatch(/\n\s+at /);
}

describe('hostile input that must be refused with a clear error', () => {
  it.each<[string, string, RegExp[]]>([
    [
      'wrong types',
      'configs/wrong-types.yml',
      [
        /list\.style: must be one of "details", "bullet", "table"/,
        /list\.order: must be one of "append", "prepend"/,
        /query\.window-days: must be at least 1/,
        /query\.categories: expected a list/,
        /scoring\.min-score: expected a number/,
        /scoring\.terms\[0\]\.weight: expected a number/,
        /pull-request\.draft: expected true or false/,
        /pull-request\.max-papers: expected a whole number/,
        /pull-request\.labels: expected a list/,
      ],
    ],
    [
      'unknown keys',
      'configs/unknown-keys.yml',
      [/unknown keys? .*"lists"/, /"pull_request"/, /"run"/, /scoring: unknown key "minscore"/],
    ],
    ['not YAML', 'configs/not-yaml.yml', [/configs\/not-yaml\.yml is not valid YAML/]],
  ])('a config with %s', (_name, path, names) => {
    let caught: unknown;
    try {
      parseConfigFile(fixture(path), path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expectClearMessage((caught as Error).message, names);
  });

  it('a config naming a profile that does not exist', () => {
    const path = 'configs/unknown-profile.yml';
    expect(() => resolveConfig(parseConfigFile(fixture(path), path), {})).toThrow(ConfigError);
    expect(() => resolveConfig(parseConfigFile(fixture(path), path), {})).toThrow(
      /unknown profile "\.\.\/\.\.\/etc\/passwd"; built-in profiles: /,
    );
  });

  it.each<[string, string, string, RegExp]>([
    [
      'mismatched tags',
      'feeds/mismatched-tags.xml',
      'not-xml',
      /not well-formed XML: Expected closing tag 'b' \(opened in line 9, col 67\) instead of closing tag 'title' at line 9, column 80/,
    ],
    ['a feed cut off', 'feeds/truncated.xml', 'truncated', /cut off after \d+ characters/],
  ])('a feed with %s', (_name, path, kind, message) => {
    let caught: unknown;
    try {
      parseFeed(fixture(path));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArxivTransientError);
    expect((caught as ArxivTransientError).kind).toBe(kind);
    expectClearMessage((caught as Error).message, [message]);
  });

  it('a list without the target section', () => {
    const papers = mergePapers(parseFeed(fixture('feeds/duplicates.xml')).papers);
    const run = () =>
      preview({
        config: configFor('bullet', 'no-target-section.md'),
        papers,
        onArxiv: 2,
        fetched: 2,
        listText: fixture('lists/no-target-section.md'),
        now: NOW,
      });
    expect(run).toThrow(ListSectionNotFoundError);
    expect(run).toThrow(
      /no section "Papers" to add papers to\. Headings found: "Awesome Image Generation", "Latest Updates", "Reading list"/,
    );
  });

  it.each<[string, string[], RegExp]>([
    [
      'a list without the target section',
      ['--list', 'lists/no-target-section.md', '--config', 'configs/bullet.yml'],
      /no section "Papers"/,
    ],
    [
      'a config with wrong types',
      ['--list', 'lists/bullet.md', '--config', 'configs/wrong-types.yml'],
      /list\.style: must be one of/,
    ],
    [
      'a config with unknown keys',
      ['--list', 'lists/bullet.md', '--config', 'configs/unknown-keys.yml'],
      /unknown key/,
    ],
    [
      'a config that is not YAML',
      ['--list', 'lists/bullet.md', '--config', 'configs/not-yaml.yml'],
      /not valid YAML/,
    ],
    [
      'an unknown profile',
      ['--list', 'lists/bullet.md', '--config', 'configs/unknown-profile.yml'],
      /unknown profile/,
    ],
    [
      'a feed with mismatched tags',
      ['--list', 'lists/bullet.md', '--feed', 'feeds/mismatched-tags.xml'],
      /not well-formed XML/,
    ],
    ['a feed cut off', ['--list', 'lists/bullet.md', '--feed', 'feeds/truncated.xml'], /cut off/],
  ])('the CLI refuses %s in one line and writes nothing', async (_name, args, message) => {
    const out = mkdtempSync(join(tmpdir(), 'arxiv-curator-hostile-'));
    const stdout: string[] = [];
    const stderr: string[] = [];
    try {
      const withFeed = args.includes('--feed') ? args : [...args, '--feed', 'feeds/duplicates.xml'];
      const code = await previewCommand(
        [...withFeed, '--now', NOW.toISOString(), '--out', join(out, 'preview')],
        { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t), env: {} },
        { cwd: FIXTURES },
      );
      expect(code).toBe(2);
      expect(stdout).toEqual([]);
      expect(stderr).toHaveLength(1);
      expect(stderr[0]).toMatch(/^arxiv-curator preview: .+\n$/);
      expect(stderr[0]!.trimEnd()).not.toContain('\n');
      expectClearMessage(stderr[0]!, [message]);
      expect(existsSync(join(out, 'preview'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
