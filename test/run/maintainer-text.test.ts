/**
 * Text a maintainer writes in the PR description outside the bot's section survives every bot
 * write (rebuild, append, refresh, close), through whole runs; the review loop reads only the
 * bot's own section, and an unchanged night writes nothing.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { SECTION_END, SECTION_START } from '../../src/pr/bot-section.js';
import { decodeMarker } from '../../src/pr/marker.js';
import { BRANCH, LIST, onTopic, removeEntry, startWorld, type RunResult, type World } from './harness.js';

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

const BEFORE = 'Maintainer: please check the first paper against our scope.\n\n';
const AFTER =
  '\n\n---\nDiscussed in #12. Rejected earlier: see the list below.\n- [ ] 2611.10001 not a review item\n';

const writes = (result: RunResult) => result.github.filter((r) => r.method !== 'GET');

/** The maintainer adds text above and below the bot's section in the browser (CRLF line endings). */
function addTheirs(number: number, edit: (body: string) => string = (b) => b): void {
  world!.github.editPullBody(number, (body) => `${BEFORE}${edit(body)}${AFTER}`);
}

function expectTheirsKept(number: number): string {
  const body = world!.github.pull(number).body.replace(/\r\n/g, '\n');
  expect(body.startsWith(`${BEFORE}${SECTION_START}\n`)).toBe(true);
  expect(body.endsWith(`\n${SECTION_END}${AFTER}`)).toBe(true);
  expect(body.split(BEFORE)).toHaveLength(2);
  return body;
}

const proposedIn = (body: string): string[] => {
  const decoded = decodeMarker(body);
  if (!('marker' in decoded)) throw new Error(decoded.warning);
  return decoded.marker.proposed.map((p) => p.id);
};

describe("the maintainer's text in the PR description", () => {
  it('survives a rebuild with an untick, an unchanged night and an append on top of their commit', async () => {
    world = await startWorld({
      papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z'), onTopic('2611.10002', '2026-11-25T10:00:00Z')],
    });
    const first = await world.night();
    const number = Number(first.outputs['pull-request-number']);
    const created = world.github.pull(number).body;
    expect(created.startsWith(SECTION_START)).toBe(true);
    expect(created.endsWith(SECTION_END)).toBe(true);
    // Their text, and an untick in the bot's section; their own unticked line is not a review item.
    addTheirs(number, (body) => body.replace('- [x] 2611.10002 ', '- [ ] 2611.10002 '));

    world.advanceDays(1);
    world.papers.push(onTopic('2611.10003', '2026-11-26T12:00:00Z'));
    const rebuilt = await world.night();
    expect(rebuilt.error).toBe('');
    expect(rebuilt.outputs['pull-request-operation']).toBe('updated');
    let body = expectTheirsKept(number);
    expect(proposedIn(body)).toEqual(['2611.10001', '2611.10003']);
    expect(body).toContain('- ~~2611.10002 ');
    expect(world.github.fileAt(BRANCH, LIST)).not.toContain('2611.10002');
    expect(world.github.fileAt(BRANCH, LIST)).toContain('2611.10001');

    // Nothing new: their text (with the browser's CRLF) is no reason to write.
    const quiet = await world.night();
    expect(quiet.outputs['pull-request-operation']).toBe('unchanged');
    expect(writes(quiet)).toEqual([]);

    world.github.pushCommit(BRANCH, LIST, (text) => text!.replace('## Tools', '## Tools\n* Their tool.'));
    world.advanceDays(1);
    world.papers.push(onTopic('2611.10004', '2026-11-27T12:00:00Z'));
    const appended = await world.night();
    expect(appended.error).toBe('');
    expect(appended.github.some((r) => r.method === 'PATCH' && r.path.includes('/git/refs/'))).toBe(false);
    body = expectTheirsKept(number);
    expect(proposedIn(body)).toEqual(['2611.10001', '2611.10003', '2611.10004']);
  });

  it('survives a refresh of the description and the close when every paper is listed', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    const first = await world.night();
    const number = Number(first.outputs['pull-request-number']);
    // They also rewrote a line of the bot's section: that part is put back, theirs kept.
    addTheirs(number, (body) => body.replace('**Reviewing:**', 'I rewrote this. **Reviewing:**'));
    const refreshed = await world.night();
    expect(refreshed.outputs['pull-request-operation']).toBe('updated');
    expect(writes(refreshed).map((r) => r.method)).toEqual(['PATCH']);
    expect(expectTheirsKept(number)).not.toContain('I rewrote this');

    world.github.editBaseFile(LIST, (text) =>
      text!.replace('## Tools', '- [By hand](https://arxiv.org/abs/2611.10001)\n\n## Tools'),
    );
    world.advanceDays(1);
    const closed = await world.night();
    expect(closed.error).toBe('');
    expect(world.github.pull(number).state).toBe('closed');
    expectTheirsKept(number);
  });

  it("an old body without the section comments is taken as the bot's, and from then on has them", async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    const first = await world.night();
    const number = Number(first.outputs['pull-request-number']);
    // As an earlier version wrote it: the same section, without the comments.
    world.github.editPullBody(number, (body) =>
      body.replace(`${SECTION_START}\n`, '').replace(`\n${SECTION_END}`, '\n'),
    );
    const next = await world.night();
    expect(next.outputs['pull-request-operation']).toBe('updated');
    const body = world.github.pull(number).body;
    expect(body.startsWith(SECTION_START)).toBe(true);
    expect(body.split(SECTION_START)).toHaveLength(2);
    expect(proposedIn(body)).toEqual(['2611.10001']);
    // And an entry deleted in the diff is still read from the branch as before.
    world.github.pushCommit(BRANCH, LIST, (text) => removeEntry(text!, '2611.10001'));
    world.advanceDays(1);
    expect((await world.night()).error).toBe('');
    const decoded = decodeMarker(world.github.pull(number).body);
    expect('marker' in decoded && decoded.marker.removed.map((r) => r.id)).toEqual(['2611.10001']);
  });
});
