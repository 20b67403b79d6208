import type { FileConfig } from '../config/file.js';
import type { Overrides } from '../config/overrides.js';
import { AUTO_PROFILE, DEFAULT_PROFILE } from '../config/profiles.js';
import { resolveConfig } from '../config/resolve.js';
import type { Config } from '../config/schema.js';
import { deriveProfile, type Derivation } from '../curate/auto/derive.js';
import type { ListEntry } from '../types.js';

export interface AutoConfig {
  config: Config;
  derivation: Derivation;
  /** One line for the log or the preview's summary: what was derived, or why the built-in profile is used. */
  note: string;
}

const SHOWN_PHRASES = 6;

/**
 * The Config of a run with `profile: auto`, once the list's entries are known: the profile is
 * derived from them, and the config file and inputs still beat it key by key (as they beat a
 * built-in profile). Too few papers: the built-in profile, and the note says so.
 */
export function autoConfig(
  file: FileConfig,
  overrides: Overrides,
  entries: readonly ListEntry[],
): AutoConfig {
  const derivation = deriveProfile(entries);
  const asked = { ...overrides, profile: AUTO_PROFILE };
  if (!derivation.ok) {
    return {
      config: resolveConfig(file, asked),
      derivation,
      note: `profile ${AUTO_PROFILE}: ${derivation.reason}; using the built-in profile ${DEFAULT_PROFILE}`,
    };
  }
  const { profile } = derivation;
  const config = resolveConfig(file, asked, profile);
  const phrases = config.query.phrases;
  const shown = phrases.slice(0, SHOWN_PHRASES).map((p) => `"${p}"`);
  if (phrases.length > SHOWN_PHRASES) shown.push('…');
  return {
    config,
    derivation,
    note:
      `profile ${AUTO_PROFILE}: derived from ${derivation.papers} papers of the list — ` +
      `${phrases.length} query phrases (${shown.join(', ')}), ${config.scoring.terms.length} scoring terms, ` +
      `threshold ${config.scoring.minScore}; print it with arxiv-curator profile`,
  };
}

/** Whether a resolved Config asks for `profile: auto`. */
export function wantsAutoProfile(config: Config): boolean {
  return config.profile === AUTO_PROFILE;
}
