import { ConfigError } from './errors.js';

/**
 * Settings given on the command line or as Action inputs. They win over the config file,
 * which wins over the profile (SPEC §7). Absent = not given.
 */
export interface Overrides {
  profile?: string;
  listPath?: string;
  section?: string;
  windowDays?: number;
  since?: string;
  minScore?: number;
  maxPapers?: number;
  baseBranch?: string;
  branch?: string;
  labels?: string[];
  reviewers?: string[];
  assignees?: string[];
  draft?: boolean;
  dryRun?: boolean;
  arxivApiUrl?: string;
}

/** Reads one raw text value (an input or a flag) named `name` in messages. */
export const read = {
  text(name: string, raw: string | undefined): string | undefined {
    const value = raw?.trim();
    return value ? value : undefined;
  },
  wholeNumber(name: string, raw: string | undefined, min: number, max: number): number | undefined {
    const value = read.text(name, raw);
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
    }
    return Number(value);
  },
  number(name: string, raw: string | undefined): number | undefined {
    const value = read.text(name, raw);
    if (value === undefined) return undefined;
    if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(value)) {
      throw new ConfigError(`${name} must be a number such as 5 or 4.5, got "${value}"`);
    }
    return Number(value);
  },
  boolean(name: string, raw: string | undefined): boolean | undefined {
    const value = read.text(name, raw);
    if (value === undefined) return undefined;
    if (/^(true|yes|on|1)$/i.test(value)) return true;
    if (/^(false|no|off|0)$/i.test(value)) return false;
    throw new ConfigError(`${name} must be true or false, got "${value}"`);
  },
  /** Comma- or newline-separated names; `@` prefixes on user names are dropped. */
  list(name: string, raw: string | undefined): string[] | undefined {
    const value = read.text(name, raw);
    if (value === undefined) return undefined;
    return value
      .split(/[\n,]/)
      .map((item) => item.trim().replace(/^@/, ''))
      .filter((item) => item.length > 0);
  },
  date(name: string, raw: string | undefined): string | undefined {
    const value = read.text(name, raw);
    if (value === undefined) return undefined;
    const date = new Date(`${value}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
      Number.isNaN(date.getTime()) ||
      !date.toISOString().startsWith(value)
    ) {
      throw new ConfigError(`${name} must be a date YYYY-MM-DD, got "${value}"`);
    }
    return value;
  },
  url(name: string, raw: string | undefined): string | undefined {
    const value = read.text(name, raw);
    if (value === undefined) return undefined;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigError(`${name} must be an http(s) URL, got "${value}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new ConfigError(`${name} must be an http(s) URL, got "${value}"`);
    }
    return value;
  },
};

/** The Action's inputs (SPEC §7) read through `get` (core.getInput in the Action). */
export function overridesFromInputs(get: (name: string) => string): Overrides {
  const o: Overrides = {
    profile: read.text('input profile', get('profile')),
    listPath: read.text('input list-path', get('list-path')),
    windowDays: read.wholeNumber('input window-days', get('window-days'), 1, 365),
    since: read.date('input since', get('since')),
    minScore: read.number('input min-score', get('min-score')),
    maxPapers: read.wholeNumber('input max-papers', get('max-papers'), 1, 200),
    baseBranch: read.text('input base-branch', get('base-branch')),
    branch: read.text('input branch', get('branch')),
    labels: read.list('input labels', get('labels')),
    reviewers: read.list('input reviewers', get('reviewers')),
    assignees: read.list('input assignees', get('assignees')),
    draft: read.boolean('input draft', get('draft')),
    dryRun: read.boolean('input dry-run', get('dry-run')),
    arxivApiUrl: read.url('input arxiv-api-url', get('arxiv-api-url')),
  };
  return dropUndefined(o);
}

export function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
