import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeClock } from '../helpers/clock.js';
import { startFakeArxiv, type FakeArxiv } from '../helpers/fake-arxiv.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { BRANCH, LIST, SEED_LIST, TOKEN, onTopic } from './harness.js';

/**
 * The bundled Action, started exactly as a runner starts it: `node dist/index.js` with INPUT_*,
 * GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY in its environment.
 */
function runBundle(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/index.js'], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('node dist/index.js, as a runner starts it', () => {
  let github: FakeGitHub;
  let arxiv: FakeArxiv;
  let dir: string;
  const day = (offset: number): string => new Date(Date.now() - offset * 86_400_000).toISOString();

  beforeAll(async () => {
    github = await FakeGitHub.start({
      owner: 'lists',
      repo: 'awesome',
      defaultBranch: 'main',
      files: { [LIST]: SEED_LIST },
    });
    arxiv = await startFakeArxiv({
      papers: [onTopic('2611.20001', day(2)), onTopic('2611.20002', day(1))],
      clock: fakeClock(Date.now()),
    });
    dir = mkdtempSync(join(tmpdir(), 'arxiv-curator-bundle-'));
    mkdirSync(join(dir, 'workspace', '.git'), { recursive: true });
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ repository: { default_branch: 'main' } }));
  });
  afterAll(async () => {
    await github.close();
    await arxiv.close();
  });

  it('opens the PR and writes the outputs and the job summary', async () => {
    const output = join(dir, 'output');
    const summary = join(dir, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const { code, stdout } = await runBundle({
      'INPUT_GITHUB-TOKEN': TOKEN,
      'INPUT_ARXIV-API-URL': arxiv.url,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'lists/awesome',
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_WORKSPACE: join(dir, 'workspace'),
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      RUNNER_TEMP: dir,
    });
    expect(stdout).not.toMatch(/::error::/);
    expect(code).toBe(0);
    const outputs = readFileSync(output, 'utf8');
    expect(outputs).toMatch(/pull-request-operation<<.*\ncreated\n/);
    expect(outputs).toMatch(/papers-added<<.*\n2\n/);
    const [pull] = github.openPulls();
    expect(pull?.headRef).toBe(BRANCH);
    expect(outputs).toContain(`\n${pull!.number}\n`);
    expect(github.fileAt(BRANCH, LIST)).toContain('Unified Multimodal Model 2611.20002');
    expect(readFileSync(summary, 'utf8')).toContain('2 new papers proposed');
    expect(stdout.split(TOKEN)).toHaveLength(2); // only in ::add-mask::
  });

  it('fails with a clear message, not a stack trace, when started with no inputs', async () => {
    const { code, stdout, stderr } = await runBundle({});
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error::input github-token is empty/m);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  });
});
