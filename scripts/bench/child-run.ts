import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, type RunCounts } from './measure.js';

const USAGE_HOOK = fileURLToPath(new URL('./report-usage.mjs', import.meta.url));

export interface ChildRun {
  /** Wall time as the parent sees it, from spawning to the exit. */
  wallMs: number;
  /** The child's own CPU time, user + system (NaN when it is not a measured `node`). */
  cpuMs: number;
  /** Peak resident memory in KB (NaN when it is not a measured `node`). */
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

/** Where the measured child writes its usage, and reading it back once it has exited. */
function usageFile(): {
  env: NodeJS.ProcessEnv;
  read: () => { maxRssKb: number; cpuMs: number };
  done: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-usage-'));
  const file = join(dir, 'usage.json');
  return {
    env: { BENCH_USAGE_FILE: file },
    read: () => {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as { maxRssKb: number; cpuMs: number };
      } catch {
        // The child died before its exit handler ran; the caller sees the status.
        return { maxRssKb: Number.NaN, cpuMs: Number.NaN };
      }
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `node ARGS` once, blocking: wall time, and the child's own CPU time and peak memory. */
export function runNode(args: readonly string[], cwd: string): ChildRun {
  const usage = usageFile();
  try {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--import', USAGE_HOOK, ...args], {
      cwd,
      env: { ...cleanEnv(), ...usage.env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const wallMs = performance.now() - start;
    return { wallMs, ...usage.read(), status: child.status, stdout: child.stdout, stderr: child.stderr };
  } finally {
    usage.done();
  }
}

/** Runs any command once, blocking (`npm start`): wall time only. */
export function runCommand(command: string, args: readonly string[], cwd: string): ChildRun {
  const start = performance.now();
  const child = spawnSync(command, args, {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  return {
    wallMs,
    cpuMs: Number.NaN,
    maxRssKb: Number.NaN,
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
  };
}

/**
 * Runs `node ARGS` once without blocking this process, whose event loop serves the fake GitHub
 * and fake arXiv the child talks to.
 */
export async function runNodeAsync(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ChildRun> {
  const usage = usageFile();
  try {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', USAGE_HOOK, ...args], {
      cwd,
      env: { ...cleanEnv(), ...env, ...usage.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const status = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    const wallMs = performance.now() - start;
    return { wallMs, ...usage.read(), status, stdout, stderr };
  } finally {
    usage.done();
  }
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

export interface ChildSummary {
  wall: Spread;
  cpu: Spread;
  /** The highest peak memory of the runs, in MB. */
  maxRssMb: number;
  last: ChildRun;
}

export function summarise(runs: readonly ChildRun[]): ChildSummary {
  return {
    wall: spread(runs.map((r) => r.wallMs)),
    cpu: spread(runs.map((r) => r.cpuMs)),
    maxRssMb: Math.max(...runs.map((r) => r.maxRssKb)) / 1024,
    last: runs[runs.length - 1]!,
  };
}

/** Several fresh runs after uncounted warm-up runs (which fill the OS's file cache); each is checked. */
export function measure(
  runOnce: () => ChildRun,
  { warmUp, runs }: RunCounts,
  check: (run: ChildRun) => void,
): ChildSummary {
  for (let i = 0; i < warmUp; i++) check(runOnce());
  const measured = Array.from({ length: runs }, runOnce);
  measured.forEach(check);
  return summarise(measured);
}
