import * as z from 'zod/mini';
import { parse as parseYaml } from 'yaml';
import { LIST_STYLES } from './schema.js';
import { ConfigError } from './errors.js';
import { allowedKeys, nearestKey } from './key-suggestion.js';

const str = z.string().check(z.minLength(1));
const strList = z.array(str);
const positive = z.number().check(z.positive());
const nonNegative = z.number().check(z.gte(0));
const wholeAtLeast = (min: number) => z.number().check(z.int(), z.gte(min));

const termSchema = z.strictObject({ phrase: str, weight: z.number() });
const excludeSchema = z.union([
  str,
  z.strictObject({ phrase: str, weight: z.optional(nonNegative), hard: z.optional(z.boolean()) }),
]);

/** Where the config file is looked for when no path is given (Action input `config-path`, `--config`). */
export const DEFAULT_CONFIG_PATH = '.github/arxiv-curator.yml';

/** The config file as written by a maintainer (SPEC §7); every key optional, unknown keys rejected. */
const fileConfigSchema = z.strictObject({
  profile: z.optional(str),
  list: z.optional(
    z.strictObject({
      path: z.optional(str),
      section: z.optional(z.union([str, z.array(str).check(z.minLength(1))])),
      style: z.optional(z.enum(LIST_STYLES as [string, ...string[]])),
      order: z.optional(z.enum(['append', 'prepend'])),
      'updates-section': z.optional(z.union([str, z.null(), z.literal(false)])),
    }),
  ),
  query: z.optional(
    z.strictObject({
      categories: z.optional(strList),
      phrases: z.optional(strList),
      'window-days': z.optional(wholeAtLeast(1)),
    }),
  ),
  scoring: z.optional(
    z.strictObject({
      'min-score': z.optional(z.number()),
      terms: z.optional(z.array(termSchema)),
      exclude: z.optional(z.array(excludeSchema)),
      'similarity-weight': z.optional(nonNegative),
      'primary-category-weight': z.optional(z.number()),
      'cross-list-weight': z.optional(z.number()),
    }),
  ),
  'pull-request': z.optional(
    z.strictObject({
      branch: z.optional(str),
      'base-branch': z.optional(str),
      labels: z.optional(strList),
      reviewers: z.optional(strList),
      assignees: z.optional(strList),
      draft: z.optional(z.boolean()),
      'max-papers': z.optional(wholeAtLeast(1)),
    }),
  ),
  ignore: z.optional(z.array(z.union([str, positive]))),
  allow: z.optional(z.array(z.union([str, positive]))),
  arxiv: z.optional(z.strictObject({ 'api-url': z.optional(str) })),
});

export type FileConfig = z.infer<typeof fileConfigSchema>;

/** Parses and validates the YAML config file; `where` names it in errors. */
export function parseConfigFile(text: string, where: string): FileConfig {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    throw new ConfigError(`${where} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return {};
  const result = fileConfigSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => describeIssue(issue as Issue, fileConfigSchema));
    throw new ConfigError(`${where} is not a valid arxiv-curator config:\n  - ${problems.join('\n  - ')}`);
  }
  return result.data;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
}

const EXPECTED: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys',
};

/** What a key that takes several forms may be, for its error message. */
const UNION_FORMS: Record<string, string> = {
  'list.section': "must be a section's name, a list of names, or auto",
};

function describeIssue(issue: Issue, schema: typeof fileConfigSchema): string {
  const at =
    issue.path.length > 0
      ? issue.path
          .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
          .join('')
          .slice(1)
      : '(top level)';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, issue.path);
      const keys = issue.keys!.map((key) => {
        const near = nearestKey(key, allowed);
        return near === null ? `"${key}"` : `"${key}" (did you mean "${near}"?)`;
      });
      return `${at}: unknown key${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`;
    }
    case 'invalid_value':
      return `${at}: must be one of ${issue.values!.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `${at}: expected ${EXPECTED[issue.expected ?? ''] ?? issue.expected ?? 'another type'}`;
    case 'too_small':
      if (issue.origin === 'string') return `${at}: must not be empty`;
      if (issue.origin === 'array') return `${at}: must not be an empty list`;
      return `${at}: must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${String(issue.minimum)}`;
    case 'invalid_union':
      return `${at}: ${UNION_FORMS[at] ?? 'has the wrong form'} (see the config reference in the README)`;
    default:
      return `${at}: invalid (${issue.code})`;
  }
}
