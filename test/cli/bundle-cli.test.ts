import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');

describe('the bundled CLI (dist/cli.js)', () => {
  it('stops quietly, exit code 0, when the reader of its output goes away (| head)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'arxiv-curator-epipe-'));
    const child = spawn(
      process.execPath,
      [
        join(root, 'dist/cli.js'),
        'preview',
        '--list',
        join(root, 'examples/README.md'),
        '--feed',
        join(root, 'examples/feed.xml'),
        '--now',
        '2026-11-26T03:00:00Z',
        '--out',
        out,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } },
    );
    // The reader closes before the CLI writes a byte: every write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', (status) => done(status)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
