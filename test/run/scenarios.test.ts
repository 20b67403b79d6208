import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { decodeMarker } from '../../src/pr/marker.js';
import {
  BRANCH,
  LIST,
  SEED_LIST,
  offTopic,
  onTopic,
  removeEntry,
  startWorld,
  TOKEN,
  type World,
} from './harness.js';

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

const writes = (log: { method: string }[]): number => log.filter((r) => r.method !== 'GET').length;

describe('whole runs of the Action against fake GitHub and fake arXiv', () => {
  it('1. first run → a PR with the right entries, labels, body and outputs', async () => {
    world = await startWorld({
      papers: [
        onTopic('2611.10001', '2026-11-24T10:00:00Z'),
        onTopic('2611.10002', '2026-11-25T10:00:00Z'),
        offTopic('2611.10003', '2026-11-25T11:00:00Z'),
      ],
    });
    const result = await world.night();
    expect(result.error).toBe('');
    expect(result.failed).toBe(false);
    expect(result.outputs['pull-request-operation']).toBe('created');
    expect(result.outputs['papers-added']).toBe('2');
    const number = Number(result.outputs['pull-request-number']);
    const pull = world.github.pull(number);
    expect(result.outputs['pull-request-url']).toMatch(new RegExp(`/pull/${number}$`));
    expect(pull.headRef).toBe(BRANCH);
    expect(pull.labels).toEqual(['arxiv-curator']);
    expect(pull.title).toMatch(/^arxiv-curator: 2 new papers \(Nov 24–25, 2026\)$/);

    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(text).toContain('### 4. Unified Multimodal Model 2611.10001');
    expect(text).toContain('### 5. Unified Multimodal Model 2611.10002');
    expect(text).toContain(
      '[📄 Paper](https://arxiv.org/pdf/2611.10001) | [💻 Code](https://github.com/example/model-2611-10001)',
    );
    expect(text).not.toContain('2611.10003');
    expect(text).toContain('* Nov-26-2026: Add 2 papers.');
    // Every byte of the base list is still there: only lines were added.
    expect(
      text.replace(/\* Nov-26-2026: Add 2 papers\.\n/, '').replace(/### 4\.[\s\S]*?(?=## Tools)/, ''),
    ).toBe(SEED_LIST);

    const marker = decodeMarker(pull.body);
    expect('marker' in marker && marker.marker.proposed.map((p) => p.id)).toEqual([
      '2611.10001',
      '2611.10002',
    ]);
    expect(pull.body).toContain('**Reviewing:**');
    expect(pull.body).toContain(
      '**Last run:** searched arXiv submissions of Nov 19–26, 2026: 3 on arXiv → 3 fetched → 3 unique',
    );
    expect(pull.body).toContain('- [x] 2611.10001 Unified Multimodal Model 2611.10001');
    expect(result.summary).toContain('### arxiv-curator — 2 new papers proposed');
    expect(result.summary).toContain('**Funnel:**');
    const candidates = JSON.parse(result.outputs.candidates!) as { arxivId: string; decision: string }[];
    expect(
      candidates
        .filter((c) => c.decision === 'proposed')
        .map((c) => c.arxivId)
        .sort(),
    ).toEqual(['2611.10001', '2611.10002']);
    expect(result.outputs['candidates-file']).toMatch(/arxiv-curator-candidates\.json$/);
    expect(result.github.length).toBeLessThanOrEqual(8);
    expect(result.arxivRequests).toBe(1);
    // The token is registered as a secret (the runner masks it) and printed nowhere else.
    expect(result.stdout.split(TOKEN)).toHaveLength(2);
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
  });

  it('1b. a label that could not be created is a warning, and is added when the bot next writes', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    world.github.canCreateLabels = false;
    const first = await world.night();
    expect(first.error).toBe('');
    expect(first.outputs['pull-request-operation']).toBe('created');
    const number = Number(first.outputs['pull-request-number']);
    expect(world.github.pull(number).labels).toEqual([]);
    expect(first.stdout).toMatch(/::warning::.*label/i);
    world.github.canCreateLabels = true;
    world.advanceDays(1);
    world.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    const second = await world.night();
    expect(second.outputs['pull-request-operation']).toBe('updated');
    expect(world.github.pull(number).labels).toEqual(['arxiv-curator']);
  });

  it('1c. a bullet list with no config file gets entries in its own style', async () => {
    const list =
      '# Reading list\n\n## Papers\n\n- [An older paper](https://arxiv.org/abs/2401.00001) — A. Author et al., Jan 2024\n\n## More\n';
    world = await startWorld({
      files: { [LIST]: list },
      papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')],
    });
    const result = await world.night();
    expect(result.error).toBe('');
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(text).toMatch(
      /\n- \[Unified Multimodal Model 2611\.10001[^\n]*\]\(https:\/\/arxiv\.org\/abs\/2611\.10001\)[^\n]*\n\n## More/,
    );
    expect(text).not.toContain('### ');
  });

  it('2. the same night again → unchanged, zero writes, at most 4 reads', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    const first = await world.night();
    expect(first.outputs['pull-request-operation']).toBe('created');
    const head = world.github.branchSha(BRANCH);
    const second = await world.night();
    expect(second.error).toBe('');
    expect(second.outputs['pull-request-operation']).toBe('unchanged');
    expect(second.outputs['papers-added']).toBe('0');
    expect(second.outputs['pull-request-number']).toBe(first.outputs['pull-request-number']);
    expect(writes(second.github)).toBe(0);
    expect(second.github.length).toBeLessThanOrEqual(4);
    expect(world.github.branchSha(BRANCH)).toBe(head);
    expect(second.summary).toContain('nothing new to propose');
  });

  it('3. new papers the next night → the same PR updated, holding old and new papers', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    const first = await world.night();
    world.advanceDays(1);
    world.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    const second = await world.night();
    expect(second.error).toBe('');
    expect(second.outputs['pull-request-operation']).toBe('updated');
    expect(second.outputs['papers-added']).toBe('1');
    expect(second.outputs['pull-request-number']).toBe(first.outputs['pull-request-number']);
    const pull = world.github.pull(Number(second.outputs['pull-request-number']));
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(text).toContain('### 4. Unified Multimodal Model 2611.10001');
    expect(text).toContain('### 5. Unified Multimodal Model 2611.10002');
    expect(text).toContain('* Nov-27-2026: Add 2 papers.');
    expect(text).not.toContain('Nov-26-2026: Add');
    // Rebuilt on the base: one bot commit whose parent is the base head.
    expect(world.github.commit(world.github.branchSha(BRANCH)!).parents).toEqual([
      world.github.branchSha('main'),
    ]);
    const marker = decodeMarker(pull.body);
    expect('marker' in marker && marker.marker.proposed.map((p) => p.id)).toEqual([
      '2611.10001',
      '2611.10002',
    ]);
    expect(world.github.openPulls()).toHaveLength(1);
    expect(second.github.length).toBeLessThanOrEqual(8);
  });

  it('4. a maintainer closes the PR → none of its papers is proposed again, even when arXiv returns them', async () => {
    world = await startWorld({
      papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z'), onTopic('2611.10002', '2026-11-25T10:00:00Z')],
    });
    const first = await world.night();
    world.github.closePull(Number(first.outputs['pull-request-number']));
    world.advanceDays(1);
    const second = await world.night();
    expect(second.error).toBe('');
    expect(second.outputs['pull-request-operation']).toBe('none');
    expect(writes(second.github)).toBe(0);
    const decisions = decisionsOf(second.outputs['candidates-file']!);
    expect(decisions['2611.10001']).toBe('rejected');
    expect(decisions['2611.10002']).toBe('rejected');
    // A new paper later gets a new PR of its own, without the rejected ones.
    world.papers.push(onTopic('2611.10003', '2026-11-27T09:00:00Z'));
    world.advanceDays(1);
    const third = await world.night();
    expect(third.outputs['pull-request-operation']).toBe('created');
    expect(third.outputs['pull-request-number']).not.toBe(first.outputs['pull-request-number']);
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(text).toContain('2611.10003');
    expect(text).not.toContain('2611.10001');
    expect(text).not.toContain('2611.10002');
  });

  it('5. a maintainer deletes one entry from the PR and merges → that paper is never proposed again', async () => {
    world = await startWorld({
      papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z'), onTopic('2611.10002', '2026-11-25T10:00:00Z')],
    });
    const first = await world.night();
    const number = Number(first.outputs['pull-request-number']);
    world.github.pushCommit(BRANCH, LIST, (text) => removeEntry(text!, '2611.10002'), 'Drop one paper');
    world.github.mergePull(number);
    const listed = world.github.fileAt('main', LIST)!;
    expect(listed).toContain('2611.10001');
    expect(listed).not.toContain('2611.10002');
    for (let night = 0; night < 2; night += 1) {
      world.advanceDays(1);
      const result = await world.night();
      expect(result.error).toBe('');
      expect(result.outputs['pull-request-operation']).toBe('none');
      const decisions = decisionsOf(result.outputs['candidates-file']!);
      expect(decisions['2611.10001']).toBe('listed');
      expect(decisions['2611.10002']).toBe('rejected');
    }
    expect(world.github.openPulls()).toHaveLength(0);
  });

  it('6. a maintainer pushes to the bot branch → the next run adds one commit on top, never a force-push', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    const first = await world.night();
    const maintainer = world.github.pushCommit(
      BRANCH,
      LIST,
      (text) => text!.replace('## Tools', '## Tools\n* A tool the maintainer added.'),
      'Maintainer edit',
    );
    world.advanceDays(1);
    world.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    const second = await world.night();
    expect(second.error).toBe('');
    expect(second.outputs['pull-request-operation']).toBe('updated');
    expect(second.outputs['pull-request-number']).toBe(first.outputs['pull-request-number']);
    const head = world.github.branchSha(BRANCH)!;
    expect(world.github.commit(head).parents).toEqual([maintainer]);
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(text).toContain('* A tool the maintainer added.');
    expect(text).toContain('### 4. Unified Multimodal Model 2611.10001');
    expect(text).toContain('### 5. Unified Multimodal Model 2611.10002');
    expect(text).toContain('* Nov-27-2026: Add 2 papers.');
    expect(second.github.some((r) => r.method === 'PATCH' && r.path.includes('/git/refs/'))).toBe(false);
    // And it stays that way: the next night does not force-push over the maintainer either.
    world.advanceDays(1);
    world.papers.push(onTopic('2611.10003', '2026-11-27T12:00:00Z'));
    const third = await world.night();
    expect(third.outputs['pull-request-operation']).toBe('updated');
    expect(world.github.isAncestor(maintainer, world.github.branchSha(BRANCH)!)).toBe(true);
    expect(third.github.some((r) => r.method === 'PATCH' && r.path.includes('/git/refs/'))).toBe(false);
  });

  it('6b. a maintainer pushing while arXiv is being read is seen before anything is force-pushed', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    await world.night();
    world.advanceDays(1);
    world.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    let maintainer = '';
    const github = world.github;
    world.arxiv.inject({
      fault: { kind: 'status', status: 200 },
      when: () => {
        maintainer = github.pushCommit(BRANCH, LIST, (text) =>
          text!.replace('## Tools', '## Tools\n* Mid-run tool.'),
        );
        return false;
      },
    });
    const result = await world.night();
    expect(result.error).toBe('');
    expect(result.outputs['pull-request-operation']).toBe('updated');
    expect(maintainer).not.toBe('');
    expect(world.github.isAncestor(maintainer, world.github.branchSha(BRANCH)!)).toBe(true);
    expect(world.github.fileAt(BRANCH, LIST)).toContain('* Mid-run tool.');
    expect(world.github.fileAt(BRANCH, LIST)).toContain('Unified Multimodal Model 2611.10002');
    expect(result.github.some((r) => r.method === 'PATCH' && r.path.includes('/git/refs/'))).toBe(false);
  });

  it('7. the base moved → the PR is rebuilt on the new base without losing the other change', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    const first = await world.night();
    const base = world.github.editBaseFile(LIST, (text) =>
      text!.replace('## Tools\n', '## Tools\n* [Another tool](https://example.org/tool)\n'),
    );
    world.advanceDays(1);
    world.papers.push(onTopic('2611.10002', '2026-11-26T12:00:00Z'));
    const second = await world.night();
    expect(second.error).toBe('');
    expect(second.outputs['pull-request-operation']).toBe('updated');
    expect(second.outputs['pull-request-number']).toBe(first.outputs['pull-request-number']);
    const head = world.github.branchSha(BRANCH)!;
    expect(world.github.commit(head).parents).toEqual([base]);
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(text).toContain('* [Another tool](https://example.org/tool)');
    expect(text).toContain('### 4. Unified Multimodal Model 2611.10001');
    expect(text).toContain('### 5. Unified Multimodal Model 2611.10002');
    expect(world.github.pull(Number(second.outputs['pull-request-number'])).state).toBe('open');
  });

  it('8. dry-run → zero write requests, the diff in the summary', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    const result = await world.night({ 'dry-run': 'true' });
    expect(result.error).toBe('');
    expect(writes(result.github)).toBe(0);
    expect(world.github.openPulls()).toHaveLength(0);
    expect(world.github.branchSha(BRANCH)).toBeUndefined();
    expect(result.summary).toContain('dry run');
    expect(result.summary).toContain('```diff');
    expect(result.summary).toContain('+### 4. Unified Multimodal Model 2611.10001');
    // Nothing was written, and the outputs say so; what the run would have done is apart.
    expect(result.outputs['pull-request-operation']).toBe('none');
    expect(result.outputs['planned-operation']).toBe('created');
    expect(result.outputs['papers-added']).toBe('0');
    expect(result.stdout).toContain('dry run: would create the pull request');
    expect(result.stdout).toContain('nothing was written');
    expect(result.stdout).not.toMatch(/pull request created/);
  });

  it('9. 502s and a secondary rate limit are retried; the "not permitted" 403 fails clearly and a later run succeeds', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
    world.github.failNext(2, { status: 502 });
    world.github.secondaryRateLimit(1, { route: { method: 'POST', path: '/pulls' } });
    const retried = await world.night();
    expect(retried.error).toBe('');
    expect(retried.outputs['pull-request-operation']).toBe('created');
    expect(retried.github.filter((r) => r.status === 502)).toHaveLength(2);
    expect(retried.github.filter((r) => r.status === 403)).toHaveLength(1);
    const clean = world.github.fileAt(BRANCH, LIST);

    world = await restart(world);
    world.github.forbidPullCreation();
    const forbidden = await world.night();
    expect(forbidden.failed).toBe(true);
    expect(forbidden.error).toMatch(/not permitted to create or approve pull requests/);
    expect(forbidden.error).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    expect(forbidden.summary).toMatch(/the run failed/);
    expect(world.github.openPulls()).toHaveLength(0);
    world.github.clearFaults();
    const later = await world.night();
    expect(later.error).toBe('');
    expect(later.outputs['pull-request-operation']).toBe('created');
    expect(world.github.openPulls()).toHaveLength(1);
    expect(world.github.fileAt(BRANCH, LIST)).toBe(clean);
    expect(world.github.commit(world.github.branchSha(BRANCH)!).parents).toEqual([
      world.github.branchSha('main'),
    ]);
  });

  it('10. papers listed on the base by hand leave the PR; when all are listed the bot closes it, not as a rejection', async () => {
    world = await startWorld({
      papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z'), onTopic('2611.10002', '2026-11-25T10:00:00Z')],
    });
    const first = await world.night();
    const number = Number(first.outputs['pull-request-number']);
    world.github.editBaseFile(LIST, (text) =>
      text!.replace('## Tools', '- [By hand](https://arxiv.org/abs/2611.10001)\n\n## Tools'),
    );
    world.advanceDays(1);
    const second = await world.night();
    expect(second.error).toBe('');
    expect(second.outputs['pull-request-operation']).toBe('updated');
    let text = world.github.fileAt(BRANCH, LIST)!;
    expect(text).not.toContain('### 4. Unified Multimodal Model 2611.10001');
    expect(text).toContain('Unified Multimodal Model 2611.10002');
    expect(text).toContain('Add 1 paper.');

    world.github.editBaseFile(LIST, (t) =>
      t!.replace('## Tools', '- [Also by hand](https://arxiv.org/abs/2611.10002)\n\n## Tools'),
    );
    world.advanceDays(1);
    const third = await world.night();
    expect(third.error).toBe('');
    expect(world.github.pull(number).state).toBe('closed');
    expect(world.github.pull(number).merged).toBe(false);
    const marker = decodeMarker(world.github.pull(number).body);
    expect('marker' in marker && marker.marker.closedByBot).toBe(true);

    world.advanceDays(1);
    const fourth = await world.night();
    const decisions = decisionsOf(fourth.outputs['candidates-file']!);
    expect(decisions['2611.10001']).toBe('listed');
    expect(decisions['2611.10002']).toBe('listed');
    expect(Object.values(decisions)).not.toContain('rejected');
    text = world.github.fileAt('main', LIST)!;
    expect(text).toContain('Also by hand');
  });

  it('11. a night fails (arXiv down) → the next window reaches back to the last successful one', async () => {
    world = await startWorld({ papers: [onTopic('2611.10001', '2026-11-25T10:00:00Z')] });
    const inputs = { 'window-days': '1' };
    const first = await world.night(inputs);
    expect(first.outputs['pull-request-operation']).toBe('created');
    world.papers.push(onTopic('2611.10002', '2026-11-27T12:00:00Z'));
    world.arxiv.inject({
      fault: { kind: 'status', status: 503, body: 'Service Unavailable' },
      times: Infinity,
    });
    for (let night = 0; night < 3; night += 1) {
      world.advanceDays(1);
      const failed = await world.night(inputs);
      expect(failed.failed).toBe(true);
      expect(failed.error).toMatch(/arXiv/);
      expect(failed.error).toMatch(/503/);
      expect(writes(failed.github)).toBe(0);
      expect(failed.summary).toMatch(/arXiv could not be read/);
    }
    world.arxiv.clearFaults();
    world.advanceDays(1); // Nov 30: a one-day window alone would start on Nov 29
    const later = await world.night(inputs);
    expect(later.error).toBe('');
    expect(later.outputs['pull-request-operation']).toBe('updated');
    expect(world.github.fileAt(BRANCH, LIST)).toContain('Unified Multimodal Model 2611.10002');
    const last = world.arxiv.requests[world.arxiv.requests.length - 1]!;
    expect(last.searchQuery).toContain('submittedDate:[202611270000 TO ');
  });
});

function decisionsOf(file: string): Record<string, string> {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as { arxivId: string; decision: string }[];
  return Object.fromEntries(rows.map((row) => [row.arxivId, row.decision]));
}

async function restart(old: World): Promise<World> {
  await old.close();
  return startWorld({ papers: [onTopic('2611.10001', '2026-11-24T10:00:00Z')] });
}
