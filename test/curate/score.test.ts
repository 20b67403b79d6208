import { describe, expect, it } from '@jest/globals';
import type { Background } from '../../src/curate/background.js';
import { createScorer } from '../../src/curate/score.js';
import { entry, paper, scoring } from './papers.js';

const CATEGORIES = ['cs.CV', 'cs.AI'];
const texts = (reasons: { text: string }[]) => reasons.map((r) => r.text);

describe('createScorer: one reason per ingredient', () => {
  it.each([
    [
      'a term in the title earns weight × 1.5',
      scoring({ terms: [{ phrase: 'GPT-4o', weight: 4 }] }),
      paper({ title: 'What GPT-4o draws' }),
      ['title "GPT-4o" +6'],
      6,
    ],
    [
      'a term in the abstract earns its weight',
      scoring({ terms: [{ phrase: 'image editing', weight: 1.5 }] }),
      paper({ abstract: 'We study image\nediting.' }),
      ['abstract "image editing" +1.5'],
      1.5,
    ],
    [
      'a term in both earns both, once per field however often it repeats',
      scoring({ terms: [{ phrase: 'autoregressive', weight: 2 }] }),
      paper({ title: 'Autoregressive models', abstract: 'Autoregressive. Auto-regressive. autoregressive.' }),
      ['title "autoregressive" +3', 'abstract "autoregressive" +2'],
      5,
    ],
    [
      'an exclude term takes points away by the same rule',
      scoring({ exclude: [{ phrase: '3D', weight: 3, hard: false }] }),
      paper({ title: 'Into 3D', abstract: 'We lift 3D scenes.' }),
      ['abstract exclude "3D" −3', 'title exclude "3D" −4.5'],
      -7.5,
    ],
    [
      'a primary category in the query earns the primary weight',
      scoring({ primaryCategoryWeight: 0.5, crossListWeight: 0.2 }),
      paper({ categories: ['cs.CV', 'cs.AI'], primaryCategory: 'cs.CV' }),
      ['category cs.CV +0.5'],
      0.5,
    ],
    [
      'otherwise a cross-listed one earns the cross-list weight, once',
      scoring({ primaryCategoryWeight: 0.5, crossListWeight: 0.2 }),
      paper({ categories: ['eess.IV', 'cs.CV', 'cs.AI'], primaryCategory: 'eess.IV' }),
      ['cross-listed in cs.AI +0.2'],
      0.2,
    ],
    [
      'a category outside the query earns nothing',
      scoring({ primaryCategoryWeight: 0.5, crossListWeight: 0.2 }),
      paper({ categories: ['math.OC'], primaryCategory: 'math.OC' }),
      [],
      0,
    ],
    [
      'a zero weight gives no reason at all',
      scoring({
        terms: [{ phrase: 'GPT-4o', weight: 0 }],
        exclude: [{ phrase: 'GPT-4o', weight: 0, hard: false }],
      }),
      paper({ title: 'GPT-4o' }),
      [],
      0,
    ],
  ])('%s', (_name, config, candidate, reasons, score) => {
    const result = createScorer(config, CATEGORIES)(candidate);
    expect(texts(result.reasons)).toEqual(reasons);
    expect(result.score).toBe(score);
    expect(result.excluded).toBe(false);
  });
});

describe('createScorer: totals and order', () => {
  const config = scoring({
    terms: [
      { phrase: 'GPT-4o', weight: 4 },
      { phrase: 'image editing', weight: 1.5 },
      { phrase: 'text-to-image', weight: 0.25 },
    ],
    exclude: [{ phrase: 'video', weight: 1, hard: false }],
    primaryCategoryWeight: 0.5,
  });
  const candidate = paper({
    title: 'GPT-4o edits images',
    abstract: 'Image editing with GPT-4o, text-to-image and a little video.',
    categories: ['cs.CV'],
    primaryCategory: 'cs.CV',
  });

  it('sorts reasons by points and makes the score their sum, one decimal', () => {
    const result = createScorer(config, CATEGORIES)(candidate);
    expect(texts(result.reasons)).toEqual([
      'title "GPT-4o" +6',
      'abstract "GPT-4o" +4',
      'abstract "image editing" +1.5',
      'category cs.CV +0.5',
      'abstract "text-to-image" +0.3',
      'abstract exclude "video" −1',
    ]);
    expect(result.score).toBe(11.3);
    expect(result.reasons.reduce((sum, r) => sum + r.points, 0)).toBeCloseTo(result.score, 10);
  });

  it('is deterministic: a fresh scorer gives the same result', () => {
    const first = createScorer(config, CATEGORIES)(candidate);
    const second = createScorer(config, CATEGORIES)(candidate);
    expect(second).toEqual(first);
  });
});

describe('createScorer: hard excludes', () => {
  it('marks the paper excluded and says why, without points', () => {
    const config = scoring({
      terms: [{ phrase: 'image generation', weight: 3 }],
      exclude: [{ phrase: 'medical', weight: 3, hard: true }],
    });
    const result = createScorer(config, CATEGORIES)(paper({ title: 'Medical image generation' }));
    expect(result.excluded).toBe(true);
    expect(texts(result.reasons)).toEqual([
      'title "image generation" +4.5',
      'excluded by "medical" in title',
    ]);
    expect(result.score).toBe(4.5);
  });
});

/** A background in which every test word is equally rare, so the cosine depends on shared words only. */
const FLAT: Background = { documents: 1000, df: new Map() };

describe('createScorer: similarity to the list', () => {
  const listed = entry(
    '2504.06256',
    'Transfer between Modalities with MetaQueries',
    'MetaQueries connect autoregressive multimodal LLMs and diffusion decoders for knowledge-augmented image generation.',
  );
  const rejected = entry(
    '2404.00001',
    'Gaussian splatting avatars',
    'Animatable Gaussian splatting avatars from monocular video with mesh-embedded Gaussians.',
  );
  const config = scoring({ similarityWeight: 3, minScore: 0 });

  it('a paper near a listed one gains, with the listed title and the similarity in the reason', () => {
    const scorer = createScorer(config, CATEGORIES, {
      listed: [listed],
      rejected: [rejected],
      background: FLAT,
    });
    const result = scorer(
      paper({
        title: 'MetaQueries for knowledge-augmented image generation',
        abstract: 'Learnable MetaQueries connect multimodal LLMs and diffusion decoders.',
      }),
    );
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]!.text).toMatch(
      /^similar to listed "Transfer between Modalities with MetaQueries" \(0\.\d\d; nearer the list than \d+% of listed papers, points from 50%\) \+\d(\.\d)?$/,
    );
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(3);
  });

  it('a paper nearer a rejected one loses', () => {
    const scorer = createScorer(config, CATEGORIES, {
      listed: [listed],
      rejected: [rejected],
      background: FLAT,
    });
    const result = scorer(
      paper({
        title: 'Gaussian splatting avatars, faster',
        abstract: 'Animatable Gaussian avatars from video.',
      }),
    );
    expect(result.reasons[0]!.text).toMatch(
      /^similar to rejected "Gaussian splatting avatars" \(0\.\d\d; nearer the list than \d+% of listed papers\) −\d/,
    );
    expect(result.score).toBeLessThan(0);
  });

  it('never compares a paper with its own list entry', () => {
    const scorer = createScorer(config, CATEGORIES, { listed: [listed], rejected: [], background: FLAT });
    const itself = paper({ arxivId: listed.arxivId!, title: listed.title, abstract: listed.abstract! });
    expect(scorer(itself).reasons).toEqual([]);
  });

  it('is skipped for papers it could not lift to the threshold', () => {
    const scorer = createScorer({ ...config, minScore: 10 }, CATEGORIES, {
      listed: [listed],
      rejected: [],
      background: FLAT,
    });
    const result = scorer(paper({ title: listed.title, abstract: listed.abstract! }));
    expect(result.reasons).toEqual([]);
  });

  it('gives the same score whatever the order of the list', () => {
    const other = entry(
      '2505.00002',
      'Unified autoregressive image generation',
      'Autoregressive image generation.',
    );
    const candidate = paper({
      title: 'Autoregressive image generation with MetaQueries',
      abstract: 'Diffusion decoders.',
    });
    const a = createScorer(config, CATEGORIES, { listed: [listed, other], rejected: [], background: FLAT })(
      candidate,
    );
    const b = createScorer(config, CATEGORIES, { listed: [other, listed], rejected: [], background: FLAT })(
      candidate,
    );
    expect(b).toEqual(a);
  });

  it('quotes long titles shortened; with one listed paper any nearness is full weight', () => {
    const long = entry('2501.00003', `${'Very long title words '.repeat(6)}end`, 'Alpha beta gamma delta.');
    const scorer = createScorer(config, CATEGORIES, { listed: [long], rejected: [], background: FLAT });
    const result = scorer(paper({ title: long.title, abstract: long.abstract! }));
    expect(result.reasons).toEqual([
      {
        text:
          'similar to listed "Very long title words Very long title words Very long title words…" ' +
          '(1.00; nearer the list than 100% of listed papers, points from 50%) +3',
        points: 3,
      },
    ]);
  });

  it('keeps ranking on a title-only list: nearer papers earn more, none saturate', () => {
    const titles = [
      'Autoregressive image generation with tokenizers',
      'Autoregressive image generation at scale',
      'Autoregressive image generation with diffusion heads',
      'Autoregressive image generation without vector quantization',
      'Image editing with autoregressive image generation',
      'Autoregressive video and image generation',
    ];
    const list = titles.map((title, i) => ({ arxivId: `2501.0000${i}`, title, abstract: null }));
    const scorer = createScorer(config, CATEGORIES, { listed: list, rejected: [], background: FLAT });
    const points = (title: string) =>
      scorer(paper({ title, abstract: 'Anything at all.' })).reasons.reduce((sum, r) => sum + r.points, 0);
    const near = points('Autoregressive image generation with tokenizers at scale');
    const middle = points('Autoregressive image editing');
    const far = points('Protein folding with graph networks');
    expect(near).toBeGreaterThan(middle);
    expect(middle).toBeGreaterThan(far);
    expect(near).toBeLessThanOrEqual(3);
    expect(far).toBe(0);
  });

  it('gives nothing to a paper no nearer the list than half the listed papers are to the rest', () => {
    // Four close titles and four that share only "image" with them: half the list is near, half far.
    const titles = [
      'Autoregressive image generation with tokenizers',
      'Autoregressive image generation with tokenizers at scale',
      'Autoregressive image generation with visual tokenizers',
      'Scalable autoregressive image generation with tokenizers',
      'Protein structure image analysis',
      'Graph networks for image retrieval',
      'Speech recognition with image features',
      'Robot grasping from image input',
    ];
    const list = titles.map((title, i) => ({ arxivId: `2501.0000${i}`, title, abstract: null }));
    const scorer = createScorer(config, CATEGORIES, { listed: list, rejected: [], background: FLAT });
    const score = (title: string) => scorer(paper({ title, abstract: 'Anything at all.' }));
    // As near as the far half: no points, though it shares words with the list.
    expect(score('Protein image folding').reasons).toEqual([]);
    // Nearer than most: points, short of the full weight.
    const nearer = score('Image generation for robots');
    expect(nearer.reasons.map((r) => r.text)).toEqual([expect.stringMatching(/^similar to listed /)]);
    expect(nearer.score).toBeGreaterThan(0);
    expect(nearer.score).toBeLessThan(3);
  });
});
