/**
 * The README's review section shows a real PR body: the one this test's whole run produces (three
 * runs and one untick), with the marker's JSON shortened. When the body changes, this test fails
 * and prints the new one, to be pasted into the README between the example-body comments.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { offTopic, onTopic, startWorld, type World } from './harness.js';

const START = '<!-- example-body:start -->';
const END = '<!-- example-body:end -->';

/** What the README shows: the body in a markdown fence, the marker's JSON elided. */
export function shownInReadme(body: string): string {
  const fence = '`'.repeat(4);
  return `${fence}markdown\n${body.replace(/<!-- arxiv-curator:v1 \{.*\} -->/, '<!-- arxiv-curator:v1 {…} -->').trimEnd()}\n${fence}`;
}

export async function exampleBody(): Promise<{ body: string; world: World }> {
  const world = await startWorld({
    papers: [
      onTopic(
        '2611.10001',
        '2026-11-24T10:00:00Z',
        'Unified Multimodal Model for Autoregressive Image Generation and Image Editing',
      ),
      onTopic(
        '2611.10002',
        '2026-11-24T15:00:00Z',
        'GPT-4o-Style Native Image Generation with a Unified Multimodal Model',
      ),
      onTopic('2611.10003', '2026-11-25T09:00:00Z', 'Autoregressive Image Generation with Visual Tokenizers'),
      onTopic('2611.10004', '2026-11-25T11:00:00Z', 'Scaling Study of Generative Models'),
      offTopic('2611.10005', '2026-11-25T12:00:00Z'),
    ],
  });
  const inputs = { 'max-papers': '3' };
  await world.night(inputs);
  world.advanceDays(1);
  world.papers.push(
    onTopic(
      '2611.10006',
      '2026-11-26T10:00:00Z',
      'Instruction-Based Image Editing with a Unified Multimodal Model',
    ),
  );
  await world.night(inputs);
  const [pull] = world.github.openPulls();
  world.github.editPullBody(pull!.number, (body) => body.replace('- [x] 2611.10003 ', '- [ ] 2611.10003 '));
  await world.night(inputs);
  return { body: world.github.pull(pull!.number).body, world };
}

describe('the README', () => {
  let world: World | null = null;
  afterAll(async () => {
    await world?.close();
  });

  it('shows the body of a real PR after three runs and one untick', async () => {
    const example = await exampleBody();
    world = example.world;
    const readme = readFileSync('README.md', 'utf8');
    const shown = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
    expect(shown).toBe(shownInReadme(example.body));
  });
});
