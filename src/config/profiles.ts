import type { ExcludeTerm, ListStyle, Term } from './schema.js';

/** A built-in topic: what to ask arXiv for and how to score what comes back. */
export interface Profile {
  name: string;
  description: string;
  categories: string[];
  /** Query phrases; each is searched in titles and abstracts. */
  phrases: string[];
  terms: Term[];
  exclude: ExcludeTerm[];
  minScore: number;
  primaryCategoryWeight: number;
  crossListWeight: number;
  similarityWeight: number;
  list: { section: string; style: ListStyle; updatesSection: string | null };
}

const gptImageGeneration: Profile = {
  name: 'gpt-image-generation',
  description:
    'GPT-4o-style image generation: unified multimodal models, autoregressive image generation, image editing',
  categories: ['cs.CV', 'cs.AI', 'cs.CL', 'cs.LG', 'cs.MM'],
  phrases: [
    'GPT-4o',
    'gpt-image',
    'unified multimodal',
    'autoregressive image generation',
    'image editing',
    'text-to-image',
    'visual tokenizer',
    'understanding and generation',
  ],
  terms: [
    { phrase: 'GPT-4o', weight: 4 },
    { phrase: 'unified multimodal', weight: 4 },
    { phrase: 'autoregressive image generation', weight: 5 },
    { phrase: 'image editing', weight: 3 },
    { phrase: 'understanding and generation', weight: 3 },
    { phrase: 'text-to-image', weight: 2 },
    { phrase: 'visual tokenizer', weight: 2 },
  ],
  exclude: [],
  minScore: 5,
  primaryCategoryWeight: 0.5,
  crossListWeight: 0.25,
  similarityWeight: 3,
  list: { section: 'Papers', style: 'details', updatesSection: 'Latest Updates' },
};

export const PROFILES: Readonly<Record<string, Profile>> = {
  [gptImageGeneration.name]: gptImageGeneration,
};

export const DEFAULT_PROFILE = gptImageGeneration.name;
