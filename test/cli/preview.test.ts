import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { parseFeed } from '../../src/arxiv/parse.js';
import { renderAtomFeed } from '../helpers/atom-feed.js';
import { onTopic } from '../run/harness.js';

const root = resolve('.');

function capture(): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    env: {},
    out: () => out,
    err: () => err,
  };
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-cli-'));
  const io = capture();
  const previous = process.cwd();
  process.chdir(dir);
  try {
    const code = await main(
      args.map((arg) => arg.replace('{root}', root)),
      io,
    );
    return { code, out: io.out(), err: io.err(), dir };
  } finally {
    process.chdir(previous);
  }
}

describe('arxiv-curator preview (offline, the embedded example)', () => {
  const args = [
    'preview',
    '--list',
    '{root}/examples/README.md',
    '--feed',
    '{root}/examples/feed.xml',
    '--now',
    '2026-11-26T03:00:00Z',
    '--out',
    'out',
  ];

  it('writes the list after the change, the PR body and candidates.json, and prints the funnel and diff', async () => {
    const { code, out, dir } = await run(args);
    expect(code).toBe(0);
    const before = readFileSync('examples/README.md', 'utf8');
    const after = readFileSync(join(dir, 'out/README.md'), 'utf8');
    // Only added lines: every byte of the original list is still there, in order.
    expect(after.startsWith(before.slice(0, before.indexOf('## 📢 Latest Updates')))).toBe(true);
    expect(after).toContain('* Nov-26-2026: Add 2 papers.\n* Apr-10-2025: First update! Add 3 papers.');
    expect(after).toContain('### 4. An Empirical Study of GPT-4o Image Generation Capabilities\n');
    expect(after).toContain(
      '### 5. A Unified Agentic Framework for Evaluating Conditional Image Generation\n',
    );
    expect(after).toContain('[📄 Paper](https://arxiv.org/pdf/2504.05979)');
    expect(after.indexOf('### 5.')).toBeLessThan(after.indexOf('## Tools'));

    const candidates = JSON.parse(readFileSync(join(dir, 'out/candidates.json'), 'utf8')) as Array<{
      arxivId: string;
      decision: string;
      score: number;
      reasons: string[];
    }>;
    const feed = parseFeed(readFileSync('examples/feed.xml', 'utf8'));
    expect(candidates).toHaveLength(feed.papers.length);
    const decisions = Object.fromEntries(candidates.map((c) => [c.arxivId, c.decision]));
    expect(decisions['2504.05979']).toBe('proposed');
    expect(decisions['2504.07046']).toBe('proposed');
    expect(decisions['2504.02782']).toBe('listed');
    expect(candidates.filter((c) => c.decision === 'below-threshold')).toHaveLength(10);
    for (const c of candidates.filter((c) => c.decision === 'proposed')) {
      expect(c.reasons.length).toBeGreaterThan(0);
    }

    const body = readFileSync(join(dir, 'out/pr-body.md'), 'utf8');
    expect(body).toContain(
      '[An Empirical Study of GPT-4o Image Generation Capabilities](https://arxiv.org/abs/2504.05979)',
    );
    expect(body).toMatch(/\*\*Reviewing:\*\*/);
    expect(body).toMatch(/\*\*This run:\*\* searched the recorded feed .*examples\/feed\.xml/);

    expect(out).toContain('Funnel: 13 on arXiv → 13 fetched → 13 unique → 1 already listed');
    expect(out).toContain('not consulted');
    expect(out).toContain('+### 4. An Empirical Study of GPT-4o Image Generation Capabilities');
    expect(out).toMatch(/^--- a\/(\.\.\/)*.*examples\/README\.md$/m);
  });

  it('is reproducible: the same flags give the same files', async () => {
    const first = await run(args);
    const second = await run(args);
    for (const name of ['README.md', 'pr-body.md', 'candidates.json']) {
      expect(readFileSync(join(second.dir, 'out', name), 'utf8')).toBe(
        readFileSync(join(first.dir, 'out', name), 'utf8'),
      );
    }
  });

  it.each([
    [
      ['preview', '--list', 'missing.md', '--feed', '{root}/examples/feed.xml'],
      /no list file at .*missing\.md/,
    ],
    [
      ['preview', '--list', '{root}/examples/README.md', '--feed', 'nope.xml'],
      /--feed: no file at .*nope\.xml/,
    ],
    [['preview', '--bogus'], /Unknown option '--bogus'/],
    [
      [
        'preview',
        '--list',
        '{root}/examples/README.md',
        '--feed',
        '{root}/examples/feed.xml',
        '--window-days',
        'x',
      ],
      /--window-days must be a whole number/,
    ],
  ])('%j fails with exit 2 and one clear line', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('reports a broken feed in one line (exit 2), and before a list without its section', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-feed-'));
    const feed = readFileSync('examples/feed.xml', 'utf8');
    writeFileSync(join(dir, 'broken.xml'), feed.slice(0, feed.length - 400));
    writeFileSync(join(dir, 'list.md'), '# My list\n\n## Reading\n');
    for (const list of ['{root}/examples/README.md', join(dir, 'list.md')]) {
      const { code, err } = await run(['preview', '--list', list, '--feed', join(dir, 'broken.xml')]);
      expect(code).toBe(2);
      expect(err).toMatch(/--feed .*broken\.xml is not an arXiv Atom feed/);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('names the missing section and the headings it found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-list-'));
    writeFileSync(
      join(dir, 'list.md'),
      '# My list\n\n## Reading\n\n- [A](https://arxiv.org/abs/2401.00001)\n',
    );
    const { code, err } = await run([
      'preview',
      '--list',
      join(dir, 'list.md'),
      '--feed',
      '{root}/examples/feed.xml',
    ]);
    expect(code).toBe(2);
    expect(err).toMatch(/Papers/);
    expect(err).toMatch(/Reading/);
  });

  it('adds entries in the style the list already has when the config sets none, as the Action does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-list-'));
    const list =
      '# My list\n\n## Papers\n\n- [A listed paper](https://arxiv.org/abs/2401.00001) - A. Author\n';
    writeFileSync(join(dir, 'list.md'), list);
    const { code, dir: outDir } = await run([
      'preview',
      '--list',
      join(dir, 'list.md'),
      '--feed',
      '{root}/examples/feed.xml',
      '--now',
      '2026-11-26T03:00:00Z',
    ]);
    expect(code).toBe(0);
    const after = readFileSync(join(outDir, 'out/README.md'), 'utf8');
    expect(after.startsWith(list)).toBe(true);
    const added = after.slice(list.length).split('\n').filter(Boolean);
    expect(added.length).toBeGreaterThan(0);
    for (const line of added) expect(line).toMatch(/^- \[.+\]\(https:\/\/arxiv\.org\/abs\/\d{4}\.\d{5}\)/);
    expect(after).not.toContain('<details>');
    expect(after).not.toContain('### ');
  });
});

describe('arxiv-curator preview with list.section: auto', () => {
  it('prints where each proposed paper goes and writes the section into candidates.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-sections-'));
    const papers = [
      onTopic(
        '2611.10001',
        '2026-11-24T10:00:00Z',
        'Next-Scale Autoregressive Image Generation with a Visual Tokenizer',
      ),
      onTopic(
        '2611.10002',
        '2026-11-24T10:00:00Z',
        'A Comprehensive Benchmark for Evaluating GPT-4o Image Editing',
      ),
    ];
    writeFileSync(
      join(dir, 'feed.xml'),
      renderAtomFeed({ papers, totalResults: 2, startIndex: 0, itemsPerPage: 2 }),
    );
    writeFileSync(join(dir, 'config.yml'), 'list: { section: auto }\n');
    const { code, out, err } = await run([
      'preview',
      '--list',
      '{root}/test/fixtures/route/sections.md',
      '--feed',
      join(dir, 'feed.xml'),
      '--config',
      join(dir, 'config.yml'),
      '--now',
      '2026-11-26T03:00:00Z',
      '--out',
      join(dir, 'out'),
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(
      /\n {6}→ "Autoregressive Models": closest to "Visual Autoregressive Modeling: [^\n]*heading word "autoregressive", like the section as a whole \(0\.\d\d\)\n/,
    );
    expect(out).toMatch(
      /\n {6}→ "Benchmarks": closest to "GPT-ImgEval: [^\n]*heading word "benchmarks", like the section as a whole \(0\.\d\d\), a benchmark paper like the section's\n/,
    );
    const candidates = JSON.parse(readFileSync(join(dir, 'out/candidates.json'), 'utf8')) as Array<{
      arxivId: string;
      section?: { name: string; why: string; fits: boolean };
    }>;
    expect(candidates.map((c) => [c.arxivId, c.section?.name, c.section?.fits])).toEqual([
      ['2611.10001', 'Autoregressive Models', true],
      ['2611.10002', 'Benchmarks', true],
    ]);
  });
});

describe('arxiv-curator score', () => {
  it('prints one JSON object per paper, best first, with reasons', async () => {
    const { code, out } = await run([
      'score',
      '--feed',
      '{root}/examples/feed.xml',
      '--list',
      '{root}/examples/README.md',
    ]);
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            arxivId: string;
            title: string;
            score: number;
            decision: string;
            reasons: string[];
          },
      );
    expect(rows).toHaveLength(13);
    expect(Object.keys(rows[0]!).slice(0, 5)).toEqual(['arxivId', 'title', 'score', 'decision', 'reasons']);
    expect(rows[0]!.arxivId).toBe('2504.05979');
    expect(rows.find((r) => r.arxivId === '2504.02782')!.decision).toBe('listed');
    const scored = rows.filter((r) => r.decision !== 'listed').map((r) => r.score);
    expect(scored).toEqual([...scored].sort((a, b) => b - a));
  });

  it('scores without a list (then no paper is listed, and no section is needed)', async () => {
    const { code, out, err } = await run(['score', '--feed', '{root}/examples/feed.xml']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { arxivId: string; decision: string });
    expect(rows).toHaveLength(13);
    expect(rows.filter((r) => r.decision === 'listed')).toEqual([]);
  });

  it('requires --feed', async () => {
    const { code, err } = await run(['score']);
    expect(code).toBe(2);
    expect(err).toMatch(/--feed FILE\.xml is required/);
  });
});
