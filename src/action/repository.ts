import { existsSync, readFileSync } from 'node:fs';
import { ConfigError } from '../config/errors.js';

/** `OWNER/REPO` from GITHUB_REPOSITORY, which the runner sets for every workflow. */
export function repository(): [string, string] {
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
export function eventDefaultBranch(): string | null {
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
