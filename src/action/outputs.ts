import * as core from '@actions/core';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidateRecord, candidatesJson } from '../run/candidates-json.js';
import type { NightResult } from '../run/night.js';
import { renderFailureSummary, type FailureLeft } from '../run/summary.js';

/** Step outputs share a size limit: the `candidates` output keeps the best, the file keeps all. */
const CANDIDATES_OUTPUT_ROWS = 20;

/** The step outputs of SPEC §7, and `candidates.json` in RUNNER_TEMP when there is one. */
export function setOutputs(result: NightResult): void {
  core.setOutput('pull-request-number', result.pull ? String(result.pull.number) : '');
  core.setOutput('pull-request-url', result.pull?.url ?? '');
  // A dry run wrote nothing: a workflow that branches on `created` must not act on a PR that is not there.
  core.setOutput('pull-request-operation', result.dryRun ? 'none' : result.plan.output);
  core.setOutput('planned-operation', result.plan.output);
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
export function appendSummary(markdown: string): boolean {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) return false;
  appendFileSync(path, markdown, 'utf8');
  return true;
}

export function writeFailureSummary(message: string, arxivFailed: boolean, left: FailureLeft): void {
  try {
    appendSummary(renderFailureSummary(message, arxivFailed, left));
  } catch {
    // The failure itself is what matters; a summary that cannot be written must not hide it.
  }
}
