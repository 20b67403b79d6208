import { describe, expect, it } from '@jest/globals';
import { readList } from '../../src/list/index.js';
import { SectionKinds, titleKinds } from '../../src/route/paper-kind.js';
import { createRouter } from '../../src/route/router.js';

describe('titleKinds: the kinds of paper a title names', () => {
  it.each([
    ['A Survey on Unified Multimodal Models', ['survey']],
    ['Autoregressive Image Generation: A Review', ['survey']],
    ['An Overview of Text-to-3D', ['survey']],
    ['MMBench: Is Your Multi-modal Model an All-around Player?', ['benchmark']],
    ['OneIG-Bench: Omni-dimensional Nuanced Evaluation for Image Generation', ['benchmark']],
    ['KRIS-Bench: Benchmarking Next-Level Intelligent Image Editing Models', ['benchmark']],
    ['GenEval: An Object-Focused Framework for Evaluating Text-to-Image Alignment', ['benchmark']],
    ['Interleaved Scene Graphs for Text-and-Image Generation Assessment', ['benchmark']],
    ['Pico-Banana-400K: A Large-Scale Dataset for Text-Guided Image Editing', ['dataset']],
    ['OmniCorpus: A Unified Multimodal Corpus of 10 Billion-Level Images', ['dataset']],
    ['ImgEdit: A Unified Image Editing Dataset and Benchmark', ['benchmark', 'dataset']],
    // `data` is no cue: methods use it as often as datasets do.
    ['Geometry Image Diffusion: Fast and Data-Efficient Text-to-3D', []],
    ['Janus-Pro: Unified Multimodal Understanding and Generation with Data and Model Scaling', []],
    ['Show-o: One Single Transformer to Unify Multimodal Understanding and Generation', []],
  ])('%s → %j', (title, kinds) => {
    expect([...titleKinds(title)].sort()).toEqual(kinds);
  });
});

const LIST = [
  '# Awesome Papers & Datasets',
  '## Models',
  '- [Show-o: One Transformer for Understanding and Generation](https://arxiv.org/abs/2501.00001)',
  '- [Janus: Decoupling Visual Encoding](https://arxiv.org/abs/2501.00002)',
  '- [Emu3: Next-Token Prediction is All You Need](https://arxiv.org/abs/2501.00003)',
  '## Compositional Generation',
  '- [GenEval: Evaluating Text-to-Image Alignment](https://arxiv.org/abs/2501.00011)',
  '- [T2I-CompBench: Compositional Text-to-Image Generation](https://arxiv.org/abs/2501.00012)',
  '- [WISE: World Knowledge in Text-to-Image Generation Benchmark](https://arxiv.org/abs/2501.00013)',
  '- [Commonsense-T2I Challenge](https://arxiv.org/abs/2501.00014)',
  '## Dataset',
  '### Image Editing',
  '- [MagicBrush: Instruction-Guided Image Editing](https://arxiv.org/abs/2501.00021)',
  '- [UltraEdit: Fine-Grained Image Editing at Scale](https://arxiv.org/abs/2501.00022)',
  '## Tiny',
  '- [TinyBench: Two Benchmarks](https://arxiv.org/abs/2501.00031)',
  '- [SmallEval: Evaluating Small Models](https://arxiv.org/abs/2501.00032)',
  '',
].join('\n');

describe('SectionKinds: the kinds of paper each section holds', () => {
  const groups = readList(LIST).groups.filter((g) => g.entries.length > 0);
  const kinds = new SectionKinds(groups);
  const of = (name: string, arxivId: string | null = null): string[] => [
    ...kinds.of(
      groups.findIndex((g) => g.name === name),
      arxivId,
    ),
  ];

  it.each([
    // The heading enclosing every section (`Awesome Papers & Datasets`) marks none of them.
    ['Models', []],
    // Three of its four papers name a benchmark; its heading names none.
    ['Compositional Generation', ['benchmark']],
    // An enclosing heading names the kind.
    ['Image Editing', ['dataset']],
    // Two benchmark papers of two are too few to tell.
    ['Tiny', []],
  ])('%s → %j', (name, expected) => {
    expect(of(name)).toEqual(expected);
  });

  it('leaves the paper’s own entry out, as a listed paper routed back in turn', () => {
    // Without WISE, two of three papers name a benchmark: too few.
    expect(of('Compositional Generation', '2501.00013')).toEqual([]);
    expect(of('Compositional Generation', '2501.00014')).toEqual(['benchmark']);
  });
});

describe('routing by kind: a paper whose title names its kind goes to a section of that kind', () => {
  const router = createRouter(readList(LIST), 'auto');
  const paper = (title: string) => ({ arxivId: '2611.00001', title, abstract: null });

  it.each([
    // Its words are those of the benchmarks; its kind, the dataset section's.
    ['A Dataset for Compositional Text-to-Image Generation and Editing', 'Image Editing'],
    ['Evaluating Unified Models for Understanding and Generation', 'Compositional Generation'],
    // No kind named: by its words, as before.
    ['Compositional Text-to-Image Generation with Layouts', 'Compositional Generation'],
  ])('%s → %s', (title, section) => {
    expect(router.route(paper(title))?.name).toBe(section);
  });

  it('says so', () => {
    expect(
      router.route(paper('A Dataset for Compositional Text-to-Image Generation and Editing'))?.why,
    ).toMatch(/, a dataset paper like the section's$/);
  });
});
