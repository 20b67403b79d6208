/**
 * The maintainer's review loop (issue 10), as whole runs of the Action against the fake GitHub and
 * the fake arXiv: the PR is a true account of its branch after every run, one click rejects a
 * paper, `max-papers` bounds the open PR and queues the rest, and re-runs, dry runs and failures
 * hold no surprises. Each test names the problem it guards; GitHub requests are counted against
 * SPEC §9 (create ≤ 8, update ≤ 8, unchanged ≤ 4 reads; a body refresh may add one PATCH).
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeMarker, type MarkerData } from '../../src/pr/marker.js';
import type { Paper } from '../../src/types.js';
import { BRANCH, LIST, offTopic, onTopic, startWorld, type RunResult, type World } from './harness.js';

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

const writes = (result: RunResult) => result.github.filter((r) => r.method !== 'GET');
const forcePushes = (result: RunResult) =>
  result.github.filter((r) => r.method === 'PATCH' && r.path.includes('/git/refs/'));

function markerOf(w: World, number: number): MarkerData {
  const decoded = decodeMarker(w.github.pull(number).body);
  if (!('marker' in decoded)) throw new Error(decoded.warning);
  return decoded.marker;
}

function onlyPull(w: World): number {
  const open = w.github.openPulls();
  expect(open).toHaveLength(1);
  return open[0]!.number;
}

/** The ids whose entries the list at `ref` links to as `/pdf/ID` (the seed list's form) and `main`'s does not. */
function entriesAt(w: World, ref: string): string[] {
  const linked = (at: string): string[] =>
    [...(w.github.fileAt(at, LIST) ?? '').matchAll(/\]\(https:\/\/arxiv\.org\/pdf\/(\d{4}\.\d{4,5})\)/g)].map(
      (m) => m[1]!,
    );
  const base = new Set(linked('main'));
  return linked(ref)
    .filter((id) => !base.has(id))
    .sort();
}

/** The ids ticked (or unticked) in the body's review checklist. */
function checklist(body: string, ticked = true): string[] {
  const box = ticked ? 'x' : ' ';
  return [...body.matchAll(new RegExp(`^- \\[${box}\\] (\\d{4}\\.\\d{5})`, 'gm'))].map((m) => m[1]!).sort();
}

function untick(w: World, number: number, id: string): void {
  w.github.editPullBody(number, (body) => {
    expect(body).toContain(`- [x] ${id} `);
    return body.replace(`- [x] ${id} `, `- [ ] ${id} `);
  });
}

function decisionsOf(result: RunResult): Record<string, string> {
  const rows = JSON.parse(readFileSync(result.outputs['candidates-file']!, 'utf8')) as {
    arxivId: string;
    decision: string;
  }[];
  return Object.fromEntries(rows.map((row) => [row.arxivId, row.decision]));
}

/** `count` on-topic papers submitted on Nov 24–25, ids 2611.20001…, all scoring alike (ties by id). */
function qualifying(count: number): Paper[] {
  return Array.from({ length: count }, (_, i) =>
    onTopic(
      `2611.${String(20001 + i)}`,
      `2026-11-2${4 + (i % 2)}T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z`,
    ),
  );
}
const ids = (papers: readonly Paper[]): string[] => papers.map((p) => p.arxivId).sort();
const MAX_10 = { 'max-papers': '10' };

describe('1. a re-run never grows the PR: max-papers bounds the open PR, the rest is queued', () => {
  it('three runs on one night with 25 qualifying papers and max-papers 10: the PR holds 10, the body queues 15', async () => {
    const papers = qualifying(25);
    world = await startWorld({ papers });
    const runs = [await world.night(MAX_10), await world.night(MAX_10), await world.night(MAX_10)];
    expect(runs.map((r) => r.error)).toEqual(['', '', '']);
    expect(runs.map((r) => r.outputs['pull-request-operation'])).toEqual([
      'created',
      'unchanged',
      'unchanged',
    ]);
    const number = onlyPull(world);
    expect(entriesAt(world, BRANCH)).toEqual(ids(papers.slice(0, 10)));
    const marker = markerOf(world, number);
    expect(marker.proposed.map((p) => p.id)).toEqual(ids(papers.slice(0, 10)));
    expect(marker.queue.map((q) => q.id)).toEqual(ids(papers.slice(10)));
    const body = world.github.pull(number).body;
    expect(body).toContain('### Queued, not yet in this PR\n15 papers qualified beyond `max-papers: 10`');
    for (const paper of papers.slice(10))
      expect(body).toContain(`](https://arxiv.org/abs/${paper.arxivId}) |`);
    expect(world.github.pull(number).title).toBe('arxiv-curator: 10 new papers (Nov 24–25, 2026)');
    // The re-runs read, and write nothing.
    expect(runs[0]!.github.length).toBeLessThanOrEqual(8);
    for (const rerun of runs.slice(1)) {
      expect(writes(rerun)).toEqual([]);
      expect(rerun.github.length).toBeLessThanOrEqual(4);
      expect(decisionsOf(rerun)).toMatchObject(
        Object.fromEntries(papers.slice(10).map((p) => [p.arxivId, 'over-cap'])),
      );
    }
  });

  it('a week away: new qualifying papers every night never take the PR past max-papers; they queue', async () => {
    world = await startWorld({ papers: qualifying(8) });
    await world.night(MAX_10);
    for (let night = 0; night < 7; night += 1) {
      world.advanceDays(1);
      const day = 27 + night;
      for (let k = 0; k < 3; k += 1) {
        world.papers.push(
          onTopic(`2611.${30001 + night * 3 + k}`, `2026-11-${day > 30 ? 30 : day}T0${k + 1}:00:00Z`),
        );
      }
      const result = await world.night(MAX_10);
      expect(result.error).toBe('');
      expect(entriesAt(world, BRANCH)).toHaveLength(10);
    }
    const marker = markerOf(world, onlyPull(world));
    expect(marker.proposed).toHaveLength(10);
    expect(marker.queue).toHaveLength(8 + 21 - 10);
  });

  it('merge → the next run opens a PR with the next 10 queued papers, fetched by id although they left the window', async () => {
    const papers = qualifying(25);
    world = await startWorld({ papers });
    await world.night(MAX_10);
    world.github.mergePull(onlyPull(world));
    world.advanceDays(10);
    const before = world.arxiv.requests.length;
    const next = await world.night(MAX_10);
    expect(next.error).toBe('');
    expect(next.outputs['pull-request-operation']).toBe('created');
    expect(next.outputs['papers-added']).toBe('10');
    const requests = world.arxiv.requests.slice(before);
    expect(requests).toHaveLength(2);
    // The window no longer reaches the papers' days; the queue is fetched by id, politely spaced.
    expect(requests[0]!.searchQuery).toMatch(/submittedDate:\[202611270000 TO /);
    expect(requests[0]!.totalResults).toBe(0);
    expect(requests[1]!.idList).toEqual(ids(papers.slice(10)));
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(1_000);
    const number = onlyPull(world);
    expect(entriesAt(world, BRANCH)).toEqual(ids(papers.slice(10, 20)));
    expect(markerOf(world, number).queue.map((q) => q.id)).toEqual(ids(papers.slice(20)));
    expect(next.github.length).toBeLessThanOrEqual(8);
    expect(decisionsOf(next)).toMatchObject(
      Object.fromEntries(papers.slice(10, 20).map((p) => [p.arxivId, 'proposed'])),
    );
  });

  it('a queued paper that is listed by hand or ignored leaves the queue and is never proposed', async () => {
    const papers = qualifying(12);
    world = await startWorld({ papers });
    await world.night(MAX_10);
    const number = onlyPull(world);
    expect(markerOf(world, number).queue.map((q) => q.id)).toEqual(ids(papers.slice(10)));
    world.github.editBaseFile(LIST, (text) =>
      text!.replace('## Tools', `- [By hand](https://arxiv.org/abs/${papers[10]!.arxivId})\n\n## Tools`),
    );
    writeFileSync(
      join(world.workspace, '.github', 'arxiv-curator.yml'),
      `ignore: ["${papers[11]!.arxivId}"]\n`,
    );
    untick(world, number, papers[0]!.arxivId);
    world.advanceDays(10);
    const next = await world.night(MAX_10);
    expect(next.error).toBe('');
    expect(entriesAt(world, BRANCH)).toEqual(ids(papers.slice(1, 10)));
    expect(markerOf(world, number).queue).toEqual([]);
  });

  it('a close frees the room too: the queue goes to the next PR, the closed papers are rejected', async () => {
    const papers = qualifying(12);
    world = await startWorld({ papers });
    await world.night(MAX_10);
    world.github.closePull(onlyPull(world));
    world.advanceDays(1);
    const next = await world.night(MAX_10);
    expect(next.outputs['pull-request-operation']).toBe('created');
    expect(entriesAt(world, BRANCH)).toEqual(ids(papers.slice(10)));
    const decisions = decisionsOf(next);
    for (const paper of papers.slice(0, 10)) expect(decisions[paper.arxivId]).toBe('rejected');
  });
});

describe('2. reasons never vanish, and the title spans the papers the PR holds', () => {
  it('papers of earlier nights keep their score, reasons and links in the table and the score cards', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    await world.night();
    const number = onlyPull(world);
    const row = (body: string, id: string) =>
      new RegExp(
        `\\(https://arxiv\\.org/abs/${id}\\) \\| (\\d+\\.?\\d*) \\| title "unified multimodal" \\+4\\.5`,
      ).exec(body)?.[1];
    const firstScore = row(world.github.pull(number).body, '2611.10001');
    expect(Number(firstScore)).toBeGreaterThan(7);
    world.advanceDays(2);
    world.papers.push(onTopic('2611.10002', '2026-11-27T12:00:00Z'));
    const second = await world.night({ 'window-days': '2' });
    expect(second.outputs['pull-request-operation']).toBe('updated');
    const { body, title } = world.github.pull(number);
    expect(title).toBe('arxiv-curator: 2 new papers (Nov 24–27, 2026)');
    expect(body).not.toContain('earlier night');
    for (const id of ['2611.10001', '2611.10002']) {
      // The same paper the next night: the same score (the two papers are alike, so the new one too).
      expect(row(body, id)).toBe(firstScore);
      expect(body).toContain(`<summary><b>${id}</b>`);
      expect(body).toContain(`[💻 code](https://github.com/example/model-${id.replace('.', '-')})`);
    }
    expect(checklist(body)).toEqual(['2611.10001', '2611.10002']);
  });
});

describe('3. the PR tells the truth after a maintainer edit, even with nothing new', () => {
  it('a deleted entry: the next run refreshes the title and body (one PATCH) and records the paper as rejected', async () => {
    world = await startWorld({
      papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z'), onTopic('2611.10002', '2026-11-25T10:00:00Z')],
    });
    await world.night();
    const number = onlyPull(world);
    world.github.pushCommit(BRANCH, LIST, (text) => removeEntry(text!, '2611.10002'), 'Drop one paper');
    world.advanceDays(1);
    const next = await world.night();
    expect(next.error).toBe('');
    expect(next.outputs['pull-request-operation']).toBe('updated');
    expect(writes(next).map((r) => r.method)).toEqual(['PATCH']);
    expect(next.github.length).toBeLessThanOrEqual(4 + 1);
    const { title, body } = world.github.pull(number);
    expect(title).toBe('arxiv-curator: 1 new paper (Nov 24, 2026)');
    expect(checklist(body)).toEqual(['2611.10001']);
    expect(body).toContain('### Rejected in review\n\n- ~~2611.10002 Unified Multimodal Model 2611.10002');
    expect(body).toContain('(entry deleted)');
    expect(decisionsOf(next)['2611.10002']).toBe('rejected');
    // And then it stays quiet.
    const again = await world.night();
    expect(writes(again)).toEqual([]);
    expect(again.outputs['pull-request-operation']).toBe('unchanged');
  });

  it('an edited description is put back (one PATCH), and a second run writes nothing', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    await world.night();
    const number = onlyPull(world);
    const original = world.github.pull(number).body;
    world.github.editPullBody(number, (body) =>
      body.replace('**Reviewing:**', 'I rewrote this. **Reviewing:**'),
    );
    const fixed = await world.night();
    expect(fixed.outputs['pull-request-operation']).toBe('updated');
    expect(writes(fixed).map((r) => r.method)).toEqual(['PATCH']);
    expect(fixed.github.length).toBeLessThanOrEqual(5);
    // The account is back; only the last run's line tells of the run that wrote it.
    const lastRun = /^\*\*Last run:\*\*.*$/m;
    const marker = /<!-- arxiv-curator:.*-->/;
    const body = world.github.pull(number).body;
    expect(body).not.toContain('I rewrote this');
    expect(body.replace(lastRun, '').replace(marker, '')).toBe(
      original.replace(lastRun, '').replace(marker, ''),
    );
    expect(body).toMatch(/^\*\*Last run:\*\* .* 1 already in the open PR → 0 proposed\.$/m);
    const quiet = await world.night();
    expect(writes(quiet)).toEqual([]);
  });
});

describe('4. every count comes from one funnel and adds up', () => {
  it('fetched = unique + duplicates; unique = the sum of the decisions; body, summary and candidates agree', async () => {
    const listed = onTopic('2504.02782', '2026-11-24T09:00:00Z', 'GPT-ImgEval Listed Again');
    const below = Array.from({ length: 4 }, (_, i) => offTopic(`2611.4000${i + 1}`, '2026-11-25T09:00:00Z'));
    const twice = { ...onTopic('2611.10009', '2026-11-25T10:00:00Z'), version: 2 };
    const papers = [
      ...qualifying(13),
      listed,
      ...below,
      onTopic('2611.10009', '2026-11-25T10:00:00Z'),
      twice,
    ];
    world = await startWorld({ papers });
    const result = await world.night(MAX_10);
    expect(result.error).toBe('');
    const marker = markerOf(world, onlyPull(world));
    const f = marker.run!.funnel;
    expect([f.duplicates, f.listed, f.belowThreshold, f.overCap, f.proposed]).toEqual([1, 1, 4, 4, 10]);
    expect(f.fetched).toBe(f.unique + f.duplicates);
    expect(f.unique).toBe(
      f.listed + f.inOpenPr + f.rejected + f.excluded + f.belowThreshold + f.overCap + f.proposed,
    );
    const decisions = Object.values(decisionsOf(result));
    const count = (d: string) => decisions.filter((x) => x === d).length;
    expect([count('proposed'), count('over-cap'), count('below-threshold'), count('listed')]).toEqual([
      f.proposed,
      f.overCap,
      f.belowThreshold,
      f.listed,
    ]);
    expect(f.overCap).toBe(marker.queue.length);
    const body = world.github.pull(onlyPull(world)).body;
    expect(body).toContain(
      `→ ${f.belowThreshold} below the threshold of 7.0 → ${f.overCap} queued (over the cap) → ${f.proposed} proposed.`,
    );
    expect(body).toContain(`${f.belowThreshold} papers scored below the threshold of 7.0`);
    expect(body).toContain(`${f.overCap} papers qualified beyond \`max-papers: 10\``);
    expect(result.summary).toContain(
      `**Funnel:** ${f.onArxiv} on arXiv → ${f.fetched} fetched → ${f.unique} unique`,
    );
    expect(result.summary).toContain(`${f.overCap} queued (over the cap) → ${f.proposed} proposed`);
  });
});

describe('5. a dry run says what it would do and never claims it did', () => {
  it('on an open PR: pull-request-operation none, planned-operation updated, nothing written', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    await world.night();
    world.advanceDays(1);
    world.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    const dry = await world.night({ 'dry-run': 'true' });
    expect(dry.outputs['pull-request-operation']).toBe('none');
    expect(dry.outputs['planned-operation']).toBe('updated');
    expect(dry.outputs['papers-added']).toBe('0');
    expect(writes(dry)).toEqual([]);
    expect(dry.stdout).toMatch(
      /dry run: would rebuild the pull request on the current base \(.*\), nothing was written/,
    );
    expect(dry.summary).toContain('**Dry run:** would rebuild the pull request on the current base');
    expect(dry.summary).not.toMatch(/^(Opened|Rebuilt|Updated) /m);
  });
});

describe('6. a failed PR leaves no branch behind, and the summary says exactly what was left', () => {
  it('GitHub refuses the PR: the branch this run created is deleted again', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    world.github.forbidPullCreation();
    const failed = await world.night();
    expect(failed.failed).toBe(true);
    expect(failed.error).toMatch(/not permitted to create or approve pull requests/);
    expect(world.github.branchSha(BRANCH)).toBeUndefined();
    expect(failed.github.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([204]);
    expect(failed.summary).toContain(
      'No pull request was opened. The branch arxiv-curator/new-papers this run created was deleted again; nothing else was written.',
    );
    expect(failed.summary).toContain('Before it failed, the run made 3 writes to GitHub');
    expect(failed.summary).not.toContain('Nothing was left half-written');
  });

  it.each([
    ['before the bot committed', 'PUT', /\/contents\//],
    ['after the bot committed', 'GET', /\/git\/ref\/heads\//],
  ])('a branch someone pushed to %s is never deleted', async (_when, method, path) => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    world.github.forbidPullCreation();
    const github = world.github;
    let pushed = '';
    github.beforeHandling = (request) => {
      if (request.method === method && path.test(request.path) && pushed === '') {
        pushed = github.pushCommit(BRANCH, 'NOTES.md', 'a maintainer note\n');
      }
    };
    const failed = await world.night();
    expect(failed.failed).toBe(true);
    expect(pushed).not.toBe('');
    expect(world.github.isAncestor(pushed, world.github.branchSha(BRANCH)!)).toBe(true);
    expect(failed.github.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect(failed.summary).toContain('was left, because someone else pushed to it since');
  });
});

describe('one-click review: untick a paper to reject it', () => {
  it('untick one → the next run removes exactly that entry (a rebuild) and it is never proposed again', async () => {
    world = await startWorld({
      papers: [
        onTopic('2611.10001', '2026-11-24T10:00:00Z'),
        onTopic('2611.10002', '2026-11-25T10:00:00Z'),
        onTopic('2611.10003', '2026-11-25T11:00:00Z'),
      ],
    });
    await world.night();
    const number = onlyPull(world);
    untick(world, number, '2611.10002');
    const next = await world.night();
    expect(next.error).toBe('');
    expect(next.outputs['pull-request-operation']).toBe('updated');
    expect(entriesAt(world, BRANCH)).toEqual(['2611.10001', '2611.10003']);
    expect(world.github.commit(world.github.branchSha(BRANCH)!).parents).toEqual([
      world.github.branchSha('main'),
    ]);
    expect(next.github.length).toBeLessThanOrEqual(8);
    const { body, title } = world.github.pull(number);
    expect(title).toBe('arxiv-curator: 2 new papers (Nov 24–25, 2026)');
    expect(checklist(body)).toEqual(['2611.10001', '2611.10003']);
    expect(checklist(body, false)).toEqual([]);
    expect(body).toContain('- ~~2611.10002 Unified Multimodal Model 2611.10002');
    expect(body).toContain('(unticked)');
    expect(decisionsOf(next)['2611.10002']).toBe('rejected');
    // Nights later, and after the merge, it is never proposed again.
    world.advanceDays(1);
    expect(writes(await world.night())).toEqual([]);
    world.github.mergePull(number);
    world.advanceDays(1);
    const after = await world.night();
    expect(after.outputs['pull-request-operation']).toBe('none');
    expect(decisionsOf(after)['2611.10002']).toBe('rejected');
  });

  it('the re-run started by the edit itself (the bot PATCHed its own body) finds nothing to change', async () => {
    world = await startWorld({
      papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z'), onTopic('2611.10002', '2026-11-25T10:00:00Z')],
    });
    await world.night();
    untick(world, onlyPull(world), '2611.10001');
    await world.night();
    const echo = await world.night();
    expect(echo.outputs['pull-request-operation']).toBe('unchanged');
    expect(writes(echo)).toEqual([]);
    expect(echo.github.length).toBeLessThanOrEqual(4);
  });

  it('untick on a PR a maintainer has committed to → a commit on top that removes the entry, no force-push', async () => {
    world = await startWorld({
      papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z'), onTopic('2611.10002', '2026-11-25T10:00:00Z')],
    });
    await world.night();
    const number = onlyPull(world);
    const maintainer = world.github.pushCommit(
      BRANCH,
      LIST,
      (text) => text!.replace('## Tools', '## Tools\n* A tool the maintainer added.'),
      'Maintainer edit',
    );
    untick(world, number, '2611.10001');
    const next = await world.night();
    expect(next.error).toBe('');
    expect(next.outputs['pull-request-operation']).toBe('updated');
    expect(forcePushes(next)).toEqual([]);
    const head = world.github.branchSha(BRANCH)!;
    expect(world.github.commit(head).parents).toEqual([maintainer]);
    expect(world.github.commit(head).message).toBe('arxiv-curator: remove 1 paper unticked in review');
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(text).toContain('* A tool the maintainer added.');
    expect(entriesAt(world, BRANCH)).toEqual(['2611.10002']);
    expect(text).toContain('* Nov-26-2026: Add 1 paper.');
    expect(next.github.length).toBeLessThanOrEqual(8);
    const { body } = world.github.pull(number);
    expect(checklist(body)).toEqual(['2611.10002']);
    expect(body).toContain('- ~~2611.10001 ');
    // The next night leaves it alone.
    world.advanceDays(1);
    expect(writes(await world.night())).toEqual([]);
  });

  it('untick frees room: the best queued paper takes it in the same run', async () => {
    const papers = qualifying(12);
    world = await startWorld({ papers });
    await world.night(MAX_10);
    const number = onlyPull(world);
    untick(world, number, papers[3]!.arxivId);
    const next = await world.night(MAX_10);
    expect(next.outputs['pull-request-operation']).toBe('updated');
    const expected = ids([...papers.slice(0, 3), ...papers.slice(4, 11)]);
    expect(entriesAt(world, BRANCH)).toEqual(expected);
    expect(markerOf(world, number).queue.map((q) => q.id)).toEqual([papers[11]!.arxivId]);
  });

  it('allow undoes an untick: the paper is proposed again', async () => {
    world = await startWorld({
      papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z'), onTopic('2611.10002', '2026-11-25T10:00:00Z')],
    });
    await world.night();
    const number = onlyPull(world);
    untick(world, number, '2611.10002');
    await world.night();
    expect(entriesAt(world, BRANCH)).toEqual(['2611.10001']);
    writeFileSync(join(world.workspace, '.github', 'arxiv-curator.yml'), 'allow: ["2611.10002"]\n');
    world.advanceDays(1);
    const allowed = await world.night();
    expect(allowed.error).toBe('');
    expect(entriesAt(world, BRANCH)).toEqual(['2611.10001', '2611.10002']);
    expect(checklist(world.github.pull(number).body)).toEqual(['2611.10001', '2611.10002']);
  });
});

/** The details entry of `id`, from its heading to the next heading, taken out of the text. */
function removeEntry(text: string, id: string): string {
  const at = text.indexOf(`https://arxiv.org/pdf/${id}`);
  const start = text.lastIndexOf('\n### ', at) + 1;
  const end = text.indexOf('\n#', at) + 1;
  return text.slice(0, start) + text.slice(end);
}

describe('8. the run says which profile and which overrides it used', () => {
  it('names the keys the config file and the inputs replaced', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    const plain = await world.night({ 'dry-run': 'true' });
    expect(plain.stdout).toContain(
      'arxiv-curator: README.md in lists/awesome-gpt-image, profile gpt-image-generation as built in',
    );
    writeFileSync(
      join(world.workspace, '.github', 'arxiv-curator.yml'),
      'query: { phrases: ["image editing"] }\nscoring: { terms: [{ phrase: "image editing", weight: 8 }], min-score: 6 }\n',
    );
    const configured = await world.night({ 'dry-run': 'true', 'min-score': '5' });
    expect(configured.error).toBe('');
    expect(configured.stdout).toContain(
      'profile gpt-image-generation, with query.phrases and scoring.terms from .github/arxiv-curator.yml and min-score from the inputs',
    );
  });
});

describe('7. a misconfigured arxiv-api-url fails at once and names the host, not arXiv', () => {
  it.each([
    [
      'a port nothing listens on',
      'http://127.0.0.1:1/api/query',
      /127\.0\.0\.1:1 refused the connection \(ECONNREFUSED\)/,
    ],
    ['a wrong path', 'PATH', /answered HTTP 404 \(not found\) for \/api\/quer;/],
  ])('%s', async (_name, url, message) => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    const apiUrl = url === 'PATH' ? world.arxiv.url.replace('/api/query', '/api/quer') : url;
    const start = world.clock.now();
    const result = await world.night({ 'arxiv-api-url': apiUrl });
    expect(result.failed).toBe(true);
    expect(result.error).toMatch(message);
    expect(result.error).toMatch(/^arxiv-api-url http:\/\/127\.0\.0\.1:\d+\/api\/quer/);
    expect(result.error).not.toMatch(/last message from arXiv|retry \d|retries/);
    expect(world.clock.now() - start).toBeLessThan(1_000);
    expect(result.summary).toContain('### arxiv-curator — the run failed');
    expect(result.summary).toContain('Nothing was written to GitHub.');
    expect(writes(result)).toEqual([]);
  });
});
