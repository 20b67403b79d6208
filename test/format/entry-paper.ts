import type { Entry, Part } from '../../src/format/parts.js';
import { titleOf } from '../../src/format/template.js';
import { plainText } from '../../src/list/plain-text.js';
import type { FoundLink, Paper } from '../../src/types.js';

/**
 * The paper an entry shows, as arXiv and link discovery would give it to the bot: its title, id,
 * date (the entry's full date, else the middle of the id's month), authors (a stand-in second
 * author after `et al.`; stand-ins where the entry shows none), abstract (the entry's, else a
 * neutral stand-in that names nothing), and the code, project, dataset and demo links it shows.
 */
export function paperOf(entry: Entry): { paper: Paper; links: FoundLink[] } {
  const parts: Part[] = [];
  const flat = (ps: Part[]): void => {
    for (const p of ps) {
      parts.push(p);
      if (p.type === 'cell') flat(p.parts);
    }
  };
  for (const line of entry.lines) flat(line);
  const id = entry.arxivId!;
  const [yy, mm] = [id.slice(0, 2), id.slice(2, 4)];
  const date = parts.find((p) => p.type === 'date');
  const full = date?.type === 'date' ? /^(\d{4})[/-](\d{2})[/-](\d{2})$/.exec(date.text) : null;
  const published = full ? `${full[1]}-${full[2]}-${full[3]}T12:00:00Z` : `20${yy}-${mm}-15T12:00:00Z`;
  const authorsPart = parts.find((p) => p.type === 'authors');
  const authors =
    authorsPart?.type !== 'authors'
      ? ['Ada Lovelace', 'Alan Turing']
      : authorsPart.form === 'list'
        ? authorsPart.text.split(/,\s*/)
        : [authorsPart.text.replace(/\s+et\.?\s+a[lt]\.?$/i, ''), 'Second Author'];
  const links: FoundLink[] = [];
  const add = (kind: FoundLink['kind'], url: string): void => {
    if (!links.some((l) => l.kind === kind)) links.push({ kind, url, source: 'comment' });
  };
  for (const p of parts) {
    if (
      p.type === 'link' &&
      p.url !== '' &&
      (['code', 'project', 'dataset', 'model', 'demo'] as const).includes(p.role as never)
    )
      add(p.role as FoundLink['kind'], p.url);
    if (p.type === 'link' && p.role === 'stars' && p.url !== '') add('code', p.url);
    if (p.type === 'stars') add('code', `https://github.com/${p.repo}`);
  }
  const paper: Paper = {
    arxivId: id,
    version: 1,
    title: titleOf(entry),
    abstract: entryAbstract(entry) ?? 'An abstract.',
    authors,
    categories: ['cs.CV'],
    primaryCategory: 'cs.CV',
    published,
    updated: published,
  };
  return { paper, links };
}

/** The abstract an entry shows (a details list's `<summary>Abstract</summary>` block), as plain text. */
export function entryAbstract(entry: Entry): string | null {
  for (const line of entry.lines) {
    for (const part of line) if (part.type === 'abstract') return plainText(part.text);
  }
  return null;
}
