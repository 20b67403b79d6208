import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { parseConfigFile } from '../../src/config/file.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { readList } from '../../src/list/index.js';
import { autoConfig } from '../../src/run/auto-profile.js';
import { topicListMarkdown } from '../curate/auto/topic-list.js';

async function run(
  dir: string,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {} };
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return { code: await main(argv, io), stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

const ROOT = process.cwd();

function listDir(papers: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-profile-'));
  writeFileSync(join(dir, 'README.md'), topicListMarkdown(papers));
  return dir;
}

describe('arxiv-curator profile', () => {
  it('prints the derived profile as a config file that loads back to the same query and scoring', async () => {
    const dir = listDir(30);
    const { code, stdout, stderr } = await run(dir, 'profile', '--list', 'README.md');
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^profile auto: derived from 30 papers of the list — \d+ query phrases \(.*\), \d+ scoring terms, threshold [\d.]+/,
    );
    expect(stdout).toMatch(
      /^# arxiv-curator profile: derived from the 30 papers of the list \(README\.md\)\./,
    );
    const file = parseConfigFile(stdout, 'printed profile');
    expect(file.profile).toBeUndefined();
    expect(file.scoring?.terms?.length).toBeGreaterThan(0);

    // Loaded back, the printed file alone scores and queries as the run with profile: auto does.
    const kept = resolveConfig(file, {});
    const auto = autoConfig({ profile: 'auto' }, {}, readList(topicListMarkdown(30)).entries).config;
    expect(kept.scoring).toEqual(auto.scoring);
    expect(kept.query).toEqual(auto.query);
    expect(kept.list.section).toEqual(auto.list.section);
    writeFileSync(join(dir, 'auto.yml'), 'profile: auto\n');
    const fromAuto = await run(dir, 'profile', '--list', 'README.md', '--config', 'auto.yml');
    expect(fromAuto.stdout).toBe(stdout);
  });

  it('sends papers where their neighbours are unless a section is named', async () => {
    const dir = listDir(30);
    const learned = parseConfigFile((await run(dir, 'profile', '--list', 'README.md')).stdout, 'printed');
    expect(learned.list?.section).toBe('auto');
    expect(learned.list?.style).toBeUndefined();
    const named = await run(dir, 'profile', '--list', 'README.md', '--section', 'Papers');
    expect(parseConfigFile(named.stdout, 'printed').list?.section).toEqual(['Papers']);
  });

  it('lets keys of the config file beat the derived ones', async () => {
    const dir = listDir(30);
    writeFileSync(join(dir, 'c.yml'), 'scoring:\n  min-score: 42\nquery:\n  categories: [q-bio.BM]\n');
    const { code, stdout } = await run(dir, 'profile', '--list', 'README.md', '--config', 'c.yml');
    expect(code).toBe(0);
    const file = parseConfigFile(stdout, 'printed profile');
    expect(file.scoring?.['min-score']).toBe(42);
    expect(file.query?.categories).toEqual(['q-bio.BM']);
  });

  it('says so and exits 1 when the list is too small to learn from', async () => {
    const dir = listDir(5);
    const { code, stdout, stderr } = await run(dir, 'profile', '--list', 'README.md');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'profile auto: the list has 5 papers with an arXiv id, fewer than the 20 profile: auto needs; ' +
        'using the built-in profile gpt-image-generation\n',
    );
  });

  it('names a missing list', async () => {
    const dir = listDir(5);
    const { code, stderr } = await run(dir, 'profile', '--list', 'nope.md');
    expect(code).toBe(2);
    expect(stderr).toMatch(/no list file at .*nope\.md/);
  });

  it('preview with profile: auto derives from --list and says so in its summary', async () => {
    const dir = listDir(30);
    writeFileSync(join(dir, 'auto.yml'), 'profile: auto\nlist:\n  section: Papers\n');
    const feed = join(ROOT, 'examples/feed.xml');
    const { code, stdout } = await run(
      dir,
      'preview',
      '--config',
      'auto.yml',
      '--list',
      'README.md',
      '--feed',
      feed,
    );
    expect(code).toBe(0);
    expect(stdout.split('\n')[1]).toMatch(/^profile auto: derived from 30 papers of the list/);
    const small = listDir(5);
    writeFileSync(join(small, 'auto.yml'), 'profile: auto\nlist:\n  section: Papers\n');
    const fallback = await run(
      small,
      'preview',
      '--config',
      'auto.yml',
      '--list',
      'README.md',
      '--feed',
      feed,
    );
    expect(fallback.stdout).toContain('fewer than the 20 profile: auto needs; using the built-in profile');
  });
});
