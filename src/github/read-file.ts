import { ListFileNotFoundError, errorStatus, explainGitHubError } from './errors.js';
import { call, failedAction, type RepoContext } from './repo-context.js';

export interface RepoFile {
  path: string;
  /** The branch or commit it was read at. */
  ref: string;
  text: string;
  /** The blob SHA: the contents API's optimistic-concurrency token. */
  sha: string;
}

/**
 * A file at a ref through the contents API; null when it does not exist. Files over 1 MB come
 * without content in JSON, so they cost a second request with the raw media type (the blob SHA
 * is kept from the first).
 */
export async function readFile(ctx: RepoContext, path: string, ref: string): Promise<RepoFile | null> {
  const action = `read ${path} at ${ref}`;
  let data: unknown;
  try {
    const response = await ctx.octokit.rest.repos.getContent({
      owner: ctx.owner,
      repo: ctx.repo,
      path,
      ref,
      // The answer holds the whole list in base64; JSON.parse reads it in a tenth of the time
      // Octokit's big-number-safe parser takes (no number in it can be big).
      request: { parseSuccessResponseBody: false },
    });
    data = JSON.parse(await bodyText(response.data));
  } catch (error) {
    if (errorStatus(error) === 404) return null;
    throw explainGitHubError(error, failedAction(ctx, action, 'contents: read'));
  }
  if (Array.isArray(data) || !isFileData(data)) {
    throw explainGitHubError(new Error(`${path} is not a file`), failedAction(ctx, action, 'contents: read'));
  }
  if (data.encoding === 'base64' && (data.content !== '' || data.size === 0)) {
    return { path, ref, text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
  }
  const text = await call(ctx, action, 'contents: read', async () => {
    const raw = await ctx.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: ctx.owner,
      repo: ctx.repo,
      path,
      ref,
      mediaType: { format: 'raw' },
      // fetch's text() drops a byte-order mark; the list must come back byte for byte.
      request: { parseSuccessResponseBody: false },
    });
    return decodeRaw(raw.data);
  });
  return { path, ref, text, sha: data.sha };
}

/** Like readFile, but a missing list file is the clear error the run reports. */
export async function readListFile(ctx: RepoContext, path: string, branch: string): Promise<RepoFile> {
  const file = await readFile(ctx, path, branch);
  if (file === null) throw new ListFileNotFoundError(path, branch);
  return file;
}

interface FileData {
  type: 'file';
  encoding: string;
  content: string;
  sha: string;
  size: number;
}

function isFileData(data: unknown): data is FileData {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'file';
}

/** A response body Octokit left unparsed, as text. */
async function bodyText(data: unknown): Promise<string> {
  if (typeof data === 'string') return data;
  return (await bytesOf(data)).toString('utf8');
}

async function decodeRaw(data: unknown): Promise<string> {
  if (typeof data === 'string') return data;
  // Buffer keeps a leading U+FEFF, unlike TextDecoder's default.
  return (await bytesOf(data)).toString('utf8');
}

/** A body Octokit left unparsed: a Buffer from httpFetch, a web stream from the built-in fetch. */
async function bytesOf(data: unknown): Promise<Buffer> {
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(await new Response(data as ReadableStream<Uint8Array> | null).arrayBuffer());
}
