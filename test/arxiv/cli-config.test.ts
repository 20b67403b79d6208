import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadCliConfig, readNow } from '../../src/cli/config.js';
import { ConfigError } from '../../src/config/errors.js';
import { DEFAULT_ARXIV_API_URL } from '../../src/config/resolve.js';

const files = (entries: Record<string, string>) => (path: string) => entries[path] ?? null;

describe('loadCliConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads .github/arxiv-curator.yml from the working directory when it exists', () => {
    mkdirSync(join(dir, '.github'));
    writeFileSync(
      join(dir, '.github', 'arxiv-curator.yml'),
      'query:\n  window-days: 10\n  categories: [cs.CV]\n',
    );
    const config = loadCliConfig({}, { cwd: dir });
    expect(config.query.windowDays).toBe(10);
    expect(config.query.categories).toEqual(['cs.CV']);
  });

  it('uses the defaults when there is no config file', () => {
    const config = loadCliConfig({}, { cwd: '/nowhere', readFile: files({}) });
    expect(config.query.windowDays).toBe(7);
    expect(config.arxiv.apiUrl).toBe(DEFAULT_ARXIV_API_URL);
    expect(config.profile).toBe('gpt-image-generation');
  });

  it('lets flags win over the file', () => {
    const readFile = files({
      '/repo/my.yml': 'query:\n  window-days: 10\narxiv:\n  api-url: https://mirror.example/api\n',
    });
    const config = loadCliConfig(
      {
        config: 'my.yml',
        'window-days': '3',
        since: '2026-06-01',
        'arxiv-url': 'http://127.0.0.1:9/api/query',
      },
      { cwd: '/repo', readFile },
    );
    expect(config.query).toMatchObject({ windowDays: 3, since: '2026-06-01' });
    expect(config.arxiv.apiUrl).toBe('http://127.0.0.1:9/api/query');
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ config: 'missing.yml' }, /^--config: no file at missing\.yml \(\/repo\/missing\.yml\)$/],
    [{ 'window-days': '0' }, /^--window-days must be a whole number from 1 to 365, got "0"$/],
    [{ since: '2026-13-01' }, /^--since must be a date YYYY-MM-DD, got "2026-13-01"$/],
    [{ 'arxiv-url': 'ftp://x' }, /^--arxiv-url must be an http\(s\) URL, got "ftp:\/\/x"$/],
    [
      { config: 'bad.yml' },
      /^bad\.yml is not a valid arxiv-curator config:\n {2}- query: unknown key "window"$/,
    ],
  ])('rejects %j', (flags, message) => {
    const readFile = files({ '/repo/bad.yml': 'query:\n  window: 3\n' });
    expect(() => loadCliConfig(flags, { cwd: '/repo', readFile })).toThrow(ConfigError);
    expect(() => loadCliConfig(flags, { cwd: '/repo', readFile })).toThrow(message);
  });
});

describe('readNow', () => {
  it.each([
    ['2026-11-26T03:00:00Z', '2026-11-26T03:00:00.000Z'],
    ['2026-11-26T05:00+02:00', '2026-11-26T03:00:00.000Z'],
    ['2026-11-26', '2026-11-26T00:00:00.000Z'],
  ])('%s', (raw, iso) => {
    expect(readNow(raw)!.toISOString()).toBe(iso);
  });

  it('is undefined when not given', () => {
    expect(readNow(undefined)).toBeUndefined();
  });

  it.each(['2026-11-26T03:00', 'yesterday', '2026-11-32'])('rejects %j', (raw) => {
    expect(() => readNow(raw)).toThrow(/^--now must be an ISO time with its zone/);
  });
});
