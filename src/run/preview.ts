import type { Config } from '../config/schema.js';
import { renderPullBody } from '../pr/body.js';
import type { Paper } from '../types.js';
import { numberedRecords, prPaper } from './body-input.js';
import type { Scorer } from '../curate/score.js';
import type { ListDoc } from '../list/index.js';
import { createRunScorer, curate, NO_PULL_MEMORY, type Curation } from './curate.js';
import { unifiedDiff } from './diff.js';
import { createRouter, type Router } from '../route/router.js';
import { buildListChange, readListFor } from './list-text.js';
import { routeProposed } from './route-proposed.js';

export interface PreviewInput {
  config: Config;
  papers: Paper[];
  onArxiv: number;
  fetched: number;
  listText: string;
  now: Date;
  /** What the papers came from, for the PR body: the window searched, or the recorded feeds. */
  searched?: string;
}

/** What a preview needs from the list before it sees a paper. */
export interface PreparedList {
  doc: ListDoc;
  scorer: Scorer;
  router: Router;
}

/**
 * Reads the list, checks that it has the sections `list.section` names, and makes the scorer (the
 * similarity index over the list's papers) and the router: the half of a preview that needs no
 * candidates. Pure.
 */
export function prepareList(listText: string, config: Config): PreparedList {
  const doc = readListFor(listText, config);
  const router = createRouter(doc, config.list.section);
  return { doc, scorer: createRunScorer(config, doc, NO_PULL_MEMORY), router };
}

export interface PreviewResult {
  curation: Curation;
  /** The list after the change (the input text when nothing is proposed). */
  text: string;
  body: string;
  diff: string;
}

/**
 * What the bot would propose for this list, without GitHub: no open PR, no rejections other than
 * the config's `ignore` (SPEC §7 preview). Pure.
 */
export function preview({
  config,
  papers,
  onArxiv,
  fetched,
  listText,
  now,
  searched,
}: PreviewInput): PreviewResult {
  const { doc, scorer, router } = prepareList(listText, config);
  const curation = routeProposed(
    curate({
      config,
      papers,
      onArxiv,
      fetched,
      doc,
      memory: NO_PULL_MEMORY,
      scorer,
    }),
    router,
  );
  const entries = curation.proposed.map((candidate) => ({ arxivId: candidate.paper.arxivId, candidate }));
  const change = entries.length > 0 ? buildListChange(listText, doc, config, entries, now) : null;
  const text = change?.text ?? listText;
  const body = previewBody(config, curation, change?.numbers ?? new Map(), searched);
  return { curation, text, body, diff: unifiedDiff(config.list.path, listText, text) };
}

/** The body the PR would get, without a marker (nothing is written). Pure. */
export function previewBody(
  config: Config,
  curation: Curation,
  numbers: ReadonlyMap<string, number | null>,
  searched?: string,
): string {
  return renderPullBody({
    listPath: config.list.path,
    papers: numberedRecords(curation.proposed.map(prPaper), numbers),
    queue: curation.queue,
    queueDropped: curation.queueDropped,
    maxPapers: config.pullRequest.maxPapers,
    rejected: [],
    run: {
      searched: searched ?? `arXiv submissions of the last ${config.query.windowDays} days`,
      minScore: config.scoring.minScore,
      funnel: curation.funnel,
      closest: curation.closest,
    },
    marker: null,
  });
}
