import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { httpFetch } from '../../src/http/fetch.js';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A local server answering with `handler`; every request it received, in order. */
async function serve(handler: Handler): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      handler(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

function failureOf(promise: Promise<unknown>): Promise<Error & { cause?: { code?: string } }> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error as Error & { cause?: { code?: string } },
  );
}

describe('httpFetch', () => {
  it('answers with the status, headers, URL and body, and sends what it is given', async () => {
    const { url, received } = await serve((_req, res, body) => {
      res.writeHead(201, 'Made', { 'Content-Type': 'application/json', 'X-RateLimit-Remaining': '42' });
      res.end(JSON.stringify({ echo: body }));
    });
    const response = await httpFetch(`${url}/repos/a/b?x=1`, {
      method: 'post',
      headers: { Authorization: 'token secret', 'Content-Type': 'application/json' },
      body: '{"title":"é"}',
    });
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Made');
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${url}/repos/a/b?x=1`);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('42');
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('missing')).toBeNull();
    expect(new Map(response.headers).get('x-ratelimit-remaining')).toBe('42');
    expect(JSON.parse(await response.text())).toEqual({ echo: '{"title":"é"}' });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'POST', url: '/repos/a/b?x=1', body: '{"title":"é"}' });
    expect(received[0]!.headers).toMatchObject({
      authorization: 'token secret',
      'content-length': String(Buffer.byteLength('{"title":"é"}')),
      'accept-encoding': 'gzip, deflate, br',
    });
  });

  it('gives an error status as an answer, not a failure', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(503, { 'Retry-After': '7' });
      res.end('busy');
    });
    const response = await httpFetch(url);
    expect([response.status, response.ok, response.headers.get('retry-after')]).toEqual([503, false, '7']);
    expect(await response.text()).toBe('busy');
  });

  it.each([
    ['gzip', gzipSync],
    ['x-gzip', gzipSync],
    ['deflate', deflateSync],
    ['deflate', deflateRawSync],
    ['br', brotliCompressSync],
  ])('decodes a %s body', async (encoding, compress) => {
    const text = '<feed>'.padEnd(5000, 'é ') + '</feed>';
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': encoding });
      res.end(compress(Buffer.from(text)));
    });
    expect(await (await httpFetch(url)).text()).toBe(text);
  });

  it("drops a byte-order mark from text(), as fetch does, and keeps it in the body's bytes", async () => {
    const { url } = await serve((_req, res) => res.end('\uFEFF# List\n'));
    const response = await httpFetch(url);
    expect(await response.text()).toBe('# List\n');
    expect((response.body as Buffer).toString('utf8')).toBe('\uFEFF# List\n');
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe('\uFEFF# List\n');
  });

  it('follows redirects on the same origin with its credentials, and keeps a 307 POST a POST', async () => {
    const { url, received } = await serve((req, res) => {
      if (req.url === '/old') res.writeHead(301, { Location: '/moved' }).end();
      else if (req.url === '/moved') res.writeHead(307, { Location: `${url}/final` }).end();
      else res.end('here');
    });
    const response = await httpFetch(`${url}/old`, {
      method: 'POST',
      headers: { authorization: 'token secret' },
      body: 'x',
    });
    expect(await response.text()).toBe('here');
    expect(response.url).toBe(`${url}/final`);
    // 301 after a POST turns into a GET without the body; 307 keeps the method.
    expect(received.map((r) => [r.method, r.url, r.body, r.headers.authorization])).toEqual([
      ['POST', '/old', 'x', 'token secret'],
      ['GET', '/moved', '', 'token secret'],
      ['GET', '/final', '', 'token secret'],
    ]);
  });

  it('keeps the body through a 308 and turns a 303 into a GET', async () => {
    const { url, received } = await serve((req, res) => {
      if (req.url === '/a') res.writeHead(308, { Location: '/b' }).end();
      else if (req.url === '/b') res.writeHead(303, { Location: '/c' }).end();
      else res.end('ok');
    });
    await httpFetch(`${url}/a`, { method: 'PUT', body: 'data', headers: { 'content-type': 'text/plain' } });
    expect(received.map((r) => [r.method, r.body, r.headers['content-type'] ?? null])).toEqual([
      ['PUT', 'data', 'text/plain'],
      ['PUT', 'data', 'text/plain'],
      ['GET', '', null],
    ]);
  });

  it('never carries credentials to another origin', async () => {
    const other = await serve((_req, res) => res.end('elsewhere'));
    const { url } = await serve((_req, res) => res.writeHead(302, { Location: `${other.url}/x` }).end());
    const response = await httpFetch(url, {
      headers: { Authorization: 'token secret', Cookie: 'a=b', Accept: 'x/y' },
    });
    expect(await response.text()).toBe('elsewhere');
    expect(other.received[0]!.headers.authorization).toBeUndefined();
    expect(other.received[0]!.headers.cookie).toBeUndefined();
    expect(other.received[0]!.headers.accept).toBe('x/y');
  });

  it("answers a redirect itself when asked ('manual'), and fails on one when asked ('error') or on a loop", async () => {
    const { url, received } = await serve((_req, res) => res.writeHead(302, { Location: '/again' }).end());
    const manual = await httpFetch(url, { redirect: 'manual' });
    expect([manual.status, manual.headers.get('location')]).toEqual([302, '/again']);
    expect((await failureOf(httpFetch(url, { redirect: 'error' }))).message).toBe('fetch failed');
    const before = received.length;
    const loop = await failureOf(httpFetch(url));
    expect(loop).toBeInstanceOf(TypeError);
    expect(received.length - before).toBe(21);
  });

  it('reports a refused connection as fetch does: TypeError "fetch failed" with the system error as cause', async () => {
    const { url } = await serve(() => {});
    const closed = url;
    servers.splice(0).forEach((server) => server.close());
    const error = await failureOf(httpFetch(closed));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed');
    expect(error.cause?.code).toBe('ECONNREFUSED');
  });

  it('stops waiting for the answer when its signal aborts, with the reason the signal gives', async () => {
    let answered = (): void => {};
    const asked = new Promise<void>((resolve) => (answered = resolve));
    const { url } = await serve(() => answered());
    const controller = new AbortController();
    const request = failureOf(httpFetch(url, { signal: controller.signal }));
    await asked;
    controller.abort(new DOMException('no complete response', 'TimeoutError'));
    expect((await request).name).toBe('TimeoutError');
    const already = await failureOf(httpFetch(url, { signal: AbortSignal.abort() }));
    expect(already.name).toBe('AbortError');
  });

  it('stops reading a body that stalls half-way when its signal aborts', async () => {
    let started = (): void => {};
    const halfWay = new Promise<void>((resolve) => (started = resolve));
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('only part of it', () => started());
    });
    const controller = new AbortController();
    const request = failureOf(httpFetch(url, { signal: controller.signal }));
    await halfWay;
    controller.abort(new DOMException('aborted', 'AbortError'));
    expect((await request).name).toBe('AbortError');
  });

  it('fails on a body cut short by the server', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('only part of it', () => res.destroy());
    });
    const error = await failureOf(httpFetch(url));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed');
  });
});
