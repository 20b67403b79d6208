/**
 * Whole runs of the Action exactly as a runner drives it: `run()` from src/main.ts reads INPUT_*
 * and GITHUB_* from the environment, talks real HTTP (Octokit) to a fake GitHub and (the arXiv
 * client) to a fake arXiv, and writes GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Only the
 * clock is fake, shared by the arXiv client and the fake arXiv server, so no test waits.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArxivClientOptions } from '../../src/arxiv/client.js';
import { run } from '../../src/main.js';
import type { Paper } from '../../src/types.js';
import { fakeClock, type FakeClock } from '../helpers/clock.js';
import { startFakeArxiv, type FakeArxiv } from '../helpers/fake-arxiv.js';
import { FakeGitHub } from '../helpers/fake-github.js';

export const TOKEN = 'ghs_fakeTokenForTests0123456789abcdefXYZ';
export const BRANCH = 'arxiv-curator/new-papers';
export const LIST = 'README.md';

/** A small list in the seed's format, as the example list has it. */
export const SEED_LIST = readFileSync('examples/README.md', 'utf8');

const DAY = 24 * 60 * 60 * 1000;

/** An on-topic paper that the default profile proposes (score well above its threshold). */
export function onTopic(id: string, submitted: string, title?: string): Paper {
  return {
    arxivId: id,
    version: 1,
    title: title ?? `Unified Multimodal Model ${id} for Autoregressive Image Generation and Image Editing`,
    abstract:
      'We present a unified multimodal model for understanding and generation. Like GPT-4o, it performs ' +
      'autoregressive image generation with a visual tokenizer and instruction-based image editing, and ' +
      `reaches strong text-to-image results. Code: https://github.com/example/model-${id.replace('.', '-')}.`,
    authors: ['Ada Lovelace', 'Alan Turing'],
    categories: ['cs.CV', 'cs.AI'],
    primaryCategory: 'cs.CV',
    published: submitted,
    updated: submitted,
  };
}

/** A paper the query returns but the profile scores low. */
export function offTopic(id: string, submitted: string): Paper {
  return {
    arxivId: id,
    version: 1,
    title: `Tokenization Choices for Low-Resource Machine Translation ${id}`,
    abstract:
      'We study tokenization for machine translation of low-resource languages with an autoregressive decoder.',
    authors: ['Grace Hopper'],
    categories: ['cs.CL'],
    primaryCategory: 'cs.CL',
    published: submitted,
    updated: submitted,
  };
}

/** The details entry of `id`, from its heading to the next heading, taken out of the text. */
export function removeEntry(text: string, id: string): string {
  const at = text.indexOf(`https://arxiv.org/pdf/${id}`);
  const start = text.lastIndexOf('\n### ', at) + 1;
  const end = text.indexOf('\n#', at) + 1;
  return text.slice(0, start) + text.slice(end);
}

export interface Outputs {
  [name: string]: string;
}

export interface RunResult {
  failed: boolean;
  /** What `core.setFailed` printed (the ::error:: line), when the run failed. */
  error: string;
  outputs: Outputs;
  summary: string;
  /** Everything the run wrote to stdout. */
  stdout: string;
  /** Requests the fake GitHub saw during this run. */
  github: Array<{ method: string; path: string; status: number | null }>;
  arxivRequests: number;
}

export interface World {
  github: FakeGitHub;
  arxiv: FakeArxiv;
  clock: FakeClock;
  papers: Paper[];
  /** The checked-out workspace, where a config file goes (`.github/arxiv-curator.yml`). */
  workspace: string;
  /** Runs the Action once at the clock's current time. */
  night(inputs?: Record<string, string>): Promise<RunResult>;
  /** Moves the clock forward by whole days (arXiv windows are whole UTC days). */
  advanceDays(days: number): void;
  close(): Promise<void>;
}

export interface WorldOptions {
  files?: Record<string, string>;
  papers?: Paper[];
  start?: string;
  /** arXiv client settings over the harness's (e.g. a short `requestTimeoutMs` for a hanging server). */
  arxivClient?: Omit<ArxivClientOptions, 'apiUrl'>;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const clock = fakeClock(options.start ?? '2026-11-26T03:00:00Z');
  const papers = options.papers ?? [];
  const github = await FakeGitHub.start({
    owner: 'lists',
    repo: 'awesome-gpt-image',
    defaultBranch: 'main',
    files: options.files ?? { [LIST]: SEED_LIST },
  });
  const arxiv = await startFakeArxiv({ papers, clock });
  const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-run-'));
  // What the runner provides: the event payload, and a (sparse) checkout as the workspace.
  const workspace = join(dir, 'workspace');
  mkdirSync(join(workspace, '.git'), { recursive: true });
  mkdirSync(join(workspace, '.github'), { recursive: true });
  const eventPath = join(dir, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({ repository: { default_branch: 'main', full_name: 'lists/awesome-gpt-image' } }),
  );
  let runs = 0;

  const world: World = {
    github,
    arxiv,
    clock,
    papers,
    workspace,
    advanceDays(days: number) {
      void clock.sleep(days * DAY);
    },
    async night(inputs = {}) {
      runs += 1;
      const outputFile = join(dir, `output-${runs}`);
      const summaryFile = join(dir, `summary-${runs}`);
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      const env: Record<string, string> = {
        GITHUB_REPOSITORY: 'lists/awesome-gpt-image',
        GITHUB_API_URL: github.url,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: dir,
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_PATH: eventPath,
        'INPUT_GITHUB-TOKEN': TOKEN,
        'INPUT_ARXIV-API-URL': arxiv.url,
      };
      for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
      const before = github.log.length;
      const arxivBefore = arxiv.requests.length;
      const { stdout, exitCode } = await withEnv(env, () =>
        run({
          now: clock.now,
          sleep: clock.sleep,
          github: { retry: { retries: 3, baseMs: 1 }, throttle: { spacing: 'none', msPerSecond: 1 } },
          arxiv: {
            minIntervalMs: 1_000,
            firstBackoffMs: 1_000,
            requestTimeoutMs: 2_000,
            ...options.arxivClient,
          },
        }),
      );
      const errorLine = stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
      return {
        failed: exitCode === 1,
        error: errorLine.replace(/^::error::/, '').replace(/%0A/g, '\n'),
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        stdout,
        github: github.log.slice(before).map(({ method, path, status }) => ({ method, path, status })),
        arxivRequests: arxiv.requests.length - arxivBefore,
      };
    },
    async close() {
      await github.close();
      await arxiv.close();
    },
  };
  return world;
}

/** GITHUB_OUTPUT's file-command format: `name<<DELIMITER\nvalue\nDELIMITER`. */
function parseOutputs(text: string): Outputs {
  const outputs: Outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

/**
 * Runs `fn` with `env` as the only INPUT_/GITHUB_ variables and captures stdout, where
 * @actions/core prints its log and workflow commands; restores everything afterwards.
 */
async function withEnv(
  env: Record<string, string>,
  fn: () => Promise<void>,
): Promise<{ stdout: string; exitCode: number | undefined }> {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_)/.test(key)) delete process.env[key];
  }
  Object.assign(process.env, env);
  const write = process.stdout.write.bind(process.stdout);
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  const exitBefore = process.exitCode;
  process.exitCode = undefined;
  try {
    await fn();
    return { stdout, exitCode: process.exitCode };
  } finally {
    process.stdout.write = write;
    process.exitCode = exitBefore;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
