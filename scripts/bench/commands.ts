import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOW, type BenchList, type Feed } from './workload.js';

/** `node DIST/cli.js preview …` over a generated list and page, writing into `out`. */
export function previewArgs(dist: string, list: BenchList, feed: Feed, out: string): string[] {
  return [
    join(dist, 'cli.js'),
    'preview',
    '--list',
    list.listPath,
    '--config',
    list.configPath,
    '--feed',
    feed.path,
    '--now',
    NOW.toISOString(),
    '--out',
    out,
  ];
}

/**
 * `npm start`'s node line, read from package.json so it stays in step, with the CLI taken from
 * `dist` and the output going to `out`; run it from the repository's root (examples/ is there).
 */
export function npmStartArgs(root: string, dist: string, out: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [node, cli, ...args] = scripts.start!.split(/\s+/);
  if (node !== 'node' || cli !== 'dist/cli.js' || args.indexOf('--out') < 0) {
    throw new Error(`npm start is no longer "node dist/cli.js … --out DIR": ${scripts.start}`);
  }
  args[args.indexOf('--out') + 1] = out;
  return [join(dist, 'cli.js'), ...args];
}
