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
/**
 * The CLI's entry (dist/cli.js) loads its commands (dist/cli-main.js) at run time, after starting
 * the feed worker: bundled in, they would be parsed before the entry could start anything.
 */
const cliMainApart = {
  name: 'cli-main-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/cli-main\.js$/ }, () => ({ path: './cli-main.js', external: true }));
  },
};
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  // The feed worker is its own small bundle: a worker thread loads only what it runs. So is the
  // CLI's entry, which starts it.
  entryPoints: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    'cli-main': 'src/cli-main.ts',
    'feed-worker': 'src/cli/feed-worker.ts',
  },
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
  plugins: [dropUnusedHttpClient, cliMainApart],
  // ESM bundles of CommonJS dependencies need a real `require` (undici asks for node:net etc.).
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
