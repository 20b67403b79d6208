import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/**
 * The subset of `fetch` a run uses — one GET of arXiv's page, and Octokit's requests — over
 * node:http and node:https. Node's built-in fetch (undici) costs ~65 ms of CPU to load on first
 * use and reads a body through web streams (~45 ms more for a 2.4 MB page of arXiv results):
 * ~150 ms of the Action's 1.6 s of CPU on the realistic night (`npm run bench`, issue 8's 1.5 s
 * target), for features a run never uses. What it keeps of fetch: redirects followed (the method
 * turns to GET on 303, and on 301/302 after a POST; credentials dropped when they lead to another
 * origin), gzip/deflate/br bodies decoded, `signal` aborting the request and the body, a network
 * failure as fetch reports it (`TypeError('fetch failed')` with the system error as its `cause`),
 * and an answer that stalls for IDLE_TIMEOUT_MS given up. The body is read whole: no answer of
 * arXiv or GitHub is streamed. Octokit reads `status`, `statusText`, `url`, `headers` (iterated,
 * `get`), `text()`, `arrayBuffer()`, and `body` when asked not to parse it (a Buffer here).
 */

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'manual' | 'error';
}

export interface FetchHeaders extends Iterable<[string, string]> {
  get(name: string): string | null;
}

export interface FetchResponse {
  status: number;
  statusText: string;
  ok: boolean;
  /** The URL of the answer, after redirects. */
  url: string;
  headers: FetchHeaders;
  /** The raw body (a Buffer from `httpFetch`, a stream from the built-in fetch). */
  body: unknown;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What the clients take: `httpFetch`, or the built-in fetch (some tests keep that one). */
export type Fetch = (url: string, init?: FetchInit) => Promise<FetchResponse>;

const MAX_REDIRECTS = 20;
/** undici's own limit on a silent server (headers or body). */
export const IDLE_TIMEOUT_MS = 300_000;
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];

export const httpFetch: Fetch = async (url, init = {}) => {
  let target = new URL(url);
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body ?? null;
  let headers = lowerCased(init.headers ?? {});
  for (let redirects = 0; ; redirects++) {
    const answer = await exchange(target, method, headers, body, init.signal ?? null);
    const location = answer.headers.location;
    if (!isRedirect(answer.statusCode) || location === undefined || init.redirect === 'manual') {
      return toResponse(answer, target);
    }
    if (init.redirect === 'error' || redirects === MAX_REDIRECTS) {
      throw fetchFailed(new Error(`redirect from ${target.href} refused`));
    }
    const next = new URL(location, target);
    if (next.origin !== target.origin) headers = without(headers, CREDENTIALS);
    if (answer.statusCode === 303 ? method !== 'HEAD' : answer.statusCode <= 302 && method === 'POST') {
      method = 'GET';
      body = null;
      headers = without(headers, ['content-type', 'content-length']);
    }
    target = next;
  }
};

interface Answer {
  statusCode: number;
  statusMessage: string;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
}

function exchange(
  target: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | null,
  signal: AbortSignal | null,
): Promise<Answer> {
  const payload = body === null ? null : typeof body === 'string' ? Buffer.from(body) : body;
  const sent: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', ...headers };
  if (payload !== null) sent['content-length'] = String(payload.byteLength);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const failed = (error: Error) => reject(signal?.aborted ? signal.reason : fetchFailed(error));
    const req = send(target, { method, headers: sent }, (res) => {
      readBody(res).then((raw) => {
        try {
          resolve({
            ...statusOf(res),
            headers: res.headers,
            bytes: decoded(raw, res.headers['content-encoding']),
          });
        } catch (error) {
          failed(error as Error);
        }
      }, failed);
    });
    const abort = () => req.destroy(signal!.reason);
    signal?.addEventListener('abort', abort, { once: true });
    req.on('close', () => signal?.removeEventListener('abort', abort));
    req.on('error', failed);
    req.setTimeout(IDLE_TIMEOUT_MS, () =>
      req.destroy(new Error(`no answer for ${IDLE_TIMEOUT_MS / 1000} s`)),
    );
    req.end(payload ?? undefined);
  });
}

function readBody(res: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('error', reject);
    res.on('aborted', () => reject(new Error('the connection closed before the whole answer came')));
  });
}

function statusOf(res: IncomingMessage): { statusCode: number; statusMessage: string } {
  return { statusCode: res.statusCode ?? 0, statusMessage: res.statusMessage ?? '' };
}

/** A body as sent, decoded: fetch does this unasked. */
function decoded(raw: Buffer, encoding: string | undefined): Buffer {
  if (raw.length === 0) return raw;
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(raw);
    case 'deflate':
      // Servers send zlib-wrapped or raw deflate under this name: the first byte tells them apart.
      return (raw[0]! & 0x0f) === 8 ? inflateSync(raw) : inflateRawSync(raw);
    case 'br':
      return brotliDecompressSync(raw);
    default:
      return raw;
  }
}

function fetchFailed(cause: Error): TypeError {
  return new TypeError('fetch failed', { cause });
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function without(headers: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}

function toResponse(answer: Answer, url: URL): FetchResponse {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const { bytes } = answer;
  return {
    status: answer.statusCode,
    statusText: answer.statusMessage,
    ok: answer.statusCode >= 200 && answer.statusCode < 300,
    url: url.href,
    headers: {
      get: (name) => headers.get(name.toLowerCase()) ?? null,
      [Symbol.iterator]: () => headers.entries(),
    },
    body: bytes,
    // As fetch's text(): UTF-8, a leading byte-order mark dropped (`body` keeps it).
    text: async () => bytes.toString('utf8').replace(/^\uFEFF/, ''),
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}
