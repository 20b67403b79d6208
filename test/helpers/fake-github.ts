/**
 * A small GitHub on 127.0.0.1 with real state: commits with parents and trees, branches, the
 * contents and git data APIs, pulls and issues. Octokit talks to it over real HTTP through
 * `baseUrl`. Hooks act as a maintainer (push, merge, close, delete a branch); faults are injected
 * per route. Behaviour follows GitHub's documented REST API where the bot depends on it.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  /** What the client sent as author/committer (the bot must send neither). */
  author: unknown;
  committer: unknown;
}

export interface FakePull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  headRef: string;
  /** The head SHA when the branch no longer exists. */
  frozenHeadSha: string;
  baseRef: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  assignees: string[];
  user: string;
  closedBy: string | null;
  mergeableOverride: boolean | null | undefined;
}

interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
}

export interface LoggedRequest {
  method: string;
  /** Decoded path, e.g. `/repos/octo/list/git/refs/heads/arxiv-curator/new-papers`. */
  path: string;
  query: Record<string, string>;
  /** null when the connection was dropped on purpose. */
  status: number | null;
}

/** Which requests a fault applies to: method and a path relative to `/repos/{owner}/{repo}`. */
export interface RouteMatch {
  method?: string;
  /** A string matches the relative path exactly (`/pulls`); a RegExp is tested against it. */
  path?: string | RegExp;
}

type FaultAction =
  { kind: 'status'; status: number; message: string; headers?: Record<string, string> } | { kind: 'drop' };

interface Fault {
  match: RouteMatch;
  remaining: number;
  action: FaultAction;
  /** Handle the request, then drop the answer (the client cannot know whether it happened). */
  afterHandling?: boolean;
}

/**
 * A branch ruleset (Settings → Rules → Rulesets), enforced on the bot's requests only: the
 * maintainer hooks act as an admin on the bypass list.
 */
export interface FakeRuleset {
  /** Target branches, as rulesets write them: `*` within a path segment, `**` across segments. */
  branches: string[];
  /** "Block force pushes" (`non_fast_forward`). */
  nonFastForward?: boolean;
  /** "Restrict creations". */
  creation?: boolean;
  /** "Restrict deletions". */
  deletion?: boolean;
  /** "Restrict updates". */
  update?: boolean;
}

type RuleKind = 'nonFastForward' | 'creation' | 'deletion' | 'update';

/** The rule as GitHub names it in a refusal. */
const RULE_TEXT: Record<RuleKind, string> = {
  nonFastForward: 'Cannot force-push to this branch',
  creation: 'Cannot create ref due to creations being restricted.',
  deletion: 'Cannot delete this branch',
  update: 'Cannot update this protected ref.',
};

function branchPattern(glob: string): RegExp {
  const source = glob
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${source}$`);
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Files of the first commit on the default branch. */
  files?: Record<string, string>;
  /** Who the token belongs to: the author of the PRs it opens. */
  tokenUser?: string;
  /** Labels that exist in the repository already. */
  labels?: string[];
  /** Whether the token may create a label that does not exist yet (needs `issues: write`). */
  canCreateLabels?: boolean;
  /** Files larger than this come without content in the contents API's JSON (GitHub: 1 MB). */
  largeFileBytes?: number;
  /** Delete the head branch when a PR is merged (the repository setting). */
  deleteBranchOnMerge?: boolean;
  /** Path prefix of the API, as on GitHub Enterprise Server (`/api/v3`). */
  apiPrefix?: string;
  /**
   * `pulls?head=` stops finding PRs whose head branch is gone: the situation in which only the
   * issues listing still shows the bot its merged PRs.
   */
  headFilterMissesDeletedBranches?: boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** More of GitHub's answer: `errors[]` for a 422 "Validation Failed", its `documentation_url`. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** GitHub's 422 for a request it understood but refused: the reason is only inside `errors[]`. */
function validationFailed(...errors: Array<Record<string, string>>): HttpError {
  return new HttpError(422, 'Validation Failed', { errors });
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  defaultBranch: string;
  readonly log: LoggedRequest[] = [];
  readonly commits = new Map<string, FakeCommit>();
  readonly refs = new Map<string, string>();
  readonly pullsByNumber = new Map<number, FakePull>();
  readonly repoLabels: Set<string>;
  canCreateLabels: boolean;

  private readonly blobs = new Map<string, string>();
  private readonly trees = new Map<string, Map<string, string>>();
  private readonly issues = new Map<number, FakeIssue>();
  private faults: Fault[] = [];
  private readonly rulesets: FakeRuleset[] = [];
  private nextNumber = 1;
  private commitCounter = 0;
  private readonly tokenUser: string;
  private readonly largeFileBytes: number;
  private readonly deleteBranchOnMerge: boolean;
  private readonly apiPrefix: string;
  private readonly headFilterMissesDeletedBranches: boolean;
  /** Runs before each request is handled (after faults): a maintainer acting mid-run. */
  beforeHandling: ((request: LoggedRequest) => void) | null = null;
  private server: Server | null = null;
  private origin = '';

  private constructor(options: FakeGitHubOptions) {
    this.owner = options.owner ?? 'octo';
    this.repo = options.repo ?? 'papers';
    this.defaultBranch = options.defaultBranch ?? 'main';
    this.tokenUser = options.tokenUser ?? 'github-actions[bot]';
    this.repoLabels = new Set(options.labels ?? []);
    this.canCreateLabels = options.canCreateLabels ?? true;
    this.largeFileBytes = options.largeFileBytes ?? 1_000_000;
    this.deleteBranchOnMerge = options.deleteBranchOnMerge ?? false;
    this.apiPrefix = options.apiPrefix ?? '';
    this.headFilterMissesDeletedBranches = options.headFilterMissesDeletedBranches ?? false;
    const tree = this.storeTree(
      new Map(Object.entries(options.files ?? {}).map(([p, t]) => [p, this.storeBlob(t)])),
    );
    this.refs.set(this.defaultBranch, this.storeCommit(tree, [], 'Initial commit', 'maintainer'));
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const fake = new FakeGitHub(options);
    await fake.listen();
    return fake;
  }

  /** The `baseUrl` to give Octokit. */
  get url(): string {
    return `${this.origin}${this.apiPrefix}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  clearLog(): void {
    this.log.length = 0;
  }

  // ---------------------------------------------------------------- state, read by tests

  branchSha(branch: string): string | undefined {
    return this.refs.get(branch);
  }

  /** A file's text at a branch or commit SHA; undefined when absent. */
  fileAt(ref: string, path: string): string | undefined {
    const sha = this.refs.get(ref) ?? (this.commits.has(ref) ? ref : undefined);
    if (sha === undefined) return undefined;
    const blob = this.trees.get(this.commits.get(sha)!.tree)!.get(path);
    return blob === undefined ? undefined : this.blobs.get(blob);
  }

  commit(sha: string): FakeCommit {
    const commit = this.commits.get(sha);
    if (!commit) throw new Error(`no commit ${sha}`);
    return commit;
  }

  pull(number: number): FakePull {
    const pull = this.pullsByNumber.get(number);
    if (!pull) throw new Error(`no pull #${number}`);
    return pull;
  }

  pullHeadSha(pull: FakePull): string {
    return this.refs.get(pull.headRef) ?? pull.frozenHeadSha;
  }

  openPulls(): FakePull[] {
    return [...this.pullsByNumber.values()].filter((p) => p.state === 'open');
  }

  isAncestor(ancestor: string, of: string): boolean {
    const seen = new Set<string>();
    const queue = [of];
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  // ---------------------------------------------------------------- maintainer hooks

  /** A commit by someone else on top of a branch, editing one file. Returns the new head. */
  pushCommit(
    branch: string,
    path: string,
    edit: string | ((old: string | undefined) => string),
    message = 'Edit by a maintainer',
  ): string {
    const head = this.refs.get(branch);
    if (head === undefined) throw new Error(`no branch ${branch}`);
    const files = new Map(this.trees.get(this.commit(head).tree)!);
    const old = files.has(path) ? this.blobs.get(files.get(path)!) : undefined;
    files.set(path, this.storeBlob(typeof edit === 'string' ? edit : edit(old)));
    const sha = this.storeCommit(this.storeTree(files), [head], message, 'maintainer');
    this.moveRef(branch, sha);
    return sha;
  }

  /** Moves the base: a maintainer commit on the default branch. */
  editBaseFile(path: string, edit: string | ((old: string | undefined) => string)): string {
    return this.pushCommit(this.defaultBranch, path, edit, 'Edit the list by hand');
  }

  closePull(number: number, by = 'maintainer'): void {
    const pull = this.pull(number);
    pull.state = 'closed';
    pull.closedBy = by;
  }

  /** A merge commit on the base (head's version of every file the PR changed). Returns its SHA. */
  mergePull(number: number): string {
    const pull = this.pull(number);
    const baseSha = this.refs.get(pull.baseRef)!;
    const headSha = this.pullHeadSha(pull);
    const mergeBase = this.mergeBase(baseSha, headSha);
    const files = new Map(this.trees.get(this.commit(baseSha).tree)!);
    const headFiles = this.trees.get(this.commit(headSha).tree)!;
    const baseOfMerge = mergeBase ? this.trees.get(this.commit(mergeBase).tree)! : new Map<string, string>();
    for (const path of new Set([...headFiles.keys(), ...baseOfMerge.keys()])) {
      if (headFiles.get(path) === baseOfMerge.get(path)) continue;
      const blob = headFiles.get(path);
      if (blob === undefined) files.delete(path);
      else files.set(path, blob);
    }
    const sha = this.storeCommit(
      this.storeTree(files),
      [baseSha, headSha],
      `Merge pull request #${number}`,
      'maintainer',
    );
    pull.state = 'closed';
    pull.merged = true;
    pull.closedBy = 'maintainer';
    this.refs.set(pull.baseRef, sha);
    if (this.deleteBranchOnMerge) this.deleteBranch(pull.headRef);
    return sha;
  }

  /** Deleting a PR's head branch closes the PR, as on GitHub. */
  deleteBranch(branch: string): void {
    const sha = this.refs.get(branch);
    if (sha === undefined) return;
    for (const pull of this.pullsByNumber.values()) {
      if (pull.headRef !== branch) continue;
      pull.frozenHeadSha = sha;
      if (pull.state === 'open') {
        pull.state = 'closed';
        pull.closedBy = 'maintainer';
      }
    }
    this.refs.delete(branch);
  }

  /**
   * A maintainer edits the PR's description in the browser (e.g. unticks a task-list item): GitHub
   * stores what the browser sends, with CRLF line endings.
   */
  editPullBody(number: number, edit: (body: string) => string): void {
    const pull = this.pull(number);
    pull.body = edit(pull.body).replace(/\r?\n/g, '\r\n');
  }

  setMergeable(number: number, value: boolean | null): void {
    this.pull(number).mergeableOverride = value;
  }

  /** An ordinary issue (not a PR), e.g. one that happens to carry the bot's label. */
  createIssue(title: string, labels: string[], body = ''): number {
    const number = this.nextNumber++;
    this.issues.set(number, { number, title, body, state: 'open', labels });
    return number;
  }

  // ---------------------------------------------------------------- fault injection

  /** The next `count` matching requests answer `status` (default 502). */
  failNext(count: number, options: { status?: number; route?: RouteMatch; message?: string } = {}): void {
    this.faults.push({
      match: options.route ?? {},
      remaining: count,
      action: { kind: 'status', status: options.status ?? 502, message: options.message ?? 'Server Error' },
    });
  }

  /** GitHub's secondary rate limit: 403 (or 429) with `retry-after` and its message. */
  secondaryRateLimit(
    count: number,
    options: { retryAfterSeconds?: number; route?: RouteMatch; status?: 403 | 429 } = {},
  ): void {
    this.faults.push({
      match: options.route ?? {},
      remaining: count,
      action: {
        kind: 'status',
        status: options.status ?? 403,
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
        headers: { 'retry-after': String(options.retryAfterSeconds ?? 1) },
      },
    });
  }

  /** The primary rate limit: 403 with `x-ratelimit-remaining: 0` and the reset time (epoch seconds). */
  primaryRateLimit(count: number, resetEpochSeconds: number, route: RouteMatch = {}): void {
    this.faults.push({
      match: route,
      remaining: count,
      action: {
        kind: 'status',
        status: 403,
        message: 'API rate limit exceeded for installation.',
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetEpochSeconds) },
      },
    });
  }

  /** The repository setting that stops the Actions token from opening PRs. */
  forbidPullCreation(count = Number.POSITIVE_INFINITY): void {
    this.faults.push({
      match: { method: 'POST', path: '/pulls' },
      remaining: count,
      action: {
        kind: 'status',
        status: 403,
        message: 'GitHub Actions is not permitted to create or approve pull requests.',
      },
    });
  }

  /** A token without the permission the route needs. */
  forbid(route: RouteMatch, count = Number.POSITIVE_INFINITY): void {
    this.faults.push({
      match: route,
      remaining: count,
      action: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
    });
  }

  notFound(route: RouteMatch, count = Number.POSITIVE_INFINITY): void {
    this.faults.push({
      match: route,
      remaining: count,
      action: { kind: 'status', status: 404, message: 'Not Found' },
    });
  }

  /** Destroys the socket without answering. With `afterHandling`, the request is handled first (the answer is lost). */
  dropConnection(route: RouteMatch, count = 1, options: { afterHandling?: boolean } = {}): void {
    this.faults.push({
      match: route,
      remaining: count,
      action: { kind: 'drop' },
      afterHandling: options.afterHandling ?? false,
    });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** A ruleset on the repository, from now on. */
  addRuleset(ruleset: FakeRuleset): void {
    this.rulesets.push(ruleset);
  }

  /** The maintainer changes the settings: no rulesets any more. */
  clearRulesets(): void {
    this.rulesets.length = 0;
  }

  /**
   * GitHub's refusal when a ruleset forbids the write: 422 for refs, 409 for the contents API,
   * with the rule named in the message.
   */
  private enforceRules(branch: string, kind: RuleKind, api: 'refs' | 'contents' = 'refs'): void {
    const refused = this.rulesets.some(
      (r) => r[kind] === true && r.branches.some((glob) => branchPattern(glob).test(branch)),
    );
    if (!refused) return;
    const status = api === 'refs' ? 422 : 409;
    throw new HttpError(status, `Repository rule violations found\n\n${RULE_TEXT[kind]}\n\n`, {
      documentation_url:
        api === 'refs'
          ? 'https://docs.github.com/rest/git/refs#update-a-reference'
          : 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
      status: String(status),
    });
  }

  // ---------------------------------------------------------------- storage

  private storeBlob(text: string): string {
    const sha = sha1(`blob ${Buffer.byteLength(text)}\0${text}`);
    this.blobs.set(sha, text);
    return sha;
  }

  private storeTree(files: Map<string, string>): string {
    const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const sha = sha1(`tree ${sorted.map(([p, b]) => `${p}\0${b}`).join('\n')}`);
    this.trees.set(sha, new Map(sorted));
    return sha;
  }

  private storeCommit(
    tree: string,
    parents: string[],
    message: string,
    author: unknown,
    committer?: unknown,
  ): string {
    // Like GitHub, two commits with the same content made at different times get different SHAs.
    const sha = sha1(`commit ${tree} ${parents.join(' ')} ${message} ${++this.commitCounter}`);
    this.commits.set(sha, { sha, tree, parents, message, author, committer: committer ?? author });
    return sha;
  }

  private mergeBase(a: string, b: string): string | null {
    const ancestorsOfA = new Set<string>();
    const queue = [a];
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (ancestorsOfA.has(sha)) continue;
      ancestorsOfA.add(sha);
      queue.push(...this.commit(sha).parents);
    }
    const frontier = [b];
    const seen = new Set<string>();
    while (frontier.length > 0) {
      const sha = frontier.shift()!;
      if (ancestorsOfA.has(sha)) return sha;
      if (seen.has(sha)) continue;
      seen.add(sha);
      frontier.push(...this.commit(sha).parents);
    }
    return null;
  }

  /** Moves a ref and applies GitHub's side effects on open PRs. */
  private moveRef(branch: string, sha: string): void {
    this.refs.set(branch, sha);
    for (const pull of this.pullsByNumber.values()) {
      if (pull.state !== 'open') continue;
      const head = this.pullHeadSha(pull);
      const base = this.refs.get(pull.baseRef);
      if (base === undefined || !this.isAncestor(head, base)) continue;
      pull.state = 'closed';
      // A base that came to contain the head merged the PR; a head reset into the base closed it.
      pull.merged = pull.baseRef === branch;
      pull.closedBy = 'github';
    }
  }

  private resolveRef(ref: string | undefined): string {
    const name = ref ?? this.defaultBranch;
    const sha = this.refs.get(name) ?? (this.commits.has(name) ? name : undefined);
    if (sha === undefined) throw new HttpError(404, `No commit found for the ref ${name}`);
    return sha;
  }

  private mergeable(pull: FakePull): boolean | null {
    if (pull.mergeableOverride !== undefined) return pull.mergeableOverride;
    const base = this.refs.get(pull.baseRef);
    if (base === undefined) return null;
    const head = this.pullHeadSha(pull);
    const mergeBase = this.mergeBase(base, head);
    if (!mergeBase) return false;
    const [b, h, m] = [base, head, mergeBase].map((sha) => this.trees.get(this.commit(sha).tree)!);
    for (const path of new Set([...b!.keys(), ...h!.keys()])) {
      const [vb, vh, vm] = [b!.get(path), h!.get(path), m!.get(path)];
      if (vb !== vm && vh !== vm && vb !== vh) return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- HTTP

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
  }

  private takeFault(method: string, relative: string, afterHandling: boolean): FaultAction | null {
    for (const fault of this.faults) {
      if (fault.remaining <= 0) continue;
      const { method: m, path: p } = fault.match;
      if ((fault.afterHandling ?? false) !== afterHandling) continue;
      if (m !== undefined && m.toUpperCase() !== method) continue;
      if (p !== undefined && (typeof p === 'string' ? p !== relative : !p.test(relative))) continue;
      fault.remaining -= 1;
      return fault.action;
    }
    return null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.origin);
    const fullPath = decodeURIComponent(url.pathname);
    const path = fullPath.startsWith(this.apiPrefix)
      ? fullPath.slice(this.apiPrefix.length)
      : `(outside the API) ${fullPath}`;
    const query = Object.fromEntries(url.searchParams);
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const relative = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    const entry: LoggedRequest = { method, path, query, status: null };
    this.log.push(entry);
    const raw = await readBody(req);

    const fault = this.takeFault(method, relative, false);
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      entry.status = fault.status;
      send(
        res,
        fault.status,
        { message: fault.message, documentation_url: 'https://docs.github.com/rest' },
        fault.headers,
      );
      return;
    }

    this.beforeHandling?.(entry);
    let status: number;
    let payload: unknown;
    let headers: Record<string, string> = {};
    try {
      if (!path.startsWith(prefix)) throw new HttpError(404, 'Not Found');
      const body = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
      ({ status, payload, headers = {} } = this.route(method, relative, query, body, req, url));
    } catch (error) {
      status = error instanceof HttpError ? error.status : 500;
      payload = {
        message: (error as Error).message,
        documentation_url: 'https://docs.github.com/rest',
        ...(error instanceof HttpError ? error.extra : {}),
      };
    }
    if (this.takeFault(method, relative, true)?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    entry.status = status;
    if (typeof payload === 'string') {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end(payload);
      return;
    }
    send(res, status, payload, headers);
  }

  private route(
    method: string,
    relative: string,
    query: Record<string, string>,
    body: Record<string, unknown>,
    req: IncomingMessage,
    url: URL,
  ): { status: number; payload: unknown; headers?: Record<string, string> } {
    const ok = (payload: unknown, status = 200) => ({ status, payload });
    let m: RegExpExecArray | null;

    if (relative === '' && method === 'GET') return ok(this.repoJson());
    if ((m = /^\/branches\/(.+)$/.exec(relative)) && method === 'GET') return ok(this.branchJson(m[1]!));
    if ((m = /^\/compare\/(.+)$/.exec(relative)) && method === 'GET') return ok(this.compareJson(m[1]!));
    if ((m = /^\/contents\/(.+)$/.exec(relative))) {
      if (method === 'GET') return this.getContents(m[1]!, query.ref, String(req.headers.accept ?? ''));
      if (method === 'PUT') return this.putContents(m[1]!, body);
    }
    if (relative === '/git/trees' && method === 'POST') return ok(this.createTree(body), 201);
    if (relative === '/git/commits' && method === 'POST') return ok(this.createCommit(body), 201);
    if ((m = /^\/git\/ref\/heads\/(.+)$/.exec(relative)) && method === 'GET') return ok(this.refJson(m[1]!));
    if (relative === '/git/refs' && method === 'POST') return ok(this.createRef(body), 201);
    if ((m = /^\/git\/refs\/heads\/(.+)$/.exec(relative))) {
      if (method === 'PATCH') return ok(this.updateRef(m[1]!, body));
      if (method === 'DELETE') {
        if (!this.refs.has(m[1]!)) throw new HttpError(422, 'Reference does not exist');
        this.enforceRules(m[1]!, 'deletion');
        this.deleteBranch(m[1]!);
        return ok('', 204);
      }
    }
    if (relative === '/pulls' && method === 'GET') return this.paginate(this.listPulls(query), query, url);
    if (relative === '/pulls' && method === 'POST') return ok(this.createPull(body), 201);
    if ((m = /^\/pulls\/(\d+)$/.exec(relative))) {
      if (method === 'GET') return ok(this.pullJson(this.existingPull(m[1]!), true));
      if (method === 'PATCH') return ok(this.updatePull(this.existingPull(m[1]!), body));
    }
    if ((m = /^\/pulls\/(\d+)\/requested_reviewers$/.exec(relative)) && method === 'POST') {
      return ok(this.requestReviewers(this.existingPull(m[1]!), body), 201);
    }
    if (relative === '/issues' && method === 'GET') return this.paginate(this.listIssues(query), query, url);
    if ((m = /^\/issues\/(\d+)\/labels$/.exec(relative)) && method === 'POST')
      return ok(this.addLabels(Number(m[1]), body));
    if ((m = /^\/issues\/(\d+)\/assignees$/.exec(relative)) && method === 'POST') {
      return ok(this.addAssignees(Number(m[1]), body), 201);
    }
    throw new HttpError(404, 'Not Found');
  }

  private paginate(items: unknown[], query: Record<string, string>, url: URL) {
    const perPage = Math.min(100, Number(query.per_page ?? 30));
    const page = Number(query.page ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.href);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    return { status: 200, payload: slice, headers };
  }

  // ---------------------------------------------------------------- repository, branches, contents

  private repoJson() {
    return {
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: { login: this.owner },
      default_branch: this.defaultBranch,
    };
  }

  private branchJson(branch: string) {
    const sha = this.refs.get(branch);
    if (sha === undefined) throw new HttpError(404, 'Branch not found');
    const commit = this.commit(sha);
    return {
      name: branch,
      commit: {
        sha,
        commit: { tree: { sha: commit.tree }, message: commit.message },
        parents: commit.parents.map((p) => ({ sha: p })),
      },
      protected: false,
    };
  }

  /** `compare/{base}...{head}`: the base's head commit and the commits the head has that the base lacks. */
  private compareJson(basehead: string) {
    const [base, head] = decodeURIComponent(basehead).split('...') as [string, string];
    const baseSha = this.refs.get(base);
    const headSha = this.refs.get(head);
    if (baseSha === undefined || headSha === undefined) throw new HttpError(404, 'Not Found');
    const ahead: string[] = [];
    const seen = new Set<string>();
    const queue = [headSha];
    while (queue.length > 0) {
      const sha = queue.shift()!;
      if (seen.has(sha) || this.isAncestor(sha, baseSha)) continue;
      seen.add(sha);
      ahead.push(sha);
      queue.push(...this.commit(sha).parents);
    }
    // Oldest first, as GitHub lists them; the head commit is last.
    const commits = ahead.reverse().map((sha) => ({ sha, commit: { message: this.commit(sha).message } }));
    const mergeBase = this.isAncestor(headSha, baseSha)
      ? headSha
      : this.firstCommonAncestor(baseSha, headSha);
    const baseCommit = this.commit(baseSha);
    return {
      status: commits.length === 0 ? 'behind' : 'diverged',
      ahead_by: commits.length,
      total_commits: commits.length,
      base_commit: { sha: baseSha, commit: { tree: { sha: baseCommit.tree } } },
      merge_base_commit: { sha: mergeBase, commit: { tree: { sha: this.commit(mergeBase).tree } } },
      // GitHub lists at most the first 250 commits: past that, the head commit is not among them.
      commits: commits.slice(0, 250),
      files: [],
    };
  }

  private firstCommonAncestor(a: string, b: string): string {
    const queue = [b];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const sha = queue.shift()!;
      if (seen.has(sha)) continue;
      seen.add(sha);
      if (this.isAncestor(sha, a)) return sha;
      queue.push(...this.commit(sha).parents);
    }
    return a;
  }

  private refJson(branch: string) {
    const sha = this.refs.get(branch);
    if (sha === undefined) throw new HttpError(404, 'Not Found');
    return { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } };
  }

  private getContents(path: string, ref: string | undefined, accept: string) {
    const sha = this.resolveRef(ref);
    const blob = this.trees.get(this.commit(sha).tree)!.get(path);
    if (blob === undefined) throw new HttpError(404, 'Not Found');
    const text = this.blobs.get(blob)!;
    if (accept.includes('raw')) return { status: 200, payload: text };
    const size = Buffer.byteLength(text);
    const large = size > this.largeFileBytes;
    const base64 = Buffer.from(text)
      .toString('base64')
      .replace(/(.{60})/g, '$1\n');
    return {
      status: 200,
      payload: {
        type: 'file',
        name: path.split('/').pop(),
        path,
        sha: blob,
        size,
        encoding: large ? 'none' : 'base64',
        content: large ? '' : base64,
      },
    };
  }

  private putContents(path: string, body: Record<string, unknown>) {
    const branch = typeof body.branch === 'string' ? body.branch : this.defaultBranch;
    const head = this.refs.get(branch);
    if (head === undefined) throw new HttpError(404, `Branch ${branch} not found`);
    if (typeof body.content !== 'string' || typeof body.message !== 'string')
      throw new HttpError(422, 'Invalid request.');
    this.enforceRules(branch, 'update', 'contents');
    const files = new Map(this.trees.get(this.commit(head).tree)!);
    const current = files.get(path);
    if (current !== undefined && body.sha === undefined)
      throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (current !== undefined && body.sha !== current)
      throw new HttpError(409, `${path} does not match ${String(body.sha)}`);
    const blob = this.storeBlob(Buffer.from(body.content, 'base64').toString('utf8'));
    files.set(path, blob);
    const tree = this.storeTree(files);
    const sha = this.storeCommit(tree, [head], body.message, body.author ?? null, body.committer ?? null);
    this.moveRef(branch, sha);
    return {
      status: current === undefined ? 201 : 200,
      payload: {
        content: { path, sha: blob, type: 'file' },
        commit: { sha, tree: { sha: tree }, parents: [{ sha: head }], message: body.message },
      },
    };
  }

  // ---------------------------------------------------------------- git data API

  private createTree(body: Record<string, unknown>) {
    const files = new Map<string, string>();
    if (body.base_tree !== undefined) {
      const base = this.trees.get(String(body.base_tree));
      if (!base) throw new HttpError(422, 'base_tree is not a valid tree oid');
      for (const [p, b] of base) files.set(p, b);
    }
    const entries = Array.isArray(body.tree) ? (body.tree as Array<Record<string, unknown>>) : [];
    for (const entry of entries) {
      const path = String(entry.path);
      if (entry.sha === null) files.delete(path);
      else if (typeof entry.content === 'string') files.set(path, this.storeBlob(entry.content));
      else if (typeof entry.sha === 'string' && this.blobs.has(entry.sha)) files.set(path, entry.sha);
      else throw new HttpError(422, `tree.sha ${String(entry.sha)} is not a valid blob`);
    }
    const sha = this.storeTree(files);
    return {
      sha,
      tree: [...files].map(([path, blob]) => ({ path, mode: '100644', type: 'blob', sha: blob })),
    };
  }

  private createCommit(body: Record<string, unknown>) {
    const tree = String(body.tree);
    if (!this.trees.has(tree)) throw new HttpError(422, 'Tree SHA does not exist');
    const parents = Array.isArray(body.parents) ? body.parents.map(String) : [];
    for (const parent of parents)
      if (!this.commits.has(parent))
        throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
    const sha = this.storeCommit(
      tree,
      parents,
      String(body.message ?? ''),
      body.author ?? null,
      body.committer ?? null,
    );
    return { sha, tree: { sha: tree }, parents: parents.map((p) => ({ sha: p })), message: body.message };
  }

  private createRef(body: Record<string, unknown>) {
    const ref = String(body.ref);
    const sha = String(body.sha);
    if (!ref.startsWith('refs/heads/'))
      throw new HttpError(422, 'Reference name must start with refs/heads/');
    const branch = ref.slice('refs/heads/'.length);
    if (this.refs.has(branch)) throw new HttpError(422, 'Reference already exists');
    if (!this.commits.has(sha)) throw new HttpError(422, 'Object does not exist');
    this.enforceRules(branch, 'creation');
    this.moveRef(branch, sha);
    return { ref, object: { sha, type: 'commit' } };
  }

  private updateRef(branch: string, body: Record<string, unknown>) {
    const current = this.refs.get(branch);
    if (current === undefined) throw new HttpError(422, 'Reference does not exist');
    const sha = String(body.sha);
    if (!this.commits.has(sha)) throw new HttpError(422, 'Object does not exist');
    const fastForward = this.isAncestor(current, sha);
    if (body.force !== true && !fastForward) throw new HttpError(422, 'Update is not a fast forward');
    if (!fastForward) this.enforceRules(branch, 'nonFastForward');
    this.enforceRules(branch, 'update');
    this.moveRef(branch, sha);
    return { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } };
  }

  // ---------------------------------------------------------------- pulls and issues

  private existingPull(number: string): FakePull {
    const pull = this.pullsByNumber.get(Number(number));
    if (!pull) throw new HttpError(404, 'Not Found');
    return pull;
  }

  private pullJson(pull: FakePull, detailed = false) {
    const headSha = this.pullHeadSha(pull);
    return {
      number: pull.number,
      url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${pull.number}`,
      html_url: `https://github.test/${this.owner}/${this.repo}/pull/${pull.number}`,
      title: pull.title,
      body: pull.body,
      state: pull.state,
      draft: pull.draft,
      merged_at: pull.merged ? '2026-11-26T12:00:00Z' : null,
      head: { ref: pull.headRef, sha: headSha, label: `${this.owner}:${pull.headRef}` },
      base: { ref: pull.baseRef, sha: this.refs.get(pull.baseRef) ?? null },
      labels: pull.labels.map((name) => ({ name })),
      user: { login: pull.user },
      requested_reviewers: pull.reviewers.map((login) => ({ login })),
      assignees: pull.assignees.map((login) => ({ login })),
      ...(detailed
        ? { merged: pull.merged, mergeable: pull.state === 'open' ? this.mergeable(pull) : null }
        : {}),
    };
  }

  private listPulls(query: Record<string, string>) {
    const state = query.state ?? 'open';
    // GitHub ignores a `head` without `owner:` silently and lists every PR.
    const head = query.head?.includes(':') ? query.head : undefined;
    return [...this.pullsByNumber.values()]
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => head === undefined || head === `${this.owner}:${p.headRef}`)
      .filter((p) => head === undefined || !this.headFilterMissesDeletedBranches || this.refs.has(p.headRef))
      .filter((p) => query.base === undefined || p.baseRef === query.base)
      .sort((a, b) => b.number - a.number)
      .map((p) => this.pullJson(p));
  }

  private createPull(body: Record<string, unknown>) {
    const head = String(body.head ?? '');
    const headRef = head.includes(':') ? head.slice(head.indexOf(':') + 1) : head;
    const baseRef = String(body.base ?? '');
    const headSha = this.refs.get(headRef);
    const baseSha = this.refs.get(baseRef);
    if (headSha === undefined || baseSha === undefined) {
      const field = headSha === undefined ? 'head' : 'base';
      throw validationFailed({ resource: 'PullRequest', field, code: 'invalid' });
    }
    if (this.openPulls().some((p) => p.headRef === headRef && p.baseRef === baseRef)) {
      const message = `A pull request already exists for ${this.owner}:${headRef}.`;
      throw validationFailed({ resource: 'PullRequest', code: 'custom', message });
    }
    if (this.isAncestor(headSha, baseSha)) {
      const message = `No commits between ${baseRef} and ${headRef}`;
      throw validationFailed({ resource: 'PullRequest', code: 'custom', message });
    }
    const number = this.nextNumber++;
    const pull: FakePull = {
      number,
      title: String(body.title ?? ''),
      body: typeof body.body === 'string' ? body.body : '',
      state: 'open',
      merged: false,
      draft: body.draft === true,
      headRef,
      frozenHeadSha: headSha,
      baseRef,
      labels: [],
      reviewers: [],
      teamReviewers: [],
      assignees: [],
      user: this.tokenUser,
      closedBy: null,
      mergeableOverride: undefined,
    };
    this.pullsByNumber.set(number, pull);
    return this.pullJson(pull, true);
  }

  private updatePull(pull: FakePull, body: Record<string, unknown>) {
    if (typeof body.title === 'string') pull.title = body.title;
    if (typeof body.body === 'string') pull.body = body.body;
    if (body.state === 'closed' && pull.state === 'open') {
      pull.state = 'closed';
      pull.closedBy = this.tokenUser;
    }
    if (body.state === 'open' && pull.state === 'closed' && !pull.merged) {
      if (!this.refs.has(pull.headRef))
        throw validationFailed({
          resource: 'PullRequest',
          code: 'custom',
          field: 'state',
          message: 'state cannot be changed. The head branch was deleted.',
        });
      pull.state = 'open';
      pull.closedBy = null;
    }
    return this.pullJson(pull, true);
  }

  private requestReviewers(pull: FakePull, body: Record<string, unknown>) {
    const reviewers = Array.isArray(body.reviewers) ? body.reviewers.map(String) : [];
    const teams = Array.isArray(body.team_reviewers) ? body.team_reviewers.map(String) : [];
    if (reviewers.includes(pull.user))
      throw new HttpError(422, 'Review cannot be requested from pull request author.');
    pull.reviewers.push(...reviewers.filter((r) => !pull.reviewers.includes(r)));
    pull.teamReviewers.push(...teams.filter((t) => !pull.teamReviewers.includes(t)));
    return this.pullJson(pull);
  }

  private issueLabels(number: number): string[] {
    const target = this.pullsByNumber.get(number) ?? this.issues.get(number);
    if (!target) throw new HttpError(404, 'Not Found');
    return target.labels;
  }

  private addLabels(number: number, body: Record<string, unknown>) {
    const labels = this.issueLabels(number);
    const wanted = Array.isArray(body.labels) ? body.labels.map(String) : [];
    for (const label of wanted) {
      if (!this.repoLabels.has(label)) {
        if (!this.canCreateLabels) throw new HttpError(403, 'Resource not accessible by integration');
        this.repoLabels.add(label);
      }
      if (!labels.includes(label)) labels.push(label);
    }
    return labels.map((name) => ({ name }));
  }

  private addAssignees(number: number, body: Record<string, unknown>) {
    const pull = this.pullsByNumber.get(number);
    if (!pull) throw new HttpError(404, 'Not Found');
    const assignees = Array.isArray(body.assignees) ? body.assignees.map(String) : [];
    pull.assignees.push(...assignees.filter((a) => !pull.assignees.includes(a)));
    return this.pullJson(pull);
  }

  private listIssues(query: Record<string, string>) {
    const state = query.state ?? 'open';
    const wanted = (query.labels ?? '').split(',').filter((l) => l !== '');
    const asIssues = [
      ...[...this.pullsByNumber.values()].map((p) => ({
        number: p.number,
        title: p.title,
        body: p.body,
        state: p.state,
        labels: p.labels,
        html_url: `https://github.test/${this.owner}/${this.repo}/pull/${p.number}`,
        pull_request: {
          url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${p.number}`,
          merged_at: p.merged ? '2026-11-26T12:00:00Z' : null,
        },
      })),
      ...[...this.issues.values()].map((i) => ({
        number: i.number,
        title: i.title,
        body: i.body,
        state: i.state,
        labels: i.labels,
        html_url: `https://github.test/${this.owner}/${this.repo}/issues/${i.number}`,
      })),
    ];
    return asIssues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => wanted.every((label) => i.labels.includes(label)))
      .sort((a, b) => b.number - a.number)
      .map((i) => ({ ...i, labels: i.labels.map((name) => ({ name })) }));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): void {
  if (status === 204) {
    res.writeHead(204, headers);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(payload));
}
