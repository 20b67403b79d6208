#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/version.ts
var VERSION = true ? "0.1.0" : "dev";
var PROJECT_URL = "https://github.com/arxiv-curator/arxiv-curator";
var USER_AGENT = `arxiv-curator/${VERSION} (+${PROJECT_URL})`;

// src/cli/main.ts
var USAGE = `arxiv-curator ${VERSION} \u2014 keeps a paper awesome-list up to date from arXiv

Usage:
  arxiv-curator fetch   [--config PATH] [--arxiv-url URL] [--window-days N] [--since YYYY-MM-DD] [--now ISO-TIME]
      Query arXiv for the profile's topic; one JSON object per paper on stdout, progress on stderr.
  arxiv-curator preview [--list PATH] [--config PATH] [--feed FILE.xml ...] [--arxiv-url URL]
                        [--window-days N] [--now ISO-TIME] [--out DIR]
      Write DIR/README.md (the list after the change), DIR/pr-body.md and DIR/candidates.json,
      and print a summary and a unified diff. Reads no GitHub state.
  arxiv-curator score   --feed FILE.xml ... [--list PATH] [--config PATH]
      One JSON object per line: {arxivId, title, score, decision, reasons}.
  arxiv-curator --help | --version
`;
async function main(argv, io) {
  const [command] = argv;
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    io.stdout(USAGE);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  io.stderr(`arxiv-curator: "${command}" is not implemented yet
`);
  return 2;
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env
});
