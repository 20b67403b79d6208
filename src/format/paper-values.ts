import { formatDate } from '../list/date-format.js';
import { authorList, entryAbstract, entryTitle, firstAuthorEtAl, publishedDate } from '../list/paper-text.js';
import { safeUrl } from '../list/safe-url.js';
import type { FoundLink, Paper } from '../types.js';
import { urlFormOf, type Forms } from './forms.js';
import { paperUrl } from './paper-url.js';
import type { AuthorForm } from './parts.js';
import { shortName } from './short-name.js';

/**
 * A paper's values in the forms a group writes them, cleaned (SPEC §5: whitespace collapsed,
 * invisible characters dropped, lengths capped) but not yet escaped for where they go.
 */
export interface PaperValues {
  title: string;
  url: string;
  /** The first safe link of each kind. */
  links: Map<string, string>;
  /** `owner/repo` of a GitHub code link, for stars badges. */
  repo: string | null;
  date: string | null;
  name: string | null;
  abstract: string;
  venue: string;
  authors(form: AuthorForm): string;
}

export function paperValues(
  paper: Paper,
  found: FoundLink[],
  forms: Forms,
  dateFormat: string | null,
): PaperValues {
  const links = new Map<string, string>();
  for (const link of found) {
    const url = safeUrl(link.url);
    if (url !== null && !links.has(link.kind)) links.set(link.kind, url);
  }
  const code = links.get('code');
  const published = publishedDate(paper);
  const format = forms.dateFormat ?? dateFormat;
  return {
    title: entryTitle(paper),
    url: paperUrl(paper.arxivId, paper.version, urlFormOf(forms)),
    links,
    repo: code
      ? (/^https?:\/\/(?:www\.)?github\.com\/([\w.-]+\/[\w.-]+)/i.exec(code)?.[1]?.replace(/\.git$/i, '') ??
        null)
      : null,
    date: published && format ? formatDate(published, format) : null,
    name: shortName(paper, found),
    abstract: entryAbstract(paper),
    venue: forms.venue ?? 'arXiv',
    authors: (form) => authorsIn(paper, form),
  };
}

function authorsIn(paper: Paper, form: AuthorForm): string {
  if (form === 'list') return authorList(paper);
  const first = firstAuthorEtAl(paper);
  if (form === 'full-et-al' || first === '') return first;
  // `Liu et al.`: the first author's surname, taken as the last word of the name.
  const [name, etAl] = first.endsWith(' et al.') ? [first.slice(0, -7), ' et al.'] : [first, ''];
  return `${name.split(/\s+/).pop()}${etAl}`;
}
