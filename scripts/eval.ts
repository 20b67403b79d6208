/**
 * Measures the scorer on a labelled corpus (corpus/README.md):
 *
 *   npm run eval -- --corpus PATH.jsonl [--list README.md] [--profile NAME]
 *
 * Prints precision, recall, F1 and average precision of the profile at its own threshold, the
 * query-stage recall, and the same over 5 folds (see src/curate/eval/evaluate.ts). With --list,
 * the list's papers are the similarity memory and papers already listed are not measured.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildQueryUrl,
  buildSearchQuery,
  groupPhrases,
  MAX_PAGE_SIZE,
  MAX_TOTAL_RESULTS,
} from '../src/arxiv/query.js';
import { DEFAULT_PROFILE, PROFILES, type Profile } from '../src/config/profiles.js';
import { DEFAULT_ARXIV_API_URL, resolveConfig } from '../src/config/resolve.js';
import { parseCorpus, type LabelledPaper } from '../src/curate/eval/corpus.js';
import { listSplit, seedSplit } from '../src/curate/eval/list-split.js';
import { formatSplit } from '../src/curate/eval/split-report.js';
import { evaluate } from '../src/curate/eval/evaluate.js';
import { formatEvalReport, wrap } from '../src/curate/eval/report.js';
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
  console.log(['', ...splitLines(corpus, profile)].join('\n'));
}

/** Where the shared lists are: ../shared next to the repository, when it exists. */
const SHARED_LISTS = fileURLToPath(new URL('../../shared/fixtures/lists/', import.meta.url));

/** profile: auto against the hand profile on the seed topic, and on every shared list. */
function splitLines(corpus: LabelledPaper[], hand: Profile): string[] {
  const seed = seedSplit(corpus, hand);
  const lines = [
    ...wrap(
      `Seed topic, memory/find split — the ${seed.linked} on papers play the list, split by id: ` +
        `${seed.memory} are the list (memory), ${seed.find} are to be found among ${seed.candidates} ` +
        `candidates (the corpus without the memory half). Each profile at its own threshold; ` +
        `"with list": the memory half is the similarity memory.`,
    ),
    ...formatSplit(seed),
  ];
  const autoRow = seed.rows.find((r) => r.name === 'auto');
  const handRow = seed.rows.find((r) => r.name === hand.name);
  if (autoRow && handRow) {
    const best = (r: typeof autoRow) => Math.max(r.keywords.f1, r.withList.f1);
    lines.push(`  auto / hand F1 (each at its better memory): ${(best(autoRow) / best(handRow)).toFixed(3)}`);
  }
  lines.push('');
  if (!existsSync(SHARED_LISTS)) {
    lines.push(`Per list: skipped (${SHARED_LISTS} not found)`);
    return lines;
  }
  lines.push(
    ...wrap(
      `Per list in ${SHARED_LISTS}: the corpus papers a list links are its labels, split by id; the list ` +
        `without the half to find is the memory auto derives from; candidates: the corpus without the ` +
        `memory half. auto against the default profile ${hand.name}.`,
    ),
  );
  for (const name of readdirSync(SHARED_LISTS)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const entries = readList(readFileSync(join(SHARED_LISTS, name), 'utf8')).entries;
    const split = listSplit(corpus, entries, hand);
    lines.push(
      '',
      `${name}: ${entries.length} entries, ${split.linked} papers linked in the corpus, ` +
        `memory ${split.memory}, find ${split.find}`,
    );
    if (split.find === 0) lines.push('  nothing to find: no figures');
    else lines.push(...formatSplit(split));
  }
  return lines;
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
