import type { Paper } from '../../src/types.js';

/**
 * Just enough of arXiv's query language for the fake server: `field:term`, `field:"a phrase"`,
 * `submittedDate:[YYYYMMDDHHMM TO YYYYMMDDHHMM]` (inclusive, to the minute, GMT), parentheses,
 * AND, OR, ANDNOT. Phrases match case-insensitively as substrings of the field.
 */
export type SearchNode =
  | { op: 'AND' | 'OR' | 'ANDNOT'; left: SearchNode; right: SearchNode }
  | { field: string; phrase: string }
  | { field: 'submittedDate'; from: string; to: string };

const FIELDS = new Set(['ti', 'abs', 'au', 'cat', 'all', 'co', 'jr', 'id']);

export class SearchQueryError extends Error {}

export function parseSearchQuery(query: string): SearchNode {
  const tokens = tokenize(query);
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const next = (): string => {
    const token = tokens[at++];
    if (token === undefined) throw new SearchQueryError('unexpected end of query');
    return token;
  };

  const unary = (): SearchNode => {
    const token = next();
    if (token === '(') {
      const inner = orExpr();
      if (next() !== ')') throw new SearchQueryError('missing )');
      return inner;
    }
    return clause(token);
  };
  const andExpr = (): SearchNode => {
    let left = unary();
    while (peek() === 'AND' || peek() === 'ANDNOT') {
      const op = next() as 'AND' | 'ANDNOT';
      left = { op, left, right: unary() };
    }
    return left;
  };
  const orExpr = (): SearchNode => {
    let left = andExpr();
    while (peek() === 'OR') {
      next();
      left = { op: 'OR', left, right: andExpr() };
    }
    return left;
  };

  const tree = orExpr();
  if (at !== tokens.length) throw new SearchQueryError(`unexpected "${tokens[at]}"`);
  return tree;
}

export function matches(node: SearchNode, paper: Paper): boolean {
  if ('op' in node) {
    const left = matches(node.left, paper);
    if (node.op === 'AND') return left && matches(node.right, paper);
    if (node.op === 'OR') return left || matches(node.right, paper);
    return left && !matches(node.right, paper);
  }
  if ('from' in node) {
    const minute = submittedMinute(paper);
    return node.from <= minute && minute <= node.to;
  }
  const phrase = normalise(node.phrase);
  switch (node.field) {
    case 'ti':
      return normalise(paper.title).includes(phrase);
    case 'abs':
      return normalise(paper.abstract).includes(phrase);
    case 'au':
      return paper.authors.some((a) => normalise(a).includes(phrase));
    case 'co':
      return normalise(paper.comment ?? '').includes(phrase);
    case 'jr':
      return normalise(paper.journalRef ?? '').includes(phrase);
    case 'id':
      return paper.arxivId === node.phrase;
    case 'cat':
      return paper.categories.some((c) =>
        node.phrase.endsWith('.*') ? c.startsWith(node.phrase.slice(0, -1)) : c === node.phrase,
      );
    default:
      return [paper.title, paper.abstract, ...paper.authors, paper.comment ?? ''].some((t) =>
        normalise(t).includes(phrase),
      );
  }
}

/** `YYYYMMDDHHMM` of the paper's first submission, the key arXiv's submittedDate compares. */
export function submittedMinute(paper: Paper): string {
  return new Date(paper.published).toISOString().slice(0, 16).replace(/[-T:]/g, '');
}

function clause(token: string): SearchNode {
  const colon = token.indexOf(':');
  const field = colon < 0 ? 'all' : token.slice(0, colon);
  const value = colon < 0 ? token : token.slice(colon + 1);
  if (field === 'submittedDate') {
    const range = /^\[(\d{12}) TO (\d{12})\]$/.exec(value);
    if (!range) throw new SearchQueryError(`bad submittedDate range ${value}`);
    return { field, from: range[1]!, to: range[2]! };
  }
  if (!FIELDS.has(field)) throw new SearchQueryError(`unknown field ${field}`);
  const phrase = value.startsWith('"') ? value.slice(1, -1) : value;
  if (phrase === '') throw new SearchQueryError(`empty term after ${field}:`);
  return { field, phrase };
}

function tokenize(query: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*(\(|\)|[A-Za-z]+:"[^"]*"|submittedDate:\[[^\]]*\]|[^\s()]+)/gy;
  let position = 0;
  for (;;) {
    pattern.lastIndex = position;
    const match = pattern.exec(query);
    if (match === null) break;
    tokens.push(match[1]!);
    position = pattern.lastIndex;
  }
  if (query.slice(position).trim() !== '')
    throw new SearchQueryError(`cannot read "${query.slice(position)}"`);
  return tokens;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
