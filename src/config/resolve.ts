import { normaliseArxivId } from '../arxiv/ids.js';
import { ConfigError } from './errors.js';
import type { FileConfig } from './file.js';
import type { Overrides } from './overrides.js';
import { AUTO_PROFILE, DEFAULT_PROFILE, PROFILES, type Profile } from './profiles.js';
import type { Config, ExcludeTerm, ListStyle, SectionSetting } from './schema.js';

export const DEFAULT_ARXIV_API_URL = 'https://export.arxiv.org/api/query';
export const MAX_BACKFILL_DAYS = 365;

/**
 * The one place where defaults live: overrides (inputs, flags) beat the config file, which beats
 * the profile. Lists replace, they are not merged (SPEC §4).
 */
export function resolveConfig(file: FileConfig, overrides: Overrides, derived?: Profile): Config {
  const profileName = overrides.profile ?? file.profile ?? DEFAULT_PROFILE;
  // `auto` is derived from the list once it is read (src/curate/auto/); until then, and when the
  // list has too few papers, the built-in profile stands in.
  const profile =
    profileName === AUTO_PROFILE ? (derived ?? PROFILES[DEFAULT_PROFILE]) : PROFILES[profileName];
  if (!profile) {
    const source = overrides.profile !== undefined ? 'input profile' : 'config key profile';
    throw new ConfigError(
      `${source}: unknown profile "${profileName}"; built-in profiles: ${Object.keys(PROFILES).join(', ')}; ` +
        `or ${AUTO_PROFILE} (derived from the list)`,
    );
  }
  const fl = file.list ?? {};
  const fq = file.query ?? {};
  const fs = file.scoring ?? {};
  const fp = file['pull-request'] ?? {};
  const updates = fl['updates-section'];

  return {
    profile: profileName,
    list: {
      path: overrides.listPath ?? fl.path ?? 'README.md',
      section: sectionSetting(overrides.section ?? fl.section ?? profile.list.section),
      style: (fl.style as ListStyle | undefined) ?? profile.list.style,
      order: fl.order ?? null,
      updatesSection:
        updates === undefined ? profile.list.updatesSection : updates === false ? null : updates,
    },
    query: {
      categories: fq.categories ?? profile.categories,
      phrases: fq.phrases ?? profile.phrases,
      windowDays: overrides.windowDays ?? fq['window-days'] ?? 7,
      since: overrides.since ?? null,
    },
    scoring: {
      minScore: overrides.minScore ?? fs['min-score'] ?? profile.minScore,
      terms: fs.terms ?? profile.terms,
      exclude: fs.exclude?.map(toExcludeTerm) ?? profile.exclude,
      primaryCategoryWeight: fs['primary-category-weight'] ?? profile.primaryCategoryWeight,
      crossListWeight: fs['cross-list-weight'] ?? profile.crossListWeight,
      similarityWeight: fs['similarity-weight'] ?? profile.similarityWeight,
    },
    pullRequest: {
      branch: overrides.branch ?? fp.branch ?? 'arxiv-curator/new-papers',
      baseBranch: overrides.baseBranch ?? fp['base-branch'] ?? null,
      labels: overrides.labels ?? fp.labels ?? ['arxiv-curator'],
      reviewers: overrides.reviewers ?? fp.reviewers ?? [],
      assignees: overrides.assignees ?? fp.assignees ?? [],
      draft: overrides.draft ?? fp.draft ?? false,
      maxPapers: overrides.maxPapers ?? fp['max-papers'] ?? 10,
    },
    ignore: ids(file.ignore, 'ignore'),
    allow: ids(file.allow, 'allow'),
    arxiv: { apiUrl: overrides.arxivApiUrl ?? file.arxiv?.['api-url'] ?? DEFAULT_ARXIV_API_URL },
    dryRun: overrides.dryRun ?? false,
  };
}

/** `auto` (any case) routes among every section of papers; a name or a list of names, those. */
function sectionSetting(value: string | string[]): SectionSetting {
  const names = (typeof value === 'string' ? [value] : value).map((name) => name.trim());
  if (names.length === 1 && names[0]!.toLowerCase() === 'auto') return 'auto';
  names.forEach((name, index) => {
    if (name === '') throw new ConfigError(`config key list.section[${index}] must not be empty`);
    if (name.toLowerCase() === 'auto')
      throw new ConfigError('config key list.section: `auto` stands alone, not in a list of sections');
  });
  return names;
}

const DEFAULT_EXCLUDE_WEIGHT = 3;

function toExcludeTerm(entry: string | { phrase: string; weight?: number; hard?: boolean }): ExcludeTerm {
  if (typeof entry === 'string') return { phrase: entry, weight: DEFAULT_EXCLUDE_WEIGHT, hard: false };
  return { phrase: entry.phrase, weight: entry.weight ?? DEFAULT_EXCLUDE_WEIGHT, hard: entry.hard ?? false };
}

function ids(values: (string | number)[] | undefined, key: string): string[] {
  return (values ?? []).map((value, index) => {
    // YAML reads an unquoted 2504.00001 as a number; 2504.10000 would lose its trailing zero.
    const text = typeof value === 'number' ? String(value) : value;
    const id = normaliseArxivId(text);
    if (id === null || (typeof value === 'number' && !/^\d{4}\.\d{4,5}$/.test(text))) {
      throw new ConfigError(
        `config key ${key}[${index}]: "${text}" is not an arXiv id; write ids in quotes, e.g. "2504.02782"`,
      );
    }
    return id;
  });
}
