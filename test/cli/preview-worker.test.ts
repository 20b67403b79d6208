import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WORKER_FROM_BYTES } from '../../src/cli/feed-worker-start.js';
import { makePaper } from '../helpers/arxiv-papers.js';
import { renderAtomFeed } from '../helpers/atom-feed.js';

/**
 * The bundled CLI reads a large recorded feed in a worker thread (dist/feed-worker.js) that finds
 * the scoring phrases together with the main thread. The same bundle without the worker file next
 * to it reads the feed in its one thread: both must write the same files and print the same.
 */
const root = resolve('.');
const WORDS = [
  'unified multimodal model',
  'GPT-4o',
  'image editing',
  'text-to-image',
  'auto-regressive',
  'visual tokenizers',
  'Gaussian splatting',
  'video',
  'we',
  'propose',
  'a',
  'the',
  'scalable',
  'benchmark',
  'with',
  "GPT-4o's",
];

function bigFeed(): string {
  let seed = 7;
  const word = (): string => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return WORDS[seed % WORDS.length]!;
  };
  const text = (words: number): string => Array.from({ length: words }, word).join(' ');
  const papers = Array.from({ length: 600 }, (_, i) =>
    makePaper({
      arxivId: `2611.${String(20000 + i).padStart(5, '0')}`,
      title: `${text(6)} ${i}`,
      abstract: `${text(180)}. Code: https://github.com/lab/repo-${i}`,
      categories: i % 3 === 0 ? ['cs.LG', 'cs.CV'] : ['cs.CV'],
      published: `2026-11-25T${String(i % 24).padStart(2, '0')}:00:00Z`,
    }),
  );
  return renderAtomFeed({ papers, totalResults: papers.length, startIndex: 0, itemsPerPage: papers.length });
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  files: string[];
}

function preview(cli: string, dir: string, feed: string, out: string, list = 'examples/README.md'): Run {
  const child = spawnSync(
    process.execPath,
    [
      cli,
      'preview',
      '--list',
      join(root, list),
      '--feed',
      feed,
      '--now',
      '2026-11-26T03:00:00Z',
      '--out',
      out,
    ],
    { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
  );
  const files = ['README.md', 'pr-body.md', 'candidates.json'].map((name) => {
    try {
      return readFileSync(join(dir, out, name), 'utf8');
    } catch {
      return '(none)';
    }
  });
  return { status: child.status, stdout: child.stdout.replaceAll(out, 'OUT'), stderr: child.stderr, files };
}

describe('preview with a large recorded feed: worker thread or not, the same result', () => {
  let dir: string;
  let solo: string;
  let feed: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-worker-'));
    // The bundled CLI alone: without dist/feed-worker.js beside it, it reads feeds in-process.
    mkdirSync(join(dir, 'solo'));
    copyFileSync(join(root, 'dist/cli.js'), join(dir, 'solo/cli.js'));
    copyFileSync(join(root, 'dist/cli-main.js'), join(dir, 'solo/cli-main.js'));
    writeFileSync(join(dir, 'solo/package.json'), '{ "type": "module" }\n');
    solo = join(dir, 'solo/cli.js');
    feed = join(dir, 'big.xml');
    writeFileSync(feed, bigFeed());
  });

  it('is large enough for the worker', () => {
    expect(statSync(feed).size).toBeGreaterThan(WORKER_FROM_BYTES);
  });

  it('writes the same list, PR body and candidates, and prints the same', () => {
    const threaded = preview(join(root, 'dist/cli.js'), dir, feed, 'threaded');
    const single = preview(solo, dir, feed, 'single');
    expect(threaded.status).toBe(0);
    expect(threaded.stdout).toMatch(/Proposed \(\d+\)/);
    expect(threaded).toEqual(single);
  });

  it('reports a broken feed the same way', () => {
    const broken = join(dir, 'broken.xml');
    const text = readFileSync(feed, 'utf8');
    writeFileSync(broken, text.slice(0, text.length - 400));
    const threaded = preview(join(root, 'dist/cli.js'), dir, broken, 'broken-threaded');
    const single = preview(solo, dir, broken, 'broken-single');
    expect(threaded.status).toBe(2);
    expect(threaded.stderr).toContain('is not an arXiv Atom feed');
    expect(threaded).toEqual(single);
  });

  it.each([
    ['an unknown flag', ['--bogus'], /Unknown option '--bogus'/],
    ['a missing list file', ['--list', 'missing.md'], /no list file at .*missing\.md/],
  ])('reports %s in one line and stops the worker it started early (no hang)', (_name, extra, message) => {
    const run = (cli: string) =>
      spawnSync(process.execPath, [cli, 'preview', '--feed', feed, ...extra], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
        timeout: 30_000,
      });
    const threaded = run(join(root, 'dist/cli.js'));
    const single = run(solo);
    expect(threaded.error).toBeUndefined();
    expect(threaded.status).toBe(2);
    expect(threaded.stderr).toMatch(message);
    expect(threaded.stderr.trim().split('\n')).toHaveLength(1);
    expect({ status: threaded.status, stdout: threaded.stdout, stderr: threaded.stderr }).toEqual({
      status: single.status,
      stdout: single.stdout,
      stderr: single.stderr,
    });
  });

  it('reports a broken feed before a list without its section, as one thread does', () => {
    const broken = join(dir, 'broken.xml');
    const threaded = preview(join(root, 'dist/cli.js'), dir, broken, 'both-threaded', 'SECURITY.md');
    const single = preview(solo, dir, broken, 'both-single', 'SECURITY.md');
    expect(threaded.status).toBe(2);
    expect(threaded.stderr).toContain('broken.xml');
    expect(threaded).toEqual(single);
  });
});
