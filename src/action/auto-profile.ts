import type { FileConfig } from '../config/file.js';
import type { Overrides } from '../config/overrides.js';
import type { Config } from '../config/schema.js';
import { getDefaultBranch } from '../github/branches.js';
import { readFile } from '../github/read-file.js';
import type { RepoContext } from '../github/repo-context.js';
import { readList } from '../list/index.js';
import { autoConfig } from '../run/auto-profile.js';

/**
 * `profile: auto` in the Action: the profile is derived from the list on the base branch (read
 * once here, before arXiv is asked, since the query comes from it). A missing list derives nothing
 * and the built-in profile stands in; the night then reports the missing list itself.
 */
export async function deriveFromBaseList(
  ctx: RepoContext,
  loaded: { config: Config; file: FileConfig; defaultBranch: string | null },
  overrides: Overrides,
): Promise<{ config: Config; defaultBranch: string | null; note: string }> {
  let { defaultBranch } = loaded;
  const branch = loaded.config.pullRequest.baseBranch ?? (defaultBranch ??= await getDefaultBranch(ctx));
  const list = await readFile(ctx, loaded.config.list.path, branch);
  const auto = autoConfig(loaded.file, overrides, list === null ? [] : readList(list.text).entries);
  return { config: auto.config, defaultBranch, note: auto.note };
}
