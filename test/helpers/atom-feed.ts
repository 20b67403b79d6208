import type { Paper } from '../../src/types.js';

/**
 * Atom feeds in the shape the current arXiv API sends (single-quoted declaration, `Z` times,
 * https links, arXiv's element order), as in
 * test/fixtures/arxiv/current_2026_search_all_testing_10_entries.xml.
 */
export interface FeedPage {
  papers: Paper[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  searchQuery?: string;
  updated?: string;
}

export function renderAtomFeed(page: FeedPage): string {
  const query = `search_query=${page.searchQuery ?? ''}&id_list=&start=${page.startIndex}&max_results=${page.itemsPerPage}`;
  const link = `https://arxiv.org/api/query?search_query=${page.searchQuery ?? ''}&start=${page.startIndex}&max_results=${page.itemsPerPage}&id_list=`;
  return [
    `<?xml version='1.0' encoding='UTF-8'?>`,
    FEED_OPEN,
    `  <id>https://arxiv.org/api/fake${page.startIndex}x${page.itemsPerPage}</id>`,
    `  <title>arXiv Query: ${escapeXml(query)}</title>`,
    `  <updated>${page.updated ?? '2026-11-26T03:00:00Z'}</updated>`,
    `  <link href="${escapeXml(link)}" type="application/atom+xml"/>`,
    `  <opensearch:itemsPerPage>${page.itemsPerPage}</opensearch:itemsPerPage>`,
    `  <opensearch:totalResults>${page.totalResults}</opensearch:totalResults>`,
    `  <opensearch:startIndex>${page.startIndex}</opensearch:startIndex>`,
    ...page.papers.map(renderEntry),
    `</feed>`,
    '',
  ].join('\n');
}

/** arXiv's error feed, sent with HTTP 400 by the current API. */
export function renderErrorFeed(message: string): string {
  const anchor = message.replace(/\W+/g, '_');
  return [
    `<?xml version='1.0' encoding='UTF-8'?>`,
    FEED_OPEN,
    `  <id>https://arxiv.org/</id>`,
    `  <title>arXiv Search Results</title>`,
    `  <updated>2026-11-26T03:00:00Z</updated>`,
    `  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>`,
    `  <opensearch:totalResults>1</opensearch:totalResults>`,
    `  <opensearch:startIndex>0</opensearch:startIndex>`,
    `  <entry>`,
    `    <id>https://arxiv.org/api/errors#${anchor}</id>`,
    `    <title>Error</title>`,
    `    <updated>2026-11-26T03:00:00Z</updated>`,
    `    <link href="https://arxiv.org/api/errors#${anchor}" rel="alternate" type="text/html"/>`,
    `    <summary>${escapeXml(message)}</summary>`,
    `    <author>`,
    `      <name>arXiv api core</name>`,
    `    </author>`,
    `  </entry>`,
    `</feed>`,
    '',
  ].join('\n');
}

const FEED_OPEN =
  '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">';

function renderEntry(p: Paper): string {
  const versioned = `${p.arxivId}v${p.version}`;
  const lines = [
    `  <entry>`,
    `    <id>http://arxiv.org/abs/${versioned}</id>`,
    `    <title>${escapeXml(p.title)}</title>`,
    `    <updated>${p.updated}</updated>`,
    `    <link href="https://arxiv.org/abs/${versioned}" rel="alternate" type="text/html"/>`,
    `    <link href="https://arxiv.org/pdf/${versioned}" rel="related" type="application/pdf" title="pdf"/>`,
    `    <summary>${escapeXml(p.abstract)}</summary>`,
    ...p.categories.map(
      (c) => `    <category term="${escapeXml(c)}" scheme="http://arxiv.org/schemas/atom"/>`,
    ),
    `    <published>${p.published}</published>`,
  ];
  if (p.comment !== undefined) lines.push(`    <arxiv:comment>${escapeXml(p.comment)}</arxiv:comment>`);
  lines.push(`    <arxiv:primary_category term="${escapeXml(p.primaryCategory)}"/>`);
  if (p.journalRef !== undefined)
    lines.push(`    <arxiv:journal_ref>${escapeXml(p.journalRef)}</arxiv:journal_ref>`);
  for (const author of p.authors)
    lines.push(`    <author>`, `      <name>${escapeXml(author)}</name>`, `    </author>`);
  if (p.doi !== undefined) {
    lines.push(
      `    <arxiv:doi>${escapeXml(p.doi)}</arxiv:doi>`,
      `    <link rel="related" href="https://doi.org/${escapeXml(p.doi)}" title="doi"/>`,
    );
  }
  lines.push(`  </entry>`);
  return lines.join('\n');
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}
