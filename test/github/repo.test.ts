import { afterEach, describe, expect, it } from '@jest/globals';
import {
  BranchNotFoundError,
  GitHubConflictError,
  GitHubSetupError,
  ListFileNotFoundError,
} from '../../src/github/errors.js';
import { createBranch, getBranchHead, moveBranch } from '../../src/github/branches.js';
import { commitFileToBranch, createFileCommit } from '../../src/github/commits.js';
import { readFile, readListFile } from '../../src/github/read-file.js';
import { startFakeGitHub, type FakeSetup } from './setup.js';

const LIST =
  '\uFEFF# Awesome list\r\n\r\n## Papers\r\n\r\n- [Ünïcødé 🎨](https://arxiv.org/abs/2501.00001)\r\n';

let setup: FakeSetup;
afterEach(async () => {
  await setup.fake.close();
});

async function start(options: Parameters<typeof startFakeGitHub>[0] = {}) {
  setup = await startFakeGitHub({ files: { 'README.md': LIST, 'docs/other.md': 'other\n' }, ...options });
  return setup;
}

describe('getBranchHead', () => {
  it('returns the head commit and its tree in one request', async () => {
    const { ctx, fake, requests } = await start();
    const head = await getBranchHead(ctx, 'main');
    expect(head).toEqual({
      branch: 'main',
      commitSha: fake.branchSha('main'),
      treeSha: fake.commit(fake.branchSha('main')!).tree,
    });
    expect(requests).toHaveLength(1);
  });

  it('names a missing branch and the input to fix', async () => {
    const { ctx } = await start();
    const error = await getBranchHead(ctx, 'develop').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BranchNotFoundError);
    expect((error as Error).message).toMatch(/branch develop was not found .*base-branch/);
  });
});

describe('readFile', () => {
  it('reads the text byte for byte (BOM, CRLF, non-ASCII) with its blob SHA, in one request', async () => {
    const { ctx, fake, requests } = await start();
    const file = await readFile(ctx, 'README.md', 'main');
    expect(file?.text).toBe(LIST);
    expect(file?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(fake.log.map((r) => `${r.method} ${r.path} ${r.query.ref}`)).toEqual([
      'GET /repos/octo/papers/contents/README.md main',
    ]);
    expect(requests).toHaveLength(1);
  });

  it('reads a file in a folder and at a commit SHA', async () => {
    const { ctx, fake } = await start();
    const file = await readFile(ctx, 'docs/other.md', fake.branchSha('main')!);
    expect(file?.text).toBe('other\n');
  });

  it('returns null for a missing file', async () => {
    const { ctx } = await start();
    expect(await readFile(ctx, 'NOPE.md', 'main')).toBeNull();
  });

  it('fetches a file over 1 MB with the raw media type, keeping the blob SHA from the first answer', async () => {
    const { ctx, fake, requests } = await start({ largeFileBytes: 20 });
    const file = await readFile(ctx, 'README.md', 'main');
    const small = await readFile(ctx, 'docs/other.md', 'main');
    expect(file?.text).toBe(LIST);
    expect(small?.text).toBe('other\n');
    expect(requests).toHaveLength(3);
    // The blob SHA is the one a later PUT must send: it is the same one the fake would check.
    await commitFileToBranch(ctx, {
      branch: 'main',
      path: 'README.md',
      text: 'x',
      blobSha: file!.sha,
      message: 'm',
    });
    expect(fake.fileAt('main', 'README.md')).toBe('x');
  });

  it('readListFile names the path and the branch when the list is missing', async () => {
    const { ctx } = await start();
    const error = await readListFile(ctx, 'LIST.md', 'main').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ListFileNotFoundError);
    expect((error as Error).message).toMatch(
      /^the list file LIST\.md was not found on branch main: set list-path/,
    );
  });

  it('says which permission to grant when the token cannot read', async () => {
    const { ctx, fake } = await start();
    fake.forbid({ path: /^\/contents\// });
    const error = await readFile(ctx, 'README.md', 'main').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubSetupError);
    expect((error as Error).message).toMatch(
      /could not read README\.md at main in octo\/papers: the token lacks the "contents: read" permission/,
    );
  });
});

describe('createBranch and moveBranch', () => {
  it('creates a branch at a commit', async () => {
    const { ctx, fake, requests } = await start();
    const base = fake.branchSha('main')!;
    expect(await createBranch(ctx, 'arxiv-curator/new-papers', base)).toBe('created');
    expect(fake.branchSha('arxiv-curator/new-papers')).toBe(base);
    expect(requests).toHaveLength(1);
  });

  it('resets a leftover branch to the commit instead of failing (one more request)', async () => {
    const { ctx, fake, requests } = await start();
    const base = fake.branchSha('main')!;
    await createBranch(ctx, 'bot', base);
    fake.pushCommit('bot', 'README.md', 'half-written');
    expect(await createBranch(ctx, 'bot', base)).toBe('reset');
    expect(fake.branchSha('bot')).toBe(base);
    expect(requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 201', 'POST 422', 'PATCH 200']);
  });

  it('refuses a non-fast-forward without force as a conflict, and forces when asked', async () => {
    const { ctx, fake } = await start();
    const base = fake.branchSha('main')!;
    await createBranch(ctx, 'bot', base);
    const ahead = fake.pushCommit('bot', 'README.md', 'ahead');
    await expect(moveBranch(ctx, 'bot', base, { force: false })).rejects.toBeInstanceOf(GitHubConflictError);
    expect(fake.branchSha('bot')).toBe(ahead);
    await moveBranch(ctx, 'bot', base, { force: true });
    expect(fake.branchSha('bot')).toBe(base);
  });

  it('says to grant contents: write when the token cannot push', async () => {
    const { ctx, fake } = await start();
    fake.forbid({ method: 'POST', path: '/git/refs' });
    await expect(createBranch(ctx, 'bot', fake.branchSha('main')!)).rejects.toThrow(
      /could not create branch bot in octo\/papers: the token lacks the "contents: write" permission \(403 Resource not accessible by integration\)/,
    );
  });
});

describe('commitFileToBranch (contents API)', () => {
  it('commits on top of the branch head in one request, without author or committer', async () => {
    const { ctx, fake, requests } = await start();
    const base = fake.branchSha('main')!;
    await createBranch(ctx, 'bot', base);
    const file = (await readFile(ctx, 'README.md', 'bot'))!;
    requests.length = 0;
    const result = await commitFileToBranch(ctx, {
      branch: 'bot',
      path: 'README.md',
      text: `${LIST}- new\r\n`,
      blobSha: file.sha,
      message: 'Add 1 paper',
    });
    expect(requests).toHaveLength(1);
    expect(fake.branchSha('bot')).toBe(result.commitSha);
    const commit = fake.commit(result.commitSha);
    expect(commit).toMatchObject({ parents: [base], message: 'Add 1 paper', author: null, committer: null });
    expect(fake.fileAt('bot', 'README.md')).toBe(`${LIST}- new\r\n`);
    expect(fake.fileAt('bot', 'docs/other.md')).toBe('other\n');
  });

  it('is a conflict when the file changed since it was read', async () => {
    const { ctx, fake } = await start();
    const file = (await readFile(ctx, 'README.md', 'main'))!;
    fake.editBaseFile('README.md', (old) => `${old}- by hand\n`);
    const error = await commitFileToBranch(ctx, {
      branch: 'main',
      path: 'README.md',
      text: 'x',
      blobSha: file.sha,
      message: 'm',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubConflictError);
    expect((error as Error).message).toMatch(
      /changed while the run was working \(409 README\.md does not match/,
    );
  });

  it('still commits on top when someone else committed another file meanwhile (never a force)', async () => {
    const { ctx, fake } = await start();
    const file = (await readFile(ctx, 'README.md', 'main'))!;
    const other = fake.pushCommit('main', 'docs/other.md', 'edited');
    const result = await commitFileToBranch(ctx, {
      branch: 'main',
      path: 'README.md',
      text: 'x',
      blobSha: file.sha,
      message: 'm',
    });
    expect(fake.commit(result.commitSha).parents).toEqual([other]);
    expect(fake.fileAt('main', 'docs/other.md')).toBe('edited');
  });
});

describe('createFileCommit (git data API)', () => {
  it('makes a commit with an explicit parent and the other files of its tree, moving no branch', async () => {
    const { ctx, fake, requests } = await start();
    const head = await getBranchHead(ctx, 'main');
    requests.length = 0;
    const result = await createFileCommit(ctx, {
      parentSha: head.commitSha,
      baseTreeSha: head.treeSha,
      path: 'README.md',
      text: 'rebuilt',
      message: 'Rebuild',
    });
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'POST /repos/octo/papers/git/trees',
      'POST /repos/octo/papers/git/commits',
    ]);
    expect(fake.commit(result.commitSha)).toMatchObject({
      parents: [head.commitSha],
      author: null,
      committer: null,
    });
    expect(fake.fileAt(result.commitSha, 'README.md')).toBe('rebuilt');
    expect(fake.fileAt(result.commitSha, 'docs/other.md')).toBe('other\n');
    expect(fake.branchSha('main')).toBe(head.commitSha);
  });
});
