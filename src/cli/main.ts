import { VERSION } from '../version.js';
import { fetchCommand } from './fetch.js';
import type { CliIO } from './io.js';
import { previewCommand } from './preview.js';
import { scoreCommand } from './score.js';

export const USAGE = `arxiv-curator ${VERSION} — keeps a paper awesome-list up to date from arXiv

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

/** Runs one CLI command; returns the process exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const args = argv.slice(1);
  switch (command) {
    case 'fetch':
      return fetchCommand(args, io);
    case 'preview':
      return previewCommand(args, io);
    case 'score':
      return scoreCommand(args, io);
    default:
      io.stderr(`arxiv-curator: unknown command "${command}"; run arxiv-curator --help\n`);
      return 2;
  }
}
