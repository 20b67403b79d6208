import * as core from '@actions/core';
import { overridesFromInputs } from './config/overrides.js';

/** The Action: read inputs, run one night, set outputs. The only place that calls setFailed. */
export async function run(): Promise<void> {
  try {
    const token = core.getInput('github-token');
    if (token) core.setSecret(token);
    overridesFromInputs((name) => core.getInput(name));
    core.getInput('config-path');
    if (!token) {
      throw new Error(
        'input github-token is empty: run arxiv-curator inside a GitHub Actions workflow (it defaults to ${{ github.token }}) or pass a token',
      );
    }
    throw new Error(
      'opening the pull request is not implemented yet (issue 4); use `arxiv-curator preview` locally',
    );
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
