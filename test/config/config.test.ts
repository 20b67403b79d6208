import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../src/config/errors.js';
import { parseConfigFile } from '../../src/config/file.js';
import { overridesFromInputs } from '../../src/config/overrides.js';
import { DEFAULT_PROFILE, PROFILES } from '../../src/config/profiles.js';
import { DEFAULT_ARXIV_API_URL, resolveConfig } from '../../src/config/resolve.js';

const inputs =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('resolveConfig', () => {
  it('gives the gpt-image-generation defaults with no config file and no inputs', () => {
    const config = resolveConfig({}, {});
    const profile = PROFILES[DEFAULT_PROFILE]!;
    expect(config.profile).toBe('gpt-image-generation');
    expect(config.list).toEqual({
      path: 'README.md',
      section: ['Papers'],
      style: 'details',
      order: null,
      updatesSection: 'Latest Updates',
    });
    expect(config.query).toEqual({
      categories: profile.categories,
      phrases: profile.phrases,
      windowDays: 7,
      since: null,
    });
    expect(config.scoring.minScore).toBe(profile.minScore);
    expect(config.pullRequest).toEqual({
      branch: 'arxiv-curator/new-papers',
      baseBranch: null,
      labels: ['arxiv-curator'],
      reviewers: [],
      assignees: [],
      draft: false,
      maxPapers: 10,
    });
    expect(config.arxiv.apiUrl).toBe(DEFAULT_ARXIV_API_URL);
    expect(config.dryRun).toBe(false);
  });

  it('lets inputs beat the config file and the config file beat the profile', () => {
    const file = parseConfigFile(
      [
        'list: { path: docs/papers.md, style: bullet, updates-section: false }',
        'query: { window-days: 3, categories: [cs.CV] }',
        'scoring: { min-score: 7, terms: [{ phrase: "image editing", weight: 2 }], exclude: ["3D", { phrase: video, hard: true }] }',
        'pull-request: { max-papers: 4, labels: [papers, bot] }',
        'ignore: ["2504.00001", 2504.00002, "https://arxiv.org/abs/2504.00003v2"]',
      ].join('\n'),
      'config.yml',
    );
    const config = resolveConfig(
      file,
      overridesFromInputs(inputs({ 'window-days': '10', 'max-papers': '2', labels: 'a, b\nc' })),
    );
    expect(config.list.path).toBe('docs/papers.md');
    expect(config.list.style).toBe('bullet');
    expect(config.list.order).toBeNull();
    expect(config.list.updatesSection).toBeNull();
    expect(config.query.windowDays).toBe(10);
    expect(config.query.categories).toEqual(['cs.CV']);
    expect(config.scoring.minScore).toBe(7);
    expect(config.scoring.terms).toEqual([{ phrase: 'image editing', weight: 2 }]);
    expect(config.scoring.exclude).toEqual([
      { phrase: '3D', weight: 3, hard: false },
      { phrase: 'video', weight: 3, hard: true },
    ]);
    expect(config.pullRequest.maxPapers).toBe(2);
    expect(config.pullRequest.labels).toEqual(['a', 'b', 'c']);
    expect(config.ignore).toEqual(['2504.00001', '2504.00002', '2504.00003']);
  });

  it.each([
    ['list: { section: Benchmarks }', ['Benchmarks']],
    ['list: { section: [Diffusion, " Benchmarks "] }', ['Diffusion', 'Benchmarks']],
    ['list: { section: auto }', 'auto'],
    ['list: { section: Auto }', 'auto'],
    ['list: { section: [auto] }', 'auto'],
  ])('reads list.section %s as %j', (text, section) => {
    expect(resolveConfig(parseConfigFile(text, 'c.yml'), {}).list.section).toEqual(section);
  });

  it.each([
    ['list: { section: [Papers, auto] }', /list\.section: `auto` stands alone, not in a list of sections/],
    ['list: { section: [Papers, "  "] }', /list\.section\[1\] must not be empty/],
  ])('rejects list.section %s', (text, message) => {
    expect(errorOf(() => resolveConfig(parseConfigFile(text, 'c.yml'), {}))).toMatch(message);
  });

  it('names an unknown profile and lists the built-in ones', () => {
    expect(errorOf(() => resolveConfig({}, { profile: 'astro' }))).toMatch(
      /input profile: unknown profile "astro"; built-in profiles: gpt-image-generation; or auto \(derived from the list\)/,
    );
  });

  it('accepts profile auto: the built-in profile stands in until the list is read', () => {
    const auto = resolveConfig(parseConfigFile('profile: auto', 'c.yml'), {});
    const builtIn = resolveConfig({}, {});
    expect(auto.profile).toBe('auto');
    expect(auto.scoring).toEqual(builtIn.scoring);
    expect(auto.query).toEqual(builtIn.query);
  });

  it('rejects an unquoted id that YAML turned into a different number', () => {
    const file = parseConfigFile('ignore: [2504.10000]', 'c.yml');
    expect(errorOf(() => resolveConfig(file, {}))).toMatch(
      /ignore\[0\]: "2504.1" is not an arXiv id; write ids in quotes/,
    );
  });
});

describe('parseConfigFile', () => {
  it.each([
    ['lists: {}', /\(top level\): unknown key "lists" \(did you mean "list"\?\)/],
    [
      'pull-request: { mx-papers: 5 }',
      /pull-request: unknown key "mx-papers" \(did you mean "max-papers"\?\)/,
    ],
    ['pull_request: { draft: true }', /unknown key "pull_request" \(did you mean "pull-request"\?\)/],
    ['query: { window_days: 3 }', /query: unknown key "window_days" \(did you mean "window-days"\?\)/],
    [
      'scoring: { terms: [{ phrse: x, weight: 1 }] }',
      /scoring\.terms\[0\]: unknown key "phrse" \(did you mean "phrase"\?\)/,
    ],
    [
      'scoring: { exclude: [{ phrase: x, hrd: true }] }',
      /scoring\.exclude\[0\]: unknown key "hrd" \(did you mean "hard"\?\)/,
    ],
    ['colour: red', /\(top level\): unknown key "colour"$/m],
    ['list: { style: grid }', /list\.style: must be one of "details", "bullet", "table"/],
    ['query: { window-days: 1.5 }', /query\.window-days: expected a whole number/],
    ['query: { window-days: 0 }', /query\.window-days: must be at least 1/],
    ['scoring: { terms: [{ phrase: x }] }', /scoring\.terms\[0\]\.weight: expected a number/],
    ['pull-request: { draft: "yes" }', /pull-request\.draft: expected true or false/],
    ['list: { section: "" }', /list\.section: must not be empty/],
    ['list: { section: [] }', /list\.section: must not be an empty list/],
    ['list: { section: [Papers, ""] }', /list\.section\[1\]: must not be empty/],
    ['list: { section: 3 }', /list\.section: must be a section's name, a list of names, or auto/],
    ['list: [1', /c\.yml is not valid YAML/],
  ])('%s → a clear error', (text, message) => {
    expect(errorOf(() => parseConfigFile(text, 'c.yml'))).toMatch(message);
  });

  it('treats an empty file as no settings', () => {
    expect(parseConfigFile('', 'c.yml')).toEqual({});
    expect(parseConfigFile('# only a comment\n', 'c.yml')).toEqual({});
  });
});

describe('overridesFromInputs', () => {
  it('reads nothing from empty inputs', () => {
    expect(overridesFromInputs(inputs({}))).toEqual({});
  });

  it.each([
    [{ 'window-days': 'seven' }, /input window-days must be a whole number from 1 to 365, got "seven"/],
    [{ 'window-days': '400' }, /input window-days must be a whole number from 1 to 365/],
    [{ 'min-score': 'high' }, /input min-score must be a number such as 5 or 4.5, got "high"/],
    [{ draft: 'maybe' }, /input draft must be true or false, got "maybe"/],
    [{ since: '2026-02-30' }, /input since must be a date YYYY-MM-DD, got "2026-02-30"/],
    [{ 'arxiv-api-url': 'ftp://x' }, /input arxiv-api-url must be an http\(s\) URL/],
  ])('%j → an error naming the input', (values, message) => {
    expect(errorOf(() => overridesFromInputs(inputs(values)))).toMatch(message);
  });

  it('parses booleans, numbers, lists and user names', () => {
    expect(
      overridesFromInputs(
        inputs({ 'dry-run': 'TRUE', 'min-score': '4.5', reviewers: '@alice, bob', since: '2026-01-31' }),
      ),
    ).toEqual({ dryRun: true, minScore: 4.5, reviewers: ['alice', 'bob'], since: '2026-01-31' });
  });
});
