import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { DEFAULT_CONFIG_PATH, parseConfigFile, type FileConfig } from '../config/file.js';
import { readList } from '../list/index.js';
import { autoConfig, wantsAutoProfile } from '../run/auto-profile.js';
import { dropUndefined, read, type Overrides } from '../config/overrides.js';
import { resolveConfig } from '../config/resolve.js';
import type { Config } from '../config/schema.js';

/**
 * The flags every command that needs a Config understands, as `node:util` parseArgs options.
 * A command spreads the ones it documents into its own options.
 */
export const CONFIG_FLAGS = {
  config: { type: 'string' },
  profile: { type: 'string' },
  list: { type: 'string' },
  'arxiv-url': { type: 'string' },
  'window-days': { type: 'string' },
  since: { type: 'string' },
  'min-score': { type: 'string' },
  'max-papers': { type: 'string' },
} as const;

export type ConfigFlags = { [K in keyof typeof CONFIG_FLAGS]?: string };

export interface ConfigFileAccess {
  /** Relative paths (the default config path, `--config`) are read from here. */
  cwd: string;
  /** The file's text, or null when there is no such file. */
  readFile?: (path: string) => string | null;
}

/**
 * The Config of a CLI run: the config file (`--config PATH`, or `.github/arxiv-curator.yml`
 * when it exists; no file = defaults) under the flags. A `--config` naming a missing file is an
 * error, not a silent fallback to defaults.
 */
export function loadCliConfig(flags: ConfigFlags, access: ConfigFileAccess): Config {
  const { file, overrides } = loadCliSources(flags, access);
  return resolveConfig(file, overrides);
}

/**
 * The Config of a CLI run that has read its list: with `profile: auto`, derived from the list's
 * entries (`note` says what was derived, or why the built-in profile stands in); null note otherwise.
 */
export function loadCliConfigForList(
  flags: ConfigFlags,
  access: ConfigFileAccess,
  listText: string,
): { config: Config; note: string | null } {
  const { file, overrides } = loadCliSources(flags, access);
  const config = resolveConfig(file, overrides);
  if (!wantsAutoProfile(config)) return { config, note: null };
  const auto = autoConfig(file, overrides, readList(listText).entries);
  return { config: auto.config, note: auto.note };
}

/** What a CLI run's Config is made of: the config file (as read) and the flags. */
export function loadCliSources(
  flags: ConfigFlags,
  access: ConfigFileAccess,
): { file: FileConfig; overrides: Overrides } {
  const overrides = overridesFromFlags(flags);
  const readFile = access.readFile ?? readIfExists;
  const explicit = read.text('--config', flags.config);
  const path = resolve(access.cwd, explicit ?? DEFAULT_CONFIG_PATH);
  const text = readFile(path);
  if (text === null && explicit !== undefined) {
    throw new ConfigError(
      `--config: no file at ${isAbsolute(explicit) ? explicit : `${explicit} (${path})`}`,
    );
  }
  const file = text === null ? {} : parseConfigFile(text, explicit ?? DEFAULT_CONFIG_PATH);
  return { file, overrides };
}

export function overridesFromFlags(flags: ConfigFlags): Overrides {
  return dropUndefined({
    profile: read.text('--profile', flags.profile),
    listPath: read.text('--list', flags.list),
    arxivApiUrl: read.url('--arxiv-url', flags['arxiv-url']),
    windowDays: read.wholeNumber('--window-days', flags['window-days'], 1, 365),
    since: read.date('--since', flags.since),
    minScore: read.number('--min-score', flags['min-score']),
    maxPapers: read.wholeNumber('--max-papers', flags['max-papers'], 1, 200),
  });
}

/**
 * `--now ISO-TIME`: the moment a run pretends it is (reproducible previews and tests). A time
 * needs its zone (`Z` or `+02:00`); a bare date means its UTC midnight.
 */
export function readNow(raw: string | undefined): Date | undefined {
  const value = read.text('--now', raw);
  if (value === undefined) return undefined;
  const form = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
  const date = new Date(/T/.test(value) ? value : `${value}T00:00:00Z`);
  if (!form.test(value) || Number.isNaN(date.getTime())) {
    throw new ConfigError(
      `--now must be an ISO time with its zone, such as 2026-11-26T03:00:00Z, got "${value}"`,
    );
  }
  return date;
}

function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
