import { stringify } from 'yaml';
import { DEFAULT_PROFILE, PROFILES } from './profiles.js';
import type { Config } from './schema.js';

/**
 * A resolved Config's topic as a config file (`.github/arxiv-curator.yml`): every setting a
 * profile supplies, written out, so that the file alone gives the same query and the same scores
 * (no `profile:` key is needed, none is written) and a maintainer can keep it and edit it.
 */
export function profileYaml(config: Config, header: readonly string[]): string {
  const { list, query, scoring } = config;
  // The list's style and updates section are written only where they differ from the defaults:
  // `style: details` in a file kept for a bullet list would only mislead its reader.
  const defaults = PROFILES[DEFAULT_PROFILE]!.list;
  const file = {
    list: {
      section: list.section,
      ...(list.style === defaults.style ? {} : { style: list.style }),
      ...(list.updatesSection === defaults.updatesSection
        ? {}
        : { 'updates-section': list.updatesSection ?? false }),
    },
    query: { categories: query.categories, phrases: query.phrases },
    scoring: {
      'min-score': scoring.minScore,
      terms: scoring.terms.map((t) => ({ phrase: t.phrase, weight: t.weight })),
      exclude: scoring.exclude.map((e) => ({ phrase: e.phrase, weight: e.weight, hard: e.hard })),
      'primary-category-weight': scoring.primaryCategoryWeight,
      'cross-list-weight': scoring.crossListWeight,
      'similarity-weight': scoring.similarityWeight,
    },
  };
  const comments = header.map((line) => `# ${line}`.trimEnd()).join('\n');
  return `${comments}\n${stringify(file, { lineWidth: 0, flowCollectionPadding: false })}`;
}
