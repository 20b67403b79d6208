// Bundles the Action (src/index.ts) and the CLI (src/cli.ts) into dist/ with esbuild.
// Usage: node scripts/build.mjs [OUTDIR]   (check-dist.mjs builds into a temporary folder)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const outdir = process.argv[2] ?? 'dist';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: false,
  minifyWhitespace: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(version) },
  // ESM bundles of CommonJS dependencies need a real `require` (undici asks for node:net etc.).
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
