#!/usr/bin/env node
// The local CLI: fetch, preview and score. It never writes to GitHub.
import { main } from './cli/main.js';

// A reader that stops early (`arxiv-curator fetch | head`) is not a failure: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
