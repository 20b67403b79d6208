import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { measureNode } from './child-run.js';
import { median, type RunCounts } from './measure.js';

export type StageTimes = Record<string, number>;

/** Bundles stages.ts as the Action and the CLI are bundled, into `dir`; returns the file. */
export async function bundleStages(dir: string): Promise<string> {
  const outfile = join(dir, 'stages.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./stages.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** The median of each step over fresh processes. */
export function measureStages(bundle: string, args: string[], cwd: string, counts: RunCounts): StageTimes {
  const runs: StageTimes[] = [];
  measureNode([bundle, ...args], cwd, counts, (run) => {
    if (run.status !== 0) throw new Error(`the stage timer failed:\n${run.stderr.slice(0, 2000)}`);
    runs.push(JSON.parse(run.stdout) as StageTimes);
  });
  const measured = runs.slice(counts.warmUp);
  const names = Object.keys(measured[0] ?? {});
  return Object.fromEntries(names.map((name) => [name, median(measured.map((r) => r[name] ?? 0))]));
}
