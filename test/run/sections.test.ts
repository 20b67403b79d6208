import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeMarker } from '../../src/pr/marker.js';
import type { Paper } from '../../src/types.js';
import { BRANCH, LIST, onTopic, startWorld, type World } from './harness.js';

/** A bullet list with three sections of papers, an updates section and a section of tools. */
const SECTIONS_LIST = readFileSync('test/fixtures/route/sections.md', 'utf8');

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

const DAY = '2026-11-24T10:00:00Z';
const autoregressive = onTopic(
  '2611.10001',
  DAY,
  'Next-Scale Autoregressive Image Generation with a Visual Tokenizer',
);
const benchmark = onTopic('2611.10002', DAY, 'A Comprehensive Benchmark for Evaluating GPT-4o Image Editing');
/** On topic by its abstract, but neither its title nor its abstract shares a word with a section. */
const unplaced: Paper = {
  ...onTopic('2611.10003', DAY, 'Thinking Before Drawing: Reasoning Pictures'),
  abstract:
    'We present a unified multimodal model for understanding and generation. Like GPT-4o, it performs ' +
    'instruction-based image editing with a visual tokenizer, and reaches strong text-to-image results.',
};

/** The section (`## …`) of the list that holds the entry of `id`. */
function sectionOf(text: string, id: string): string | null {
  const at = text.indexOf(`https://arxiv.org/abs/${id}`);
  if (at < 0) return null;
  const headings = [...text.slice(0, at).matchAll(/^## (.+)$/gm)];
  return headings[headings.length - 1]?.[1] ?? null;
}

async function sectionsWorld(papers: Paper[]): Promise<World> {
  const started = await startWorld({ files: { [LIST]: SECTIONS_LIST }, papers });
  writeFileSync(join(started.workspace, '.github', 'arxiv-curator.yml'), 'list:\n  section: auto\n');
  return started;
}

describe('list.section: auto (whole runs against fake GitHub and fake arXiv)', () => {
  it('puts each paper in the section it resembles, says why on its card, and asks to move a paper that fits none', async () => {
    world = await sectionsWorld([autoregressive, benchmark, unplaced]);
    const result = await world.night();
    expect(result.error).toBe('');
    expect(result.outputs['papers-added']).toBe('3');
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(sectionOf(text, '2611.10001')).toBe('Autoregressive Models');
    expect(sectionOf(text, '2611.10002')).toBe('Benchmarks');
    // The default section of `auto`: the one holding most papers.
    expect(sectionOf(text, '2611.10003')).toBe('Diffusion Models');
    // Each at the end of its section, written as its neighbours are.
    expect(text).toContain(
      '- [Janus: Decoupling Visual Encoding for Unified Multimodal Understanding and Generation](https://arxiv.org/abs/2410.13848)\n' +
        '- [Next-Scale Autoregressive Image Generation with a Visual Tokenizer](https://arxiv.org/abs/2611.10001)\n\n## Diffusion Models',
    );

    const body = world.github.pull(Number(result.outputs['pull-request-number'])).body;
    expect(body).toContain(
      '- **Section:** "Autoregressive Models": closest to "Visual Autoregressive Modeling: Scalable Image ' +
        'Generation via Next-Sc…" \\(0.70\\), heading word "autoregressive"',
    );
    expect(body).toMatch(
      /- \*\*Section:\*\* "Benchmarks": closest to "GPT-ImgEval: [^"]*" \\\(0\.\d\d\\\), heading word "benchmarks"/,
    );
    expect(body).toContain(
      '- **Section:** "Diffusion Models" (the default): fits no section well: it shares no word with any ' +
        "section's papers or heading",
    );
    expect(body).toContain(
      '### Placed in the default section\n- **2611.10003** Thinking Before Drawing: Reasoning Pictures: placed in ' +
        '"Diffusion Models": it fits no section well; please move it to where it belongs.',
    );
    expect(body).toContain(
      '- [x] 2611.10001 Next-Scale Autoregressive Image Generation with a Visual Tokenizer → "Autoregressive Models"\n',
    );
    expect(body).toContain(
      '- [x] 2611.10003 Thinking Before Drawing: Reasoning Pictures → "Diffusion Models" (the default: it fits no section)\n',
    );
    expect(result.summary).toContain('| score | paper | why | section |');
    const candidates = JSON.parse(result.outputs.candidates!) as Array<{
      arxivId: string;
      section?: { name: string; fits: boolean };
    }>;
    const sections = Object.fromEntries(candidates.map((c) => [c.arxivId, c.section?.name]));
    expect(sections).toEqual({
      '2611.10001': 'Autoregressive Models',
      '2611.10002': 'Benchmarks',
      '2611.10003': 'Diffusion Models',
    });

    const marker = decodeMarker(body);
    expect(
      'marker' in marker && marker.marker.proposed.map((p) => [p.id, p.section?.name, p.section?.fits]),
    ).toEqual([
      ['2611.10001', 'Autoregressive Models', true],
      ['2611.10002', 'Benchmarks', true],
      ['2611.10003', 'Diffusion Models', false],
    ]);
  });

  it('keeps each carried paper in its section when the PR is rebuilt the next night', async () => {
    world = await sectionsWorld([autoregressive, benchmark]);
    const first = await world.night();
    expect(first.error).toBe('');
    world.advanceDays(1);
    world.papers.push(
      onTopic('2611.10004', '2026-11-26T12:00:00Z', 'Autoregressive Visual Tokenizer Scaling'),
    );
    const second = await world.night();
    expect(second.error).toBe('');
    expect(second.outputs['pull-request-operation']).toBe('updated');
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(sectionOf(text, '2611.10001')).toBe('Autoregressive Models');
    expect(sectionOf(text, '2611.10002')).toBe('Benchmarks');
    expect(sectionOf(text, '2611.10004')).toBe('Autoregressive Models');
    const body = world.github.pull(Number(second.outputs['pull-request-number'])).body;
    // The carried papers' cards still say where they went.
    expect(body).toContain('- **Section:** "Benchmarks": closest to "GPT-ImgEval');
  });

  it('untick a routed paper → the rebuild removes it and keeps the others in their sections', async () => {
    world = await sectionsWorld([autoregressive, benchmark]);
    const first = await world.night();
    const number = Number(first.outputs['pull-request-number']);
    world.github.editPullBody(number, (body) => body.replace('- [x] 2611.10002 ', '- [ ] 2611.10002 '));
    const second = await world.night();
    expect(second.error).toBe('');
    expect(second.outputs['pull-request-operation']).toBe('updated');
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(sectionOf(text, '2611.10001')).toBe('Autoregressive Models');
    expect(sectionOf(text, '2611.10002')).toBeNull();
    const body = world.github.pull(number).body;
    expect(body).toContain('→ "Autoregressive Models"');
    expect(body).not.toContain('- [x] 2611.10002');
    expect(body).not.toContain('- [ ] 2611.10002');
  });

  it("adds a later paper to its section on top of a maintainer's commit", async () => {
    world = await sectionsWorld([autoregressive]);
    const first = await world.night();
    expect(first.error).toBe('');
    const maintainer = world.github.pushCommit(
      BRANCH,
      LIST,
      (text) =>
        text!.replace('## Tools\n', '## Tools\n\n- [Diffusers](https://github.com/huggingface/diffusers)\n'),
      'Add a tool',
    );
    world.advanceDays(1);
    world.papers.push(benchmark);
    const second = await world.night();
    expect(second.error).toBe('');
    const text = world.github.fileAt(BRANCH, LIST)!;
    expect(world.github.isAncestor(maintainer, world.github.branchSha(BRANCH)!)).toBe(true);
    expect(text).toContain('- [Diffusers](https://github.com/huggingface/diffusers)');
    expect(sectionOf(text, '2611.10001')).toBe('Autoregressive Models');
    expect(sectionOf(text, '2611.10002')).toBe('Benchmarks');
  });

  it('stops with a message naming the sections when list.section names none of them', async () => {
    world = await startWorld({ files: { [LIST]: SECTIONS_LIST }, papers: [autoregressive] });
    writeFileSync(
      join(world.workspace, '.github', 'arxiv-curator.yml'),
      'list:\n  section: [Benchmarks, Datasets]\n',
    );
    const result = await world.night();
    expect(result.failed).toBe(true);
    expect(result.error).toContain('The list has no section "Datasets" to add papers to.');
    expect(result.error).toContain('"Autoregressive Models", "Diffusion Models", "Benchmarks"');
  });
});
