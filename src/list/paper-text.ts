import type { Paper } from '../types.js';
import { cleanText } from './clean-text.js';

/** A paper's fields as an entry shows them: cleaned, capped, never empty where a line needs text. */
export const MAX_AUTHORS = 20;
const MAX_TITLE = 300;
const MAX_AUTHOR = 100;
const MAX_ABSTRACT = 4000;

/** The title, or `arXiv:ID` when arXiv sent none (a heading or link needs text). */
export function entryTitle(paper: Paper): string {
  return cleanText(paper.title, MAX_TITLE) || `arXiv:${paper.arxivId}`;
}

export function entryAbstract(paper: Paper): string {
  return cleanText(paper.abstract, MAX_ABSTRACT);
}

/** Up to 20 names, then `et al.` (SPEC §5). */
export function authorList(paper: Paper): string {
  const names = paper.authors.map((name) => cleanText(name, MAX_AUTHOR)).filter((name) => name !== '');
  const shown = names.slice(0, MAX_AUTHORS).join(', ');
  return names.length > MAX_AUTHORS ? `${shown} et al.` : shown;
}

/** `Jane Doe et al.`, `Jane Doe`, or empty. */
export function firstAuthorEtAl(paper: Paper): string {
  const names = paper.authors.map((name) => cleanText(name, MAX_AUTHOR)).filter((name) => name !== '');
  if (names.length === 0) return '';
  return names.length > 1 ? `${names[0]} et al.` : names[0]!;
}

/** The submission date as a Date, or null when arXiv's timestamp does not parse. */
export function publishedDate(paper: Paper): Date | null {
  const date = new Date(paper.published);
  return Number.isNaN(date.getTime()) ? null : date;
}
