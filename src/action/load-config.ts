import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describeProfile } from '../config/describe.js';
import { ConfigError } from '../config/errors.js';
import { DEFAULT_CONFIG_PATH, parseConfigFile, type FileConfig } from '../config/file.js';
import { read, type Overrides } from '../config/overrides.js';
import { resolveConfig } from '../config/resolve.js';
import type { Config } from '../config/schema.js';
import { getDefaultBranch } from '../github/branches.js';
import { readFile } from '../github/read-file.js';
import type { RepoContext } from '../github/repo-context.js';

/**
 * The config file: from the checked-out workspace when there is one (no request), else from the
 * repository through the API. A missing file means defaults, unless `config-path` named it. Also
 * the default branch as far as it is known (from the event, or looked up to read the file), so the
 * night does not ask for it again. And, for the log, which profile settings were replaced.
 */
export async function loadConfig(
  ctx: RepoContext,
  input: string,
  overrides: Overrides,
  eventBranch: string | null,
): Promise<{ config: Config; file: FileConfig; defaultBranch: string | null; settings: string }> {
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
  const file = text === null ? {} : parseConfigFile(text, path);
  const config = resolveConfig(file, overrides);
  return {
    config,
    file,
    defaultBranch,
    settings: describeProfile(config.profile, file, text === null ? null : path, overrides),
  };
}
