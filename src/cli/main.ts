import { VERSION } from '../version.js';
import { fetchCommand } from './fetch.js';
import type { CliIO } from './io.js';
import { previewCommand } from './preview.js';
import { profileCommand } from './profile.js';
import { scoreCommand } from './score.js';

type Command = 'fetch' | 'preview' | 'score' | 'profile';

/** Each command's synopsis and what it does: the whole usage, and `COMMAND --help`. */
const COMMANDS: Record<Command, { run: (args: string[], io: CliIO) => Promise<number>; usage: string }> = {
  fetch: {
    run: fetchCommand,
    usage: `  arxiv-curator fetch   [--config PATH] [--arxiv-url URL] [--window-days N] [--since YYYY-MM-DD] [--now ISO-TIME]
      Query arXiv for the profile's topic; one JSON object per paper on stdout, progress on stderr.
`,
  },
  preview: {
    run: previewCommand,
    usage: `  arxiv-curator preview [--list PATH] [--config PATH] [--feed FILE.xml ...] [--arxiv-url URL]
                        [--window-days N] [--now ISO-TIME] [--out DIR]
      Write DIR/README.md (the list after the change), DIR/pr-body.md and DIR/candidates.json,
      and print a summary and a unified diff. Reads no GitHub state.
`,
  },
  score: {
    run: scoreCommand,
    usage: `  arxiv-curator score   --feed FILE.xml ... [--list PATH] [--config PATH]
      One JSON object per line: {arxivId, title, score, decision, reasons}.
`,
  },
  profile: {
    run: profileCommand,
    usage: `  arxiv-curator profile [--list PATH] [--config PATH] [--section S]
      Derive profile: auto from the list and print it as config YAML (.github/arxiv-curator.yml).
`,
  },
};

const HEADER = `arxiv-curator ${VERSION} — keeps a paper awesome-list up to date from arXiv\n\nUsage:\n`;

export const USAGE = `${HEADER}${Object.values(COMMANDS)
  .map((c) => c.usage)
  .join('')}  arxiv-curator --help | --version | COMMAND --help
`;

const isHelp = (arg: string | undefined): boolean => arg === '--help' || arg === '-h' || arg === 'help';
const isCommand = (name: string | undefined): name is Command =>
  name !== undefined && Object.hasOwn(COMMANDS, name);

/** Runs one CLI command; returns the process exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command] = argv;
  if (command === undefined || isHelp(command)) {
    // `arxiv-curator help preview` is `arxiv-curator preview --help`.
    io.stdout(isCommand(argv[1]) ? `${HEADER}${COMMANDS[argv[1]].usage}` : USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (!isCommand(command)) {
    io.stderr(`arxiv-curator: unknown command "${command}"; run arxiv-curator --help\n`);
    return 2;
  }
  const args = argv.slice(1);
  // A flag's value is never `--help` (it would be taken as the next flag), so any --help asks for help.
  if (args.some((arg) => arg === '--help' || arg === '-h')) {
    io.stdout(`${HEADER}${COMMANDS[command].usage}`);
    return 0;
  }
  return COMMANDS[command].run(args, io);
}
