import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { profileYaml } from '../config/profile-yaml.js';
import { readList } from '../list/index.js';
import { autoConfig } from '../run/auto-profile.js';
import { CONFIG_FLAGS, loadCliSources } from './config.js';
import { cliError, readListFile } from './inputs.js';
import type { CliIO } from './io.js';

const OPTIONS = {
  config: CONFIG_FLAGS.config,
  list: CONFIG_FLAGS.list,
  section: { type: 'string' },
} as const;

/**
 * `arxiv-curator profile`: derives `profile: auto` from the list and prints it as config YAML on
 * stdout (a file the maintainer can keep as `.github/arxiv-curator.yml`); what was derived on
 * stderr. Keys the config file sets beat the derived ones, as in a run. Exit 1 when the list has
 * too few papers to learn from.
 */
export async function profileCommand(
  args: string[],
  io: CliIO,
  deps: { cwd?: string } = {},
): Promise<number> {
  const cwd = deps.cwd ?? process.cwd();
  try {
    const { values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false });
    const sources = loadCliSources(values, { cwd });
    const overrides =
      values.section === undefined ? sources.overrides : { ...sources.overrides, section: values.section };
    const listPath = resolve(cwd, overrides.listPath ?? sources.file.list?.path ?? 'README.md');
    const auto = autoConfig(sources.file, overrides, readList(readListFile(listPath)).entries);
    io.stderr(`${auto.note}\n`);
    if (!auto.derivation.ok) return 1;
    io.stdout(
      profileYaml(auto.config, [
        `arxiv-curator profile: ${auto.derivation.profile.description} (${values.list ?? auto.config.list.path}).`,
        "Keep it as .github/arxiv-curator.yml and edit it: these keys replace the profile's settings.",
      ]),
    );
    return 0;
  } catch (error) {
    return cliError('profile', error, io);
  }
}
