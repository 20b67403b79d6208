import * as core from '@actions/core';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { ArxivClientOptions } from './arxiv/client.js';
import { ArxivApiError, ArxivFetchError } from './arxiv/errors.js';
import { politeIntervalMs } from './arxiv/spacing.js';
import { ConfigError } from './config/errors.js';
import { DEFAULT_CONFIG_PATH, parseConfigFile } from './config/file.js';
import { overridesFromInputs, read } from './config/overrides.js';
import { resolveConfig } from './config/resolve.js';
import type { Config } from './config/schema.js';
import { GitHubConflictError } from './github/errors.js';
import { createGitHubClient, type GitHubClientOptions } from './github/octokit.js';
import { getDefaultBranch, readFile, type RepoContext } from './github/repo.js';
import { candidateRecord, candidatesJson } from './run/candidates-json.js';
import { runNight, type NightResult } from './run/night.js';
import { renderFailureSummary, renderSummary } from './run/summary.js';

/** Step outputs share a size limit: the `candidates` output keeps the best, the file keeps all. */
const CANDIDATES_OUTPUT_ROWS = 20;

/** What the Action needs from outside that tests replace: the network and the clock. */
export interface RunDeps {
  fetch: typeof globalThis.fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  github?: Pick<GitHubClientOptions, 'retry' | 'throttle'>;
  arxiv?: Omit<ArxivClientOptions, 'apiUrl'>;
}

const realDeps = (): RunDeps => ({
  fetch: globalThis.fetch,
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});

/** The Action: read inputs, run one night, set outputs and the summary. The only place that calls setFailed. */
export async function run(deps: Partial<RunDeps> = {}): Promise<void> {
  const { fetch, now, sleep, github, arxiv } = { ...realDeps(), ...deps };
  try {
    const token = core.getInput('github-token');
    if (token) core.setSecret(token);
    const overrides = overridesFromInputs((name) => core.getInput(name));
    if (!token) {
      throw new ConfigError(
        'input github-token is empty: run arxiv-curator inside a GitHub Actions workflow (it defaults to ${{ github.token }}) or pass a token',
      );
    }
    const [owner, repo] = repository();
    let requests = 0;
    const octokit = createGitHubClient({
      token,
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      fetch,
      ...github,
      log: { debug: core.debug, info: core.info, warn: core.warning, error: core.error },
      onRequest: () => void (requests += 1),
    });
    const ctx: RepoContext = { octokit, owner, repo };
    const { config, defaultBranch } = await loadConfig(
      ctx,
      core.getInput('config-path'),
      overrides,
      eventDefaultBranch(),
    );
    core.info(`arxiv-curator: ${config.list.path} in ${owner}/${repo}, profile ${config.profile}`);

    const night = (): Promise<NightResult> =>
      runNight(config, {
        github: ctx,
        arxiv: { fetch, now, sleep, client: arxiv, onProgress: (message) => core.info(message) },
        now: new Date(now()),
        defaultBranch,
        log: (message) => core.info(message),
      });
    let result: NightResult;
    try {
      result = await night();
    } catch (error) {
      // A ref or file moved under us between our read and our write: start again from the top, once.
      if (!(error instanceof GitHubConflictError)) throw error;
      core.warning(`${error.message}; starting the run again from what GitHub holds now`);
      // The second night asks arXiv again, with a new client: keep the polite gap from the first.
      await sleep(politeIntervalMs(config.arxiv.apiUrl, arxiv?.minIntervalMs));
      result = await night();
    }

    for (const warning of result.warnings) core.warning(warning);
    setOutputs(result);
    const summary = renderSummary(result, config.scoring.minScore);
    if (!appendSummary(summary)) core.info(summary);
    core.info(`${requests} GitHub requests; pull request ${result.plan.output}`);
  } catch (error) {
    const arxivFailed = error instanceof ArxivFetchError || error instanceof ArxivApiError;
    const message = error instanceof Error ? error.message : String(error);
    writeFailureSummary(message, arxivFailed);
    core.setFailed(message);
  }
}

function repository(): [string, string] {
  const value = process.env.GITHUB_REPOSITORY ?? '';
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value);
  if (!match) {
    throw new ConfigError(
      `GITHUB_REPOSITORY is ${value ? `"${value}"` : 'not set'}: arxiv-curator runs inside a GitHub Actions workflow, which sets it to OWNER/REPO`,
    );
  }
  return [match[1]!, match[2]!];
}

/** `repository.default_branch` from the event that started the run (no request needed). */
function eventDefaultBranch(): string | null {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path || !existsSync(path)) return null;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { repository?: { default_branch?: unknown } };
    const branch = event.repository?.default_branch;
    return typeof branch === 'string' && branch ? branch : null;
  } catch {
    return null;
  }
}

/**
 * The config file: from the checked-out workspace when there is one (no request), else from the
 * repository through the API. A missing file means defaults, unless `config-path` named it. Also
 * the default branch as far as it is known (from the event, or looked up to read the file), so the
 * night does not ask for it again.
 */
async function loadConfig(
  ctx: RepoContext,
  input: string,
  overrides: ReturnType<typeof overridesFromInputs>,
  eventBranch: string | null,
): Promise<{ config: Config; defaultBranch: string | null }> {
  let defaultBranch = eventBranch;
  const explicit = read.text('input config-path', input);
  const path = explicit ?? DEFAULT_CONFIG_PATH;
  if (isAbsolute(path) || path.split(/[\\/]/).includes('..')) {
    throw new ConfigError(`input config-path must be a path inside the repository, got "${path}"`);
  }
  const workspace = process.env.GITHUB_WORKSPACE;
  let text: string | null = null;
  if (workspace && existsSync(join(workspace, path))) {
    text = readFileSync(join(workspace, path), 'utf8');
  } else if (!workspace || !existsSync(join(workspace, '.git'))) {
    const branch = overrides.baseBranch ?? (defaultBranch ??= await getDefaultBranch(ctx));
    text = (await readFile(ctx, path, branch))?.text ?? null;
  }
  if (text === null && explicit !== undefined) {
    throw new ConfigError(`input config-path: no file ${path} in the repository`);
  }
  return {
    config: resolveConfig(text === null ? {} : parseConfigFile(text, path), overrides),
    defaultBranch,
  };
}

function setOutputs(result: NightResult): void {
  core.setOutput('pull-request-number', result.pull ? String(result.pull.number) : '');
  core.setOutput('pull-request-url', result.pull?.url ?? '');
  core.setOutput('pull-request-operation', result.plan.output);
  core.setOutput('papers-added', String(result.papersAdded));
  const { candidates, proposed, nearMisses } = result.curation;
  core.setOutput(
    'candidates',
    JSON.stringify([...proposed, ...nearMisses].slice(0, CANDIDATES_OUTPUT_ROWS).map(candidateRecord)),
  );
  const dir = process.env.RUNNER_TEMP;
  if (dir && existsSync(dir)) {
    const file = join(dir, 'arxiv-curator-candidates.json');
    writeFileSync(file, candidatesJson(candidates));
    core.setOutput('candidates-file', file);
  } else {
    core.setOutput('candidates-file', '');
  }
}

/**
 * Appends markdown to the job summary file, as core.summary does, but reading GITHUB_STEP_SUMMARY
 * each time (core.summary caches the path of the first run in a process). False when there is none.
 */
function appendSummary(markdown: string): boolean {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) return false;
  appendFileSync(path, markdown, 'utf8');
  return true;
}

function writeFailureSummary(message: string, arxivFailed: boolean): void {
  try {
    appendSummary(renderFailureSummary(message, arxivFailed));
  } catch {
    // The failure itself is what matters; a summary that cannot be written must not hide it.
  }
}
