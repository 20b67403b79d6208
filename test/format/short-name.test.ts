import { describe, expect, it } from '@jest/globals';
import { isCoined, shortName } from '../../src/format/short-name.js';
import type { FoundLink, Paper } from '../../src/types.js';

const paper = (title: string, abstract = ''): Paper => ({
  arxivId: '2501.00001',
  version: 1,
  title,
  abstract,
  authors: ['Ada Lovelace'],
  categories: ['cs.CV'],
  primaryCategory: 'cs.CV',
  published: '2025-01-01T00:00:00Z',
  updated: '2025-01-01T00:00:00Z',
});
const code = (url: string): FoundLink[] => [{ kind: 'code', url, source: 'abstract' }];

describe('shortName: the name a maintainer writes for a paper', () => {
  // Rows of AIDC-AI/Awesome-Unified-Multimodal-Models whose Name cell can be found from the title,
  // the code link, or (where noted) a sentence of the paper's arXiv abstract.
  it.each([
    ['Emu3.5: Native Multimodal Models are World Learners', '', '', 'Emu3.5'],
    [
      'BLIP3-o: A Family of Fully Open Unified Multimodal Models-Architecture, Training and Dataset',
      '',
      '',
      'BLIP3-o',
    ],
    ['Show-o2: Improved Native Unified Multimodal Models', '', '', 'Show-o2'],
    ['MM-Vet v2: A Challenging Benchmark to Evaluate Large Multimodal Models', '', '', 'MM-Vet v2'],
    [
      'UniCode$^2$: Cascaded Large-scale Codebooks for Unified Multimodal Understanding',
      '',
      '',
      'UniCode$^2$',
    ],
    [
      'Skywork UniPic: Unified Autoregressive Modeling for Visual Understanding and Generation',
      '',
      '',
      'Skywork UniPic',
    ],
    ['Qwen-Image Technical Report', '', '', 'Qwen-Image'],
    ['LongCat-Flash-Omni Technical Report', '', '', 'LongCat-Flash-Omni'],
    [
      'Emerging Properties in Unified Multimodal Pretraining',
      '',
      'https://github.com/bytedance-seed/BAGEL',
      'BAGEL',
    ],
    [
      'Harmonizing Visual Representations for Unified Multimodal Understanding and Generation',
      '',
      'https://github.com/wusize/Harmon',
      'Harmon',
    ],
    [
      'Vision as a Dialect: Unifying Visual Understanding and Generation via Text-Aligned Representations',
      '',
      'https://github.com/csuhan/Tar',
      'Tar',
    ],
    [
      'World Model on Million-Length Video And Language With Blockwise RingAttention',
      '',
      'https://github.com/LargeWorldModel/LWM',
      'LWM',
    ],
    [
      'Transfer between Modalities with MetaQueries',
      'We introduce MetaQueries, a set of learnable queries that act as an efficient interface.',
      '',
      'MetaQueries',
    ],
    [
      'Unified Multimodal Discrete Diffusion',
      'We propose Unified Multimodal Discrete Diffusion (UniDisc), a model that jointly processes text and images.',
      'https://github.com/alexanderswerdlow/unidisc',
      'UniDisc',
    ],
    ['Robot See Robot Do: Imitating Articulated Object Manipulation', '', '', 'Robot See Robot Do'],
  ])('%s', (title, abstract, repo, name) => {
    expect(shortName(paper(title, abstract), repo === '' ? [] : code(repo))).toBe(name);
  });

  it.each([
    ['Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding', ''],
    // A sentence before the colon is no name.
    ['Vision as a Dialect: Unifying Visual Understanding and Generation', ''],
    // A coined word the abstract does not introduce is another work's name.
    ['An Empirical Study of GPT-4o Image Generation Capabilities', 'We study how GPT-4o generates images.'],
    ['Scaling LoRA Adapters for Diffusion', 'LoRA is widely used.'],
  ])('finds no name in %j', (title, abstract) => {
    expect(shortName(paper(title, abstract), [])).toBeNull();
  });

  it.each([
    ['MetaQueries', true],
    ['OmniGen2', true],
    ['LaVIT', true],
    ['GAPS', true],
    ['3D', false],
    ['GPT-4o', true],
    ['Generation', false],
    ['Text-to-Image', false],
  ])('%s is a coined word: %s', (word, coined) => {
    expect(isCoined(word)).toBe(coined);
  });
});
