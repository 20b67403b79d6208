#!/usr/bin/env node
// The local CLI: fetch, preview and score. It never writes to GitHub.
// This entry is kept small (dist/cli.js): a preview's recorded feeds start being read in a worker
// thread before the commands' code (dist/cli-main.js) is even loaded.
import { startEarly } from './cli/early.js';

const argv = process.argv.slice(2);
const early = startEarly(argv, process.cwd());

// A reader that stops early (`arxiv-curator fetch | head`) is not a failure: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    void early?.worker.terminate();
    process.exit(process.exitCode ?? 0);
  });
}
try {
  const { main } = await import('./cli-main.js');
  process.exitCode = await main(
    argv,
    {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      env: process.env,
    },
    early,
  );
} finally {
  // Taken over and stopped by the command, or never used: it must not keep the process alive.
  void early?.worker.terminate();
}
