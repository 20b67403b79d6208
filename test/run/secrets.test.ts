/**
 * Secrets are never printed (SPEC §8): whole runs that fail in every usual way, and runs that
 * succeed, with a recognisable token; then everything the run wrote is searched for it — stdout
 * (where the only allowed occurrence is the `::add-mask::` command), the output and summary files,
 * the candidates file, every PR title, body, commit and file on the fake GitHub, and what arXiv
 * was sent. And no code of the Action can run a shell or evaluate text.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LIST, TOKEN, onTopic, startWorld, type RunResult, type World } from './harness.js';

/** The token as it could leak: itself, base64 (an Authorization header), or a truncated middle. */
const TOKEN_FORMS = [
  TOKEN,
  Buffer.from(TOKEN).toString('base64'),
  Buffer.from(`x-access-token:${TOKEN}`).toString('base64'),
  TOKEN.slice(4, -4),
];
const MASK_LINE = `::add-mask::${TOKEN}`;

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every text the runs left anywhere, by where it was found. */
function everythingWritten(w: World, results: readonly RunResult[]): Array<[string, string]> {
  const runDir = dirname(w.workspace);
  const texts: Array<[string, string]> = [];
  for (const [i, result] of results.entries()) {
    const stdout = result.stdout
      .split('\n')
      .filter((line) => line !== MASK_LINE)
      .join('\n');
    texts.push([`stdout of run ${i + 1}`, stdout], [`error of run ${i + 1}`, result.error]);
  }
  // GITHUB_OUTPUT and GITHUB_STEP_SUMMARY of every run, the candidates file, the event, the workspace.
  for (const file of filesUnder(runDir)) texts.push([relative(runDir, file), readFileSync(file, 'utf8')]);
  const { github, arxiv } = w;
  for (const pull of github.pullsByNumber.values()) {
    texts.push([`PR #${pull.number}`, JSON.stringify(pull)]);
  }
  for (const commit of github.commits.values()) {
    texts.push([`commit ${commit.sha}`, JSON.stringify(commit)]);
    texts.push([`${LIST} at ${commit.sha}`, github.fileAt(commit.sha, LIST) ?? '']);
  }
  texts.push(['GitHub request log', JSON.stringify(github.log)]);
  texts.push(['labels', JSON.stringify([...github.repoLabels])]);
  texts.push(['requests to arXiv', JSON.stringify(arxiv.requests)]);
  return texts;
}

function expectNoToken(w: World, results: readonly RunResult[]): void {
  for (const result of results) {
    expect(result.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([MASK_LINE]);
  }
  const leaks = everythingWritten(w, results).flatMap(([where, text]) =>
    TOKEN_FORMS.filter((form) => text.includes(form)).map((form) => `${where} contains ${form}`),
  );
  expect(leaks).toEqual([]);
}

const papers = () => [onTopic('2611.10001', '2026-11-24T10:00:00Z')];

interface Failure {
  name: string;
  arrange: (w: World) => void;
  inputs?: Record<string, string>;
  error: RegExp;
}

const FAILURES: Failure[] = [
  {
    name: 'arXiv down all night',
    arrange: (w) => w.arxiv.inject({ fault: { kind: 'status', status: 503 }, times: Infinity }),
    error: /^arXiv request failed: HTTP 503/,
  },
  {
    name: '403 not permitted to create pull requests',
    arrange: (w) => w.github.forbidPullCreation(),
    error: /GitHub Actions is not permitted to create or approve pull requests/,
  },
  {
    name: '403 resource not accessible by integration',
    arrange: (w) => w.github.forbid({ method: 'POST', path: '/git/refs' }),
    error: /lacks the "contents: write" permission/,
  },
  {
    name: '404 list file',
    arrange: (w) => w.github.notFound({ method: 'GET', path: `/contents/${LIST}` }),
    error: /the list file README\.md was not found/,
  },
  {
    name: '401 bad credentials',
    arrange: (w) => w.github.failNext(100, { status: 401, message: 'Bad credentials' }),
    error: /GitHub rejected the token \(401 Bad credentials\)\. Check the github-token input/,
  },
  {
    name: 'a bad config file',
    arrange: (w) =>
      writeFileSync(
        join(w.workspace, '.github', 'arxiv-curator.yml'),
        'query:\n  window-days: many\nextra: 1\n',
      ),
    error:
      /^\.github\/arxiv-curator\.yml is not a valid arxiv-curator config:\n {2}- query\.window-days: expected a number\n {2}- \(top level\): unknown key "extra"$/,
  },
  {
    name: 'a bad input value',
    arrange: () => undefined,
    inputs: { 'window-days': 'a week' },
    error: /^input window-days must be a whole number from 1 to 365, got "a week"$/,
  },
];

describe('the token never appears in anything a run writes', () => {
  it.each(FAILURES.map((failure) => [failure.name, failure] as const))(
    'a run that fails: %s',
    async (_name, failure) => {
      world = await startWorld({ papers: papers() });
      failure.arrange(world);
      const result = await world.night(failure.inputs);
      expect(result.failed).toBe(true);
      expect(result.error).toMatch(failure.error);
      expectNoToken(world, [result]);
    },
  );

  it('runs that succeed: create, rebuild, unchanged, dry run', async () => {
    world = await startWorld({ papers: papers() });
    const results = [await world.night()];
    world.advanceDays(1);
    world.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    results.push(await world.night(), await world.night());
    world.advanceDays(1);
    world.papers.push(onTopic('2611.10003', '2026-11-27T12:00:00Z'));
    results.push(await world.night({ 'dry-run': 'true' }));
    expect(
      results.map((r) => [r.error, r.outputs['pull-request-operation'], r.outputs['planned-operation']]),
    ).toEqual([
      ['', 'created', 'created'],
      ['', 'updated', 'updated'],
      ['', 'unchanged', 'unchanged'],
      ['', 'none', 'updated'],
    ]);
    expectNoToken(world, results);
  });

  it('the search does find a token where it should not be', async () => {
    world = await startWorld({ papers: papers() });
    const result = await world.night();
    world.github.editBaseFile(LIST, (text) => `${text}\n<!-- ${TOKEN} -->\n`);
    const planted = { ...result, stdout: `${result.stdout}Authorization: token ${TOKEN}\n` };
    const where = everythingWritten(world, [planted])
      .filter(([, text]) => text.includes(TOKEN))
      .map(([place]) => place.replace(/[0-9a-f]{40}/, 'SHA'));
    expect(where).toEqual(['stdout of run 1', `${LIST} at SHA`]);
  });
});

describe('no code of the Action can run a shell or evaluate text', () => {
  const SOURCES = filesUnder('src').filter((file) => file.endsWith('.ts'));
  const FORBIDDEN: Array<[string, RegExp]> = [
    ['imports child_process', /(?:from|import|require)\s*\(?\s*['"](?:node:)?child_process['"]/],
    ['calls exec/spawn/fork', /(?<![.\w$])(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\s*\(/],
    ['calls eval', /(?<![.\w$])eval\s*\(/],
    ['builds a Function', /\bnew\s+Function\s*\(/],
  ];

  it('finds the sources', () => {
    expect(SOURCES.length).toBeGreaterThan(50);
    expect(SOURCES).toContain(join('src', 'main.ts'));
  });

  it.each(FORBIDDEN)('no file under src/ %s', (_what, pattern) => {
    const offenders = SOURCES.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the patterns catch what they are meant to catch', () => {
    const samples = [
      "import { spawn } from 'node:child_process';",
      "const cp = require('child_process');",
      'execSync(`git push`);',
      'eval(text);',
      "new Function('return 1')",
    ];
    for (const sample of samples) expect(FORBIDDEN.some(([, pattern]) => pattern.test(sample))).toBe(true);
    // A regular expression's own exec is not a shell.
    expect(FORBIDDEN.some(([, pattern]) => pattern.test('const m = /x/.exec(text);'))).toBe(false);
  });

  it('nor does the bundled Action', () => {
    for (const bundle of ['dist/index.js', 'dist/cli.js']) {
      expect(existsSync(bundle)).toBe(true);
      expect(readFileSync(bundle, 'utf8')).not.toMatch(/['"](?:node:)?child_process['"]/);
    }
  });
});
