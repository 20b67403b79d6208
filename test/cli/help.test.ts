import { describe, expect, it } from '@jest/globals';
import type { CliIO } from '../../src/cli/io.js';
import { main, USAGE } from '../../src/cli/main.js';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {} };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('arxiv-curator --help', () => {
  it.each(['fetch', 'preview', 'score', 'profile'])(
    '%s --help prints that command and exits 0, doing nothing else',
    async (command) => {
      for (const argv of [
        [command, '--help'],
        [command, '-h'],
        [command, '--list', 'x.md', '--help'],
        ['help', command],
      ]) {
        const { code, stdout, stderr } = await run(...argv);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(stdout).toContain(`arxiv-curator ${command} `);
        expect(stdout).not.toMatch(new RegExp(`arxiv-curator (?!${command} )(fetch|preview|score|profile) `));
      }
    },
  );

  it('prints every command with --help, -h, help or nothing', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], []]) {
      const { code, stdout } = await run(...argv);
      expect(code).toBe(0);
      expect(stdout).toBe(USAGE);
    }
    expect(USAGE).toMatch(/arxiv-curator fetch .*\n[\s\S]*arxiv-curator preview [\s\S]*arxiv-curator score /);
  });

  it('still refuses an unknown command', async () => {
    expect(await run('publish', '--help')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'arxiv-curator: unknown command "publish"; run arxiv-curator --help\n',
    });
  });
});
