import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { makePaper } from '../helpers/arxiv-papers.js';
import { renderAtomFeed } from '../helpers/atom-feed.js';

const root = resolve('.');
const CLI = join(root, 'dist/cli.js');
const FILES = ['README.md', 'pr-body.md', 'candidates.json'];

/** A recorded page of 600 papers (~1.3 MB), seeded: on-topic phrases, hyphens and possessives among filler. */
function bigFeed(): string {
  const words = ['unified multimodal model', 'GPT-4o', 'image editing', 'text-to-image', 'auto-regressive'];
  words.push('visual tokenizers', 'Gaussian splatting', 'video', 'we', 'propose', 'a', 'the', 'scalable');
  words.push('benchmark', 'with', "GPT-4o's");
  let seed = 7;
  const word = (): string => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return words[seed % words.length]!;
  };
  const text = (count: number): string => Array.from({ length: count }, word).join(' ');
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

function bundled(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 30_000,
  });
  return { status, stdout, stderr };
}

async function inProcess(
  args: string[],
  cwd: string,
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: {},
  };
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    return { status: await main(args, io), stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

describe('the bundled CLI (dist/cli.js)', () => {
  let dir: string;
  let feed: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-bundle-'));
    feed = join(dir, 'big.xml');
    writeFileSync(feed, bigFeed());
  });

  const preview = (out: string, feedPath = feed, list = 'examples/README.md'): string[] => [
    'preview',
    '--list',
    join(root, list),
    '--feed',
    feedPath,
    '--now',
    '2026-11-26T03:00:00Z',
    '--out',
    out,
  ];

  it('writes and prints what the commands do in-process, for a large recorded feed', async () => {
    const fromBundle = bundled(preview('bundle'), dir);
    const fromSource = await inProcess(preview('source'), dir);
    expect(fromBundle.status).toBe(0);
    expect(fromBundle.stdout).toMatch(/Proposed \(\d+\)/);
    expect({ ...fromBundle, stdout: fromBundle.stdout.replaceAll('bundle', 'OUT') }).toEqual({
      ...fromSource,
      stdout: fromSource.stdout.replaceAll('source', 'OUT'),
    });
    for (const name of FILES) {
      expect(readFileSync(join(dir, 'bundle', name), 'utf8')).toBe(
        readFileSync(join(dir, 'source', name), 'utf8'),
      );
    }
  });

  it.each([
    ['an unknown flag', ['--bogus'], /Unknown option '--bogus'/],
    ['a missing list file', ['--list', 'missing.md'], /no list file at .*missing\.md/],
  ])('reports %s in one line, exit code 2', (_name, extra, message) => {
    const run = bundled(['preview', '--feed', feed, ...extra], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports a broken feed in one line, before a list without its section', () => {
    const broken = join(dir, 'broken.xml');
    const text = readFileSync(feed, 'utf8');
    writeFileSync(broken, text.slice(0, text.length - 400));
    const run = bundled(preview('broken', broken, 'SECURITY.md'), dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--feed .*broken\.xml is not an arXiv Atom feed/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('stops quietly, exit code 0, when the reader of its output goes away (| head)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'arxiv-curator-epipe-'));
    const child = spawn(
      process.execPath,
      [
        CLI,
        'preview',
        '--list',
        join(root, 'examples/README.md'),
        '--feed',
        join(root, 'examples/feed.xml'),
        '--now',
        '2026-11-26T03:00:00Z',
        '--out',
        out,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } },
    );
    // The reader closes before the CLI writes a byte: every write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', (status) => done(status)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
