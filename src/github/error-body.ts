/**
 * GitHub's error answers, read where GitHub puts things. A validation failure says only
 * `Validation Failed` at the top and the reason in `errors[]` (`{"resource":"PullRequest","code":
 * "custom","message":"A pull request already exists for owner:branch."}`); a repository rule
 * puts its rules in the message (`Repository rule violations found\n\nCannot force-push to this
 * branch\n\n`) or in `errors[]`. Every check on a GitHub error goes through here.
 */

export interface GitHubErrorDetail {
  message: string | null;
  code: string | null;
  resource: string | null;
  field: string | null;
}

export interface GitHubErrorBody {
  status: number | null;
  /** The top-level `message`, or the error's own message when GitHub sent no JSON. */
  message: string;
  details: GitHubErrorDetail[];
}

interface ErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { data?: unknown };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function readGitHubError(error: unknown): GitHubErrorBody {
  const like = error as ErrorLike | null;
  const status = typeof like?.status === 'number' ? like.status : null;
  const data = like?.response?.data;
  const record = data && typeof data === 'object' ? (data as Record<string, unknown>) : null;
  const own = typeof like?.message === 'string' ? like.message : String(error);
  // Octokit appends the documentation URL to its own message; GitHub's message has none.
  const message = text(record?.message) ?? own.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  const errors = Array.isArray(record?.errors) ? (record.errors as unknown[]) : [];
  const details = errors.map((entry): GitHubErrorDetail => {
    if (typeof entry === 'string') return { message: entry, code: null, resource: null, field: null };
    const e = (entry ?? {}) as Record<string, unknown>;
    return { message: text(e.message), code: text(e.code), resource: text(e.resource), field: text(e.field) };
  });
  return { status, message, details };
}

/** What GitHub said, in one line: `Validation Failed: A pull request already exists for o:b.` */
export function describeGitHubError(body: GitHubErrorBody): string {
  const parts = body.details.map(
    (d) => d.message ?? [d.resource, d.field, d.code].filter((p) => p !== null).join(' '),
  );
  const message = oneLine(body.message);
  const extra = parts.map(oneLine).filter((p) => p !== '' && !message.includes(p));
  return extra.length > 0 ? `${message}: ${extra.join('; ')}` : message;
}

/** Whether the message or any `errors[].message` / `errors[].code` matches. */
export function gitHubSays(error: unknown, pattern: RegExp): boolean {
  const body = readGitHubError(error);
  return [body.message, ...body.details.flatMap((d) => [d.message ?? '', d.code ?? ''])].some((t) =>
    pattern.test(t),
  );
}

/** GitHub's multi-line messages (`…found\n\nCannot force-push…\n\n`) as one line. */
function oneLine(message: string): string {
  return message
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(': ');
}
