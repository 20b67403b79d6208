import type { FileConfig } from './file.js';
import type { Overrides } from './overrides.js';

/** The settings a profile supplies, as config keys, and where a config file or input replaces each. */
const PROFILE_KEYS: ReadonlyArray<[string, (file: FileConfig) => unknown]> = [
  ['list.section', (f) => f.list?.section],
  ['list.style', (f) => f.list?.style],
  ['list.updates-section', (f) => f.list?.['updates-section']],
  ['query.categories', (f) => f.query?.categories],
  ['query.phrases', (f) => f.query?.phrases],
  ['scoring.min-score', (f) => f.scoring?.['min-score']],
  ['scoring.terms', (f) => f.scoring?.terms],
  ['scoring.exclude', (f) => f.scoring?.exclude],
  ['scoring.primary-category-weight', (f) => f.scoring?.['primary-category-weight']],
  ['scoring.cross-list-weight', (f) => f.scoring?.['cross-list-weight']],
  ['scoring.similarity-weight', (f) => f.scoring?.['similarity-weight']],
];

/**
 * Which profile a run uses and what replaced its settings, for the log: `profile
 * gpt-image-generation, with query.phrases and scoring.terms from .github/arxiv-curator.yml`.
 * Every other setting is the profile's own.
 */
export function describeProfile(
  profile: string,
  file: FileConfig,
  filePath: string | null,
  overrides: Pick<Overrides, 'minScore' | 'section'>,
): string {
  const fromInputs = [
    overrides.section !== undefined ? 'section' : '',
    overrides.minScore !== undefined ? 'min-score' : '',
  ].filter((name) => name !== '');
  // An input beats the file: its key is named once, as coming from the inputs.
  const beaten = new Set<string>(
    fromInputs.map((name) => (name === 'section' ? 'list.section' : 'scoring.min-score')),
  );
  const fromFile = PROFILE_KEYS.filter(([key, get]) => get(file) !== undefined && !beaten.has(key)).map(
    ([key]) => key,
  );
  const parts = [
    fromFile.length > 0 && filePath !== null ? `${andList(fromFile)} from ${filePath}` : '',
    fromInputs.length > 0 ? `${andList(fromInputs)} from the inputs` : '',
  ].filter((part) => part !== '');
  return parts.length > 0
    ? `profile ${profile}, with ${parts.join(' and ')}`
    : `profile ${profile} as built in`;
}

function andList(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
