import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}
const source = sourceFiles('src')
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/** Input names the code reads: core.getInput('x') and the get('x') calls of overridesFromInputs. */
const inputsRead = new Set(
  [...source.matchAll(/(?<![.\w])(?:core\.getInput|getInput|get)\('([a-z-]+)'\)/g)].map((m) => m[1]),
);

describe('action.yml', () => {
  it('declares a Node 24 action with a name, description and branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.name).toBe('arxiv-curator');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.branding.icon).toBeTruthy();
  });

  it('declares every input the code reads, with a description, and nothing unused', () => {
    const declared = Object.keys(action.inputs).sort();
    expect([...inputsRead].sort()).toEqual(declared);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(`${name}: ${input.description ?? ''}`.length).toBeGreaterThan(name.length + 20);
    }
  });

  it('keeps defaults out of action.yml except github-token (SPEC §7)', () => {
    const withDefault = Object.entries(action.inputs).filter(([, input]) => input.default !== undefined);
    expect(withDefault.map(([name]) => name)).toEqual(['github-token']);
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
  });

  it('declares the SPEC §7 outputs with descriptions', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'candidates',
        'candidates-file',
        'papers-added',
        'planned-operation',
        'pull-request-number',
        'pull-request-operation',
        'pull-request-url',
      ].sort(),
    );
    for (const output of Object.values(action.outputs)) expect(output.description.length).toBeGreaterThan(20);
  });
});

describe('workflows', () => {
  it('CI installs from scratch, runs the tests and checks dist/ on Node 24', () => {
    const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { run?: string; with?: Record<string, unknown> }[] }>;
    };
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.permissions).toEqual({ contents: 'read' });
    const steps = Object.values(ci.jobs).flatMap((job) => job.steps);
    const runs = steps.map((step) => step.run).filter(Boolean);
    expect(runs).toEqual([
      'npm ci',
      'npm test',
      'npm run check-dist',
      'npm audit --omit=dev --audit-level=high',
    ]);
    expect(steps.some((step) => step.with?.['node-version'] === 24)).toBe(true);
  });
});

describe('the example workflow', () => {
  const text = readFileSync('.github/workflows/arxiv-curator.yml', 'utf8');
  const workflow = parse(text) as {
    on: {
      schedule: { cron: string }[];
      workflow_dispatch: { inputs: Record<string, unknown> };
      pull_request: { types: string[] };
    };
    permissions: Record<string, string>;
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: Record<
      string,
      { if?: string; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }
    >;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('runs nightly after the arXiv announcements and on demand with dry-run, window-days and since', () => {
    expect(workflow.on.schedule[0]!.cron).toBe('30 2 * * *');
    expect(Object.keys(workflow.on.workflow_dispatch.inputs).sort()).toEqual([
      'dry-run',
      'since',
      'window-days',
    ]);
  });

  it("runs again when the bot's PR is edited (an untick), only for the bot's branch and never on a bot's own edit", () => {
    expect(workflow.on.pull_request).toEqual({ types: ['edited'] });
    const [job] = Object.values(workflow.jobs);
    const condition = (job!.if ?? '').replace(/\s+/g, ' ');
    expect(condition).toContain("github.event_name != 'pull_request' ||");
    expect(condition).toContain("github.event.pull_request.head.ref == 'arxiv-curator/new-papers'");
    expect(condition).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(condition).toContain("github.event.sender.type != 'Bot'");
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
  });

  it('asks only for contents and pull-requests write, never uses pull_request_target, never races', () => {
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(text).not.toMatch(/pull_request_target/);
    expect(workflow.concurrency.group).toBeTruthy();
  });

  it('passes only inputs the action declares and runs no shell with outside text', () => {
    const action = steps.find((step) => step.uses?.startsWith('arxiv-curator/'));
    expect(action).toBeDefined();
    for (const key of Object.keys(action!.with ?? {})) expect(Object.keys(actionInputs())).toContain(key);
    expect(steps.filter((step) => step.run !== undefined)).toEqual([]);
  });
});

function actionInputs(): Record<string, unknown> {
  return (parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs;
}
