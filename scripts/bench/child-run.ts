import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, type RunCounts } from './measure.js';

const RSS_HOOK = fileURLToPath(new URL('./report-rss.mjs', import.meta.url));

export interface ChildRun {
  wallMs: number;
  /** Peak resident memory in KB. */
  maxRssKb: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * An environment with nothing of GitHub Actions in it, so that `node dist/index.js` behaves the
 * same here, in CI and on a developer's machine: no inputs, no token.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|NODE_OPTIONS$)/.test(key)) env[key] = value;
  }
  return env;
}

/** Runs `node ARGS` once: wall time as the parent sees it, and the child's own peak memory. */
export function runNode(args: readonly string[], cwd: string): ChildRun {
  const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-rss-'));
  const rssFile = join(dir, 'rss');
  try {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], {
      cwd,
      env: { ...cleanEnv(), BENCH_RSS_FILE: rssFile },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const wallMs = performance.now() - start;
    let maxRssKb = Number.NaN;
    try {
      maxRssKb = Number(readFileSync(rssFile, 'utf8'));
    } catch {
      // The child died before its exit handler ran; the caller sees the status.
    }
    return { wallMs, maxRssKb, status: child.status, stdout: child.stdout, stderr: child.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ChildSummary {
  wallMs: number;
  /** The fastest and the slowest run's wall time: how much the machine moved the median's runs. */
  fastestMs: number;
  slowestMs: number;
  maxRssKb: number;
  last: ChildRun;
}

/** Median wall time and the highest peak memory over several runs, after warm-up runs. */
export function measureNode(
  args: readonly string[],
  cwd: string,
  { warmUp, runs }: RunCounts,
  check: (run: ChildRun) => void,
): ChildSummary {
  for (let i = 0; i < warmUp; i++) check(runNode(args, cwd));
  const measured = Array.from({ length: runs }, () => runNode(args, cwd));
  measured.forEach(check);
  const walls = measured.map((r) => r.wallMs);
  return {
    wallMs: median(walls),
    fastestMs: Math.min(...walls),
    slowestMs: Math.max(...walls),
    maxRssKb: Math.max(...measured.map((r) => r.maxRssKb)),
    last: measured[measured.length - 1]!,
  };
}
