import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolveConfig } from '../../src/config/resolve.js';
import { readList } from '../../src/list/index.js';
import { createRouter } from '../../src/route/router.js';
import { buildListChange, readListFor } from '../../src/run/list-text.js';
import type { Candidate } from '../../src/types.js';
import { onTopic } from '../run/harness.js';

const SECTIONS = readFileSync('test/fixtures/route/sections.md', 'utf8');
const paper = (title: string, abstract: string | null = null) => ({ arxivId: '2611.00001', title, abstract });

describe('createRouter: each paper to the section it resembles', () => {
  const router = createRouter(readList(SECTIONS), 'auto');

  it.each([
    ['Next-Scale Autoregressive Image Generation', 'Autoregressive Models'],
    ['Efficient Linear Diffusion Transformers for High-Resolution Synthesis', 'Diffusion Models'],
    ['A Compositional Benchmark for Text-to-Image Alignment', 'Benchmarks'],
  ])('%s → %s', (title, section) => {
    const route = router.route(paper(title));
    expect(route?.name).toBe(section);
    expect(route?.fits).toBe(true);
  });

  it('says why: the nearest entry with its cosine, the heading words the paper uses, its kind', () => {
    expect(router.route(paper('Next-Scale Autoregressive Image Generation'))?.why).toMatch(
      /^closest to "Visual Autoregressive Modeling: Scalable Image Generation via Next-Sc…" \(0\.\d\d\), heading word "autoregressive", like the section as a whole \(0\.\d\d\)$/,
    );
    expect(router.route(paper('Benchmarks of Image Editing'))?.why).toMatch(
      /^closest to "ImgEdit: A Unified Image Editing Dataset and Benchmark" \(0\.\d\d\), heading word "benchmarks", like the section as a whole \(0\.\d\d\), a benchmark paper like the section's$/,
    );
  });

  it('a paper sharing no word with any section goes to the default one, marked to be moved', () => {
    expect(router.route(paper('Thinking Before Drawing'))).toEqual({
      name: 'Diffusion Models',
      why: "fits no section well: it shares no word with any section's papers or heading",
      fits: false,
    });
  });

  it('a paper less like its best section than nearly every listed paper is like its own goes to the default', () => {
    const text = [
      '# List',
      '## Avatars',
      '- [Gaussian Avatar Reconstruction from Monocular Video](https://arxiv.org/abs/2501.00001)',
      '- [Animatable Gaussian Avatar from Monocular Video](https://arxiv.org/abs/2501.00002)',
      '- [Relightable Gaussian Avatar from Monocular Video](https://arxiv.org/abs/2501.00003)',
      '## Scenes',
      '- [Neural Radiance Field Scene Reconstruction](https://arxiv.org/abs/2501.00004)',
      '- [Large Scene Neural Radiance Field](https://arxiv.org/abs/2501.00005)',
      '- [Unbounded Scene Neural Radiance Field](https://arxiv.org/abs/2501.00006)',
      '- [Dynamic Scene Neural Radiance Field](https://arxiv.org/abs/2501.00007)',
      '',
    ].join('\n');
    const avatars = createRouter(readList(text), 'auto');
    const route = avatars.route(paper('Monocular Depth Estimation'))!;
    expect(route.name).toBe('Scenes');
    expect(route.fits).toBe(false);
    expect(route.why).toMatch(
      /^fits no section well: its best, "Avatars", comes to 0\.\d\d \(closest to "Gaussian Avatar Reconstruction from Monocular Video" \(0\.\d\d\), like the section as a whole \(0\.\d\d\)\), below the 0\.\d\d nearly every listed paper reaches in its own section$/,
    );
    expect(avatars.route(paper('Relightable Gaussian Avatar from Video'))).toMatchObject({
      name: 'Avatars',
      fits: true,
    });
  });

  it("leaves the paper's own entry out: a listed paper is placed by the others", () => {
    const listed = {
      arxivId: '2404.02905',
      title: 'Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction',
      abstract: null,
    };
    expect(router.route(listed)?.why).not.toContain('(1.00)');
    expect(router.route(listed)?.name).toBe('Autoregressive Models');
  });

  it('has nothing to choose with one section', () => {
    expect(
      createRouter(readList(SECTIONS), ['Benchmarks']).route(paper('Next-Scale Autoregressive')),
    ).toBeNull();
  });
});

describe('entries in several sections', () => {
  it('go each to its own section, in its format and order, numbered on from its own entries', () => {
    const list = [
      '# List',
      '## Models',
      '### 1. Visual Autoregressive Modeling',
      '[📄 Paper](https://arxiv.org/pdf/2404.02905)',
      '### 2. LlamaGen: Autoregressive Image Generation',
      '[📄 Paper](https://arxiv.org/pdf/2406.06525)',
      '## Benchmarks',
      '- [GenEval: Evaluating Text-to-Image Alignment](https://arxiv.org/abs/2310.11513)',
      '',
    ].join('\n');
    const config = resolveConfig({ list: { section: 'auto', 'updates-section': false } }, {});
    const doc = readListFor(list, config);
    const candidate = (id: string, title: string, section: string): Candidate => ({
      paper: onTopic(id, '2026-11-24T10:00:00Z', title),
      score: 10,
      reasons: [],
      links: [],
      decision: 'proposed',
      section: { name: section, why: '', fits: true },
    });
    const entries = [
      candidate('2611.00002', 'A Benchmark', 'Benchmarks'),
      candidate('2611.00001', 'An Autoregressive Model', 'Models'),
      candidate('2611.00003', 'Another Autoregressive Model', 'Models'),
    ].map((c) => ({ arxivId: c.paper.arxivId, candidate: c }));
    const change = buildListChange(list, doc, config, entries, new Date('2026-11-26T00:00:00Z'));
    expect(change.text).toContain('### 3. An Autoregressive Model\n');
    expect(change.text).toContain('### 4. Another Autoregressive Model\n');
    expect(change.text.indexOf('### 4. Another')).toBeLessThan(change.text.indexOf('## Benchmarks'));
    expect(change.text.endsWith('- [A Benchmark](https://arxiv.org/abs/2611.00002)\n')).toBe(true);
    expect(Object.fromEntries(change.numbers)).toEqual({
      '2611.00001': 3,
      '2611.00003': 4,
      '2611.00002': null,
    });
  });
});
