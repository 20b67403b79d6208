import type { ColumnRole } from './list-doc.js';
import { headingKey } from './plain-text.js';

/**
 * What a table column holds, from its header (emoji, markdown, case and punctuation ignored).
 * Checked in order, so `Paper Link` is a link and `Paper` a title; anything else stays empty.
 */
const ROLES: Array<[ColumnRole, RegExp]> = [
  ['arxiv', /^(?:arxiv|arxiv link|pdf|link|links|url|paper link|paper url)$/],
  ['title', /^(?:title|paper|papers|paper title|paper name|publication|article|name of paper)$/],
  ['name', /^(?:name|method|methods|model|models|short name|abbr|abbreviation|acronym|alias)$/],
  ['authors', /^(?:author|authors|first author)$/],
  ['venue', /^(?:venue|conference|conf|journal|published in|publication venue|pub|source)$/],
  ['date', /^(?:date|time|published|publish date|release|released|release date|year|month|arxiv date)$/],
  ['code', /^(?:code|codes|github|git|repo|repository|implementation|official code|source code)$/],
  ['demo', /^(?:demo|demos|huggingface|hf|space|spaces|playground|try it)$/],
  ['project', /^(?:project|project page|page|website|web|homepage|home page|site|webpage)$/],
  ['dataset', /^(?:dataset|datasets|data|benchmark data)$/],
];

export function columnRole(header: string): ColumnRole {
  const key = headingKey(header);
  return ROLES.find(([, pattern]) => pattern.test(key))?.[0] ?? 'other';
}

/** What tables write in a cell with nothing to say. */
export const EMPTY_CELLS = new Set([
  '',
  '-',
  '—',
  '–',
  '/',
  'N/A',
  'n/a',
  'NA',
  '×',
  '✗',
  'x',
  'X',
  'None',
  'none',
]);
