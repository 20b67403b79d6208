/**
 * Measures the scorer on a labelled corpus (corpus/README.md):
 *
 *   npm run eval -- --corpus PATH.jsonl [--list README.md] [--profile NAME]
 *
 * Prints precision, recall, F1 and average precision of the profile at its own threshold, the
 * query-stage recall, and the same over 5 folds (see src/curate/eval/evaluate.ts). With --list,
 * the list's papers are the similarity memory and papers already listed are not measured.
 */
import { readFileSync } from 'node:fs';
import {
  buildQueryUrl,
  buildSearchQuery,
  groupPhrases,
  MAX_PAGE_SIZE,
  MAX_TOTAL_RESULTS,
} from '../src/arxiv/query.js';
import { DEFAULT_PROFILE, PROFILES } from '../src/config/profiles.js';
import { DEFAULT_ARXIV_API_URL, resolveConfig } from '../src/config/resolve.js';
import { parseCorpus } from '../src/curate/eval/corpus.js';
import { evaluate } from '../src/curate/eval/evaluate.js';
import { formatEvalReport } from '../src/curate/eval/report.js';
import { normaliseTitle, readList } from '../src/list/index.js';

const USAGE = 'usage: npm run eval -- --corpus PATH.jsonl [--list README.md] [--profile NAME]';

class UsageError extends Error {}

function parseArgs(argv: string[]): { corpus: string; list: string | null; profile: string } {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!['--corpus', '--list', '--profile'].includes(flag))
      throw new UsageError(`unknown argument "${flag}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    values[flag] = value;
    i += 1;
  }
  if (values['--corpus'] === undefined) throw new UsageError('--corpus PATH is required');
  return {
    corpus: values['--corpus'],
    list: values['--list'] ?? null,
    profile: values['--profile'] ?? DEFAULT_PROFILE,
  };
}

function read(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

function queryShape(phrases: string[], categories: string[]): { longest: number; queries: number } {
  const groups = groupPhrases(phrases, categories, DEFAULT_ARXIV_API_URL);
  const probe = { from: new Date(0), to: new Date(0) };
  const lengths = groups.map(
    (group) =>
      buildQueryUrl(DEFAULT_ARXIV_API_URL, {
        searchQuery: buildSearchQuery(group, categories, probe),
        start: MAX_TOTAL_RESULTS - 1,
        maxResults: MAX_PAGE_SIZE,
      }).length,
  );
  return { longest: Math.max(...lengths), queries: groups.length };
}

function main(argv: string[]): void {
  const args = parseArgs(argv);
  const profile = PROFILES[args.profile];
  if (!profile)
    throw new UsageError(`unknown profile "${args.profile}"; built-in: ${Object.keys(PROFILES).join(', ')}`);
  const corpus = parseCorpus(read(args.corpus, 'corpus'), args.corpus);
  const list = args.list === null ? undefined : readList(read(args.list, 'list')).entries;
  if (list !== undefined && list.length === 0) throw new Error(`no papers found in the list ${args.list}`);
  // The profile's settings as a run without a config file resolves them.
  const { scoring, query } = resolveConfig({ profile: args.profile }, {});
  const report = evaluate(corpus, {
    scoring,
    categories: query.categories,
    phrases: query.phrases,
    list,
    normaliseTitle,
  });
  const shape = queryShape(query.phrases, query.categories);
  console.log(
    formatEvalReport(report, {
      profile: profile.name,
      corpusPath: args.corpus,
      listPath: args.list,
      listWithAbstracts: list?.filter((e) => e.abstract !== null).length ?? 0,
      phrases: query.phrases.length,
      categories: query.categories,
      queryUrlLength: shape.longest,
      queries: shape.queries,
      similarityWeight: scoring.similarityWeight,
    }),
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
