import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureNode } from './child-run.js';
import { median, type RunCounts } from './measure.js';

export type StageTimes = Record<string, number>;

/**
 * Bundles stages.ts (and the steps it loads, stage-steps.ts) as the CLI is bundled, into `dir`;
 * returns the stage timer's file.
 */
export async function bundleStages(dir: string): Promise<string> {
  // The bundles are ES modules in .js files.
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  await build({
    entryPoints: {
      stages: fileURLToPath(new URL('./stages.ts', import.meta.url)),
      'stage-steps': fileURLToPath(new URL('./stage-steps.ts', import.meta.url)),
    },
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // The entry loads the steps at run time: loading the code is a stage of its own.
    plugins: [
      {
        name: 'steps-apart',
        setup(build) {
          build.onResolve({ filter: /^\.\/stage-steps\.js$/ }, () => ({
            path: './stage-steps.js',
            external: true,
          }));
        },
      },
    ],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  return join(dir, 'stages.js');
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
