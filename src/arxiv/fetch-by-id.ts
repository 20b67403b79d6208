import type { Paper } from '../types.js';
import type { ArxivClient } from './client.js';
import { mergePapers } from './merge.js';

/** arXiv's `id_list` takes many ids; a hundred keeps the URL well under 2,000 characters. */
const IDS_PER_REQUEST = 100;

/**
 * Queued papers that have left the query's window, fetched again by id (SPEC §6): one request for
 * up to a hundred, with the night's own client, so its spacing and retries hold.
 */
export async function fetchPapersById(client: ArxivClient, ids: readonly string[]): Promise<Paper[]> {
  const papers: Paper[] = [];
  for (let at = 0; at < ids.length; at += IDS_PER_REQUEST) {
    const chunk = ids.slice(at, at + IDS_PER_REQUEST);
    const feed = await client.fetchIds(
      chunk,
      `${chunk.length} queued ${chunk.length === 1 ? 'paper' : 'papers'} by id`,
    );
    papers.push(...feed.papers);
  }
  const wanted = new Set(ids);
  return mergePapers(papers.filter((paper) => wanted.has(paper.arxivId)));
}
