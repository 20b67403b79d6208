// Bundles the Action (src/index.ts) and the CLI (src/cli.ts) into dist/ with esbuild.
// Usage: node scripts/build.mjs [OUTDIR]   (check-dist.mjs builds into a temporary folder)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const outdir = process.argv[2] ?? 'dist';

/**
 * @actions/core imports @actions/http-client (and through it undici, ~770 KB) only for
 * getIDToken, which arxiv-curator never calls. Marked free of side effects, it is left out of
 * the bundle when nothing uses it: half the Action's size and its start-up time.
 */
const dropUnusedHttpClient = {
  name: 'drop-unused-http-client',
  setup(build) {
    build.onResolve({ filter: /^@actions\/http-client(?:\/|$)/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      return { path: resolved.path, sideEffects: false };
    });
  },
};
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
  plugins: [dropUnusedHttpClient],
  // ESM bundles of CommonJS dependencies need a real `require` (undici asks for node:net etc.).
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
