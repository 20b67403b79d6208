import { afterEach, describe, expect, it } from '@jest/globals';
import { decodeMarker } from '../../src/pr/marker.js';
import { BRANCH, LIST, SEED_LIST, offTopic, onTopic, startWorld, TOKEN, type World } from './harness.js';

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
});
