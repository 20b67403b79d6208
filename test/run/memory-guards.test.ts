/**
 * The safety properties src/pr/memory.ts guards, each through whole runs against the fake GitHub
 * and the fake arXiv: what the bot puts back, what it force-pushes, what it counts as rejected.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { decodeMarker, type MarkerData } from '../../src/pr/marker.js';
import { BRANCH, LIST, onTopic, removeEntry, startWorld, type World } from './harness.js';

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

/** An entry of the seed list (its own, not one the bot proposed). */
const OLD_ENTRY = '2504.02826';

describe('the memory guards, through whole runs', () => {
  it('an old entry a maintainer deletes from the base while a bot-only PR is open is not put back by the rebuild', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    const first = await world.night();
    expect(first.outputs['pull-request-operation']).toBe('created');
    expect(world.github.fileAt(BRANCH, LIST)).toContain(OLD_ENTRY);
    const base = world.github.editBaseFile(LIST, (text) => removeEntry(text!, OLD_ENTRY));

    world.advanceDays(1);
    world.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    const second = await world.night();
    expect(second.error).toBe('');
    expect(second.outputs['pull-request-operation']).toBe('updated');
    // Rebuilt on the new base (a bot-only branch), and the deleted entry stays deleted.
    expect(world.github.commit(world.github.branchSha(BRANCH)!).parents).toEqual([base]);
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(text).not.toContain(OLD_ENTRY);
    expect(text).toContain('Unified Multimodal Model 2611.10001');
    expect(text).toContain('Unified Multimodal Model 2611.10002');
    const pull = world.github.pull(Number(second.outputs['pull-request-number']));
    expect(markerOf(pull.body).proposed.map((p) => p.id)).toEqual(['2611.10001', '2611.10002']);
    expect(pull.body).not.toContain(OLD_ENTRY);
  });

  it('a PR head the compare cannot show (over 250 commits ahead) counts as foreign: never force-pushed', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    const first = await world.night();
    const number = Number(first.outputs['pull-request-number']);
    // The PR as the bot left it: its head is the bot's, and no earlier head is recorded.
    const before = markerOf(world.github.pull(number).body);
    expect(before.previousHeadSha).toBeNull();
    expect(world.github.branchSha(BRANCH)).toBe(before.headSha);

    world.advanceDays(1);
    world.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    // While the bot reads arXiv, a maintainer pushes 251 commits: the listing still showed the
    // bot's head, but the compare lists only the first 250 and so cannot name the new one.
    const github = world.github;
    let maintainer = '';
    github.beforeHandling = (request) => {
      if (!request.path.includes('/compare/')) return;
      github.beforeHandling = null;
      for (let i = 0; i < 251; i += 1) {
        maintainer = github.pushCommit(
          BRANCH,
          LIST,
          (text) => text!.replace('## Tools', `## Tools\n* Maintainer note ${i}.`),
          `Maintainer commit ${i}`,
        );
      }
    };
    const second = await world.night();
    expect(maintainer).not.toBe('');
    expect(second.error).toBe('');
    expect(second.outputs['pull-request-operation']).toBe('updated');
    expect(second.github.some((r) => r.method === 'PATCH' && r.path.includes('/git/refs/'))).toBe(false);
    // The maintainer's commits are all still there; the bot's paper went on top of them.
    expect(world.github.isAncestor(maintainer, world.github.branchSha(BRANCH)!)).toBe(true);
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(text).toContain('* Maintainer note 250.');
    expect(text).toContain('* Maintainer note 0.');
    expect(text).toContain('Unified Multimodal Model 2611.10002');
    expect(markerOf(world.github.pull(number).body).foreignCommits).toBe(true);
  });

  it('a paper a maintainer moved from the PR into the base by hand is listed, not recorded as rejected', async () => {
    world = await startWorld({
      papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z'), onTopic('2611.10002', '2026-11-25T10:00:00Z')],
    });
    const first = await world.night();
    const number = Number(first.outputs['pull-request-number']);
    // The maintainer takes the entry out of the PR's branch and commits it to the base themselves.
    const entry = /### 4\.[\s\S]*?(?=\n### 5\.)/.exec(world.github.fileAt(BRANCH, LIST)!)![0];
    expect(entry).toContain('2611.10001');
    world.github.pushCommit(BRANCH, LIST, (text) => removeEntry(text!, '2611.10001'), 'Move one paper');
    world.github.editBaseFile(LIST, (text) => text!.replace('## Tools', `${entry}\n\n## Tools`));

    world.advanceDays(1);
    const second = await world.night();
    expect(second.error).toBe('');
    const body = world.github.pull(number).body;
    const marker = markerOf(body);
    expect(marker.removed).toEqual([]);
    expect(body).not.toContain('Rejected in review');
    expect(marker.proposed.map((p) => p.id)).toEqual(['2611.10002']);

    // It stays accepted: on later nights arXiv returns it as listed, never as rejected.
    world.advanceDays(1);
    const third = await world.night();
    expect(third.error).toBe('');
    expect(markerOf(world.github.pull(number).body).removed).toEqual([]);
    const decisions = decisionsOf(third.outputs['candidates-file']!);
    expect(decisions['2611.10001']).toBe('listed');
  });
});

function markerOf(body: string): MarkerData {
  const decoded = decodeMarker(body);
  if (!('marker' in decoded)) throw new Error(decoded.warning);
  return decoded.marker;
}

function decisionsOf(file: string): Record<string, string> {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as { arxivId: string; decision: string }[];
  return Object.fromEntries(rows.map((row) => [row.arxivId, row.decision]));
}
