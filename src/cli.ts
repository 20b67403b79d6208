#!/usr/bin/env node
// The local CLI: fetch, preview and score. It never writes to GitHub.
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
