import * as core from '@actions/core';
import { deriveFromBaseList } from './action/auto-profile.js';
import { loadConfig } from './action/load-config.js';
import { wantsAutoProfile } from './run/auto-profile.js';
import { appendSummary, setOutputs, writeFailureSummary } from './action/outputs.js';
import { eventDefaultBranch, repository } from './action/repository.js';
import type { ArxivClientOptions } from './arxiv/client.js';
import { ArxivApiError, ArxivFetchError } from './arxiv/errors.js';
import { politeIntervalMs } from './arxiv/spacing.js';
import { ConfigError } from './config/errors.js';
import { overridesFromInputs } from './config/overrides.js';
import { aftermathOf, GitHubConflictError } from './github/errors.js';
import { httpFetch, type Fetch } from './http/fetch.js';
import { createGitHubClient, type GitHubClientOptions } from './github/octokit.js';
import type { RepoContext } from './github/repo-context.js';
import { wouldDo } from './pr/plan.js';
import { runNight, type NightResult } from './run/night.js';
import { renderSummary } from './run/summary.js';

/** What the Action needs from outside that tests replace: the network and the clock. */
export interface RunDeps {
  fetch: Fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  github?: Pick<GitHubClientOptions, 'retry' | 'throttle'>;
  arxiv?: Omit<ArxivClientOptions, 'apiUrl'>;
}

const realDeps = (): RunDeps => ({
  fetch: httpFetch,
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});

/** The Action: read inputs, run one night, set outputs and the summary. The only place that calls setFailed. */
export async function run(deps: Partial<RunDeps> = {}): Promise<void> {
  const { fetch, now, sleep, github, arxiv } = { ...realDeps(), ...deps };
  // Successful writes, so that a failed run's summary can say exactly what it left.
  const writes: string[] = [];
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
      onRequest: ({ method, url, status }) => {
        requests += 1;
        if (method !== 'GET' && status !== null && status < 300) writes.push(`${method} ${writePath(url)}`);
      },
    });
    const ctx: RepoContext = { octokit, owner, repo };
    const loaded = await loadConfig(ctx, core.getInput('config-path'), overrides, eventDefaultBranch());
    core.info(`arxiv-curator: ${loaded.config.list.path} in ${owner}/${repo}, ${loaded.settings}`);
    let { config, defaultBranch } = loaded;
    if (wantsAutoProfile(config)) {
      const auto = await deriveFromBaseList(ctx, loaded, overrides);
      core.info(`arxiv-curator: ${auto.note}`);
      ({ config, defaultBranch } = auto);
    }

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
    core.info(
      result.dryRun
        ? `${requests} GitHub requests, all reads; dry run: would ${wouldDo(result.plan.operation)}, nothing was written`
        : `${requests} GitHub requests; pull request ${result.plan.output}`,
    );
  } catch (error) {
    const arxivFailed = error instanceof ArxivFetchError || error instanceof ArxivApiError;
    const message = error instanceof Error ? error.message : String(error);
    writeFailureSummary(message, arxivFailed, { writes, aftermath: aftermathOf(error) });
    core.setFailed(message);
  }
}

/** `POST git/refs`: a request's path within the repository, for the failure summary. */
function writePath(url: string): string {
  const path = new URL(url).pathname;
  return path.replace(/^.*?\/repos\/[^/]+\/[^/]+\//, '');
}
