import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Paper } from '../../src/types.js';
import { renderAtomFeed, renderErrorFeed } from './atom-feed.js';
import type { FakeClock } from './clock.js';
import {
  matches,
  parseSearchQuery,
  SearchQueryError,
  submittedMinute,
  type SearchNode,
} from './fake-arxiv-search.js';

/** One way for a response to go wrong, as arXiv's API has been seen to (SPEC §2). */
export type Fault =
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  | { kind: 'rate-exceeded'; status?: number }
  | { kind: 'empty-body'; status?: number }
  | { kind: 'html'; status?: number }
  | { kind: 'empty-page' }
  | { kind: 'truncated' }
  | { kind: 'hang' }
  | { kind: 'error-feed'; message: string }
  | { kind: 'reset' };

export interface FaultRule {
  fault: Fault;
  /** Only the n-th request (1-based, in arrival order). */
  request?: number;
  /** Only requests for this `start` (a page). */
  start?: number;
  when?: (request: RecordedRequest) => boolean;
  /** How many matching requests get the fault; default 1, Infinity for "from now on". */
  times?: number;
}

export interface RecordedRequest {
  /** 1-based, in real arrival order. */
  n: number;
  /** Virtual time (the shared fake clock) when the request arrived. */
  at: number;
  url: string;
  searchQuery: string;
  /** The ids of an `id_list` request, in the order asked; empty for a search. */
  idList: string[];
  /** The query as the fake understood it; unset when it could not be read (answered with a 400). */
  parsedQuery?: SearchNode;
  start: number;
  maxResults: number;
  sortBy: string | null;
  sortOrder: string | null;
  headers: IncomingHttpHeaders;
  /** Requests open at the server when this one arrived, itself included. */
  inFlight: number;
  fault?: Fault['kind'];
  /** How many papers the query matched (unset when the request failed before searching). */
  totalResults?: number;
}

export interface FakeArxiv {
  /** The API endpoint, `http://127.0.0.1:PORT/api/query`. */
  url: string;
  requests: RecordedRequest[];
  inject(rule: FaultRule): void;
  clearFaults(): void;
  close(): Promise<void>;
}

/**
 * A local arXiv API over real HTTP: answers `search_query` (and `id_list`) over `papers` with
 * real-format Atom pages, and misbehaves on demand. Requests are stamped with the shared fake clock, so tests
 * measure the client's spacing without waiting.
 */
export async function startFakeArxiv(options: { papers: Paper[]; clock: FakeClock }): Promise<FakeArxiv> {
  const requests: RecordedRequest[] = [];
  const rules: FaultRule[] = [];
  let inFlight = 0;

  const server = createServer((req, res) => {
    inFlight += 1;
    res.on('close', () => {
      inFlight -= 1;
    });
    const record = recordRequest(req, requests.length + 1, options.clock.now(), inFlight);
    requests.push(record);
    const fault = takeFault(rules, record);
    if (fault !== undefined) record.fault = fault.kind;
    respond(res, req, record, fault, options.papers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/query`,
    requests,
    inject: (rule) => rules.push({ ...rule, times: rule.times ?? 1 }),
    clearFaults: () => rules.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function recordRequest(req: IncomingMessage, n: number, at: number, inFlight: number): RecordedRequest {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const params = url.searchParams;
  return {
    n,
    at,
    url: req.url ?? '',
    searchQuery: params.get('search_query') ?? '',
    idList: (params.get('id_list') ?? '').split(',').filter((id) => id !== ''),
    start: Number(params.get('start') ?? '0'),
    maxResults: Number(params.get('max_results') ?? '10'),
    sortBy: params.get('sortBy'),
    sortOrder: params.get('sortOrder'),
    headers: req.headers,
    inFlight,
  };
}

function takeFault(rules: FaultRule[], record: RecordedRequest): Fault | undefined {
  const rule = rules.find(
    (r) =>
      (r.times ?? 1) > 0 &&
      (r.request === undefined || r.request === record.n) &&
      (r.start === undefined || r.start === record.start) &&
      (r.when === undefined || r.when(record)),
  );
  if (rule === undefined) return undefined;
  rule.times = (rule.times ?? 1) - 1;
  return rule.fault;
}

const ATOM = { 'content-type': 'application/atom+xml; charset=utf-8' };

function respond(
  res: ServerResponse,
  req: IncomingMessage,
  record: RecordedRequest,
  fault: Fault | undefined,
  papers: Paper[],
): void {
  if (new URL(record.url, 'http://127.0.0.1').pathname !== '/api/query') {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not Found');
    return;
  }
  switch (fault?.kind) {
    case 'status':
      res.writeHead(fault.status, { 'content-type': 'text/plain', ...fault.headers });
      res.end(fault.body ?? `${fault.status} error`);
      return;
    case 'rate-exceeded':
      res.writeHead(fault.status ?? 200, { 'content-type': 'text/plain' });
      res.end('Rate exceeded.');
      return;
    case 'empty-body':
      res.writeHead(fault.status ?? 200, ATOM);
      res.end('');
      return;
    case 'html':
      res.writeHead(fault.status ?? 200, { 'content-type': 'text/html' });
      res.end(
        '<!DOCTYPE html>\n<html><head><title>arXiv is temporarily unavailable</title></head>' +
          '<body><h1>Back soon</h1></body></html>',
      );
      return;
    case 'error-feed':
      res.writeHead(400, ATOM);
      res.end(renderErrorFeed(fault.message));
      return;
    case 'hang':
      return;
    case 'reset':
      req.socket.destroy();
      return;
  }
  let feed: string;
  try {
    const page = search(record, papers);
    record.totalResults = page.totalResults;
    if (fault?.kind === 'empty-page') page.papers = [];
    feed = renderAtomFeed(page);
  } catch (error) {
    if (!(error instanceof SearchQueryError)) throw error;
    res.writeHead(400, ATOM);
    res.end(renderErrorFeed(error.message));
    return;
  }
  res.writeHead(200, ATOM);
  res.end(fault?.kind === 'truncated' ? feed.slice(0, Math.floor(feed.length * 0.6)) : feed);
}

function search(record: RecordedRequest, papers: Paper[]) {
  const { start, maxResults } = record;
  if (!Number.isInteger(start) || start < 0) throw new SearchQueryError('start must be an integer');
  if (!Number.isInteger(maxResults) || maxResults < 0 || maxResults > 2000) {
    throw new SearchQueryError('max_results must be an integer from 0 to 2000');
  }
  if (start + maxResults > 30000) throw new SearchQueryError('start + max_results must not exceed 30000');
  if (record.idList.length > 0 && record.searchQuery === '') {
    // arXiv's id_list: the papers asked for, in the order asked, whatever their date.
    const byId = new Map(papers.map((p) => [p.arxivId, p]));
    const found = record.idList.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    return {
      papers: found.slice(start, start + maxResults),
      totalResults: found.length,
      startIndex: start,
      itemsPerPage: maxResults,
      searchQuery: '',
    };
  }
  const tree = parseSearchQuery(record.searchQuery);
  record.parsedQuery = tree;
  const found = papers.filter((p) => matches(tree, p));
  const key = record.sortBy === 'lastUpdatedDate' ? (p: Paper) => p.updated : submittedMinuteKey;
  if (record.sortBy !== 'relevance') {
    found.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.arxivId < b.arxivId ? -1 : 1));
    if (record.sortOrder !== 'ascending') found.reverse();
  }
  return {
    papers: found.slice(start, start + maxResults),
    totalResults: found.length,
    startIndex: start,
    itemsPerPage: maxResults,
    searchQuery: record.searchQuery,
  };
}

function submittedMinuteKey(paper: Paper): string {
  return `${submittedMinute(paper)}${paper.published}`;
}
