import type { ListEntry } from '../../../src/types.js';

const ENDINGS = [
  'with Attention',
  'at Scale',
  'via Contrastive Pretraining',
  'under Distribution Shift',
  'from Few Labels',
  'with Equivariant Layers',
  'for Drug Discovery',
  'Revisited',
  'without Labels',
  'in Low-Data Regimes',
  'by Message Passing',
  'with Uncertainty',
];

/**
 * A made-up list on one topic (molecular property prediction with graph neural networks): `count`
 * entries with ids 2501.00001…, titles varying around the topic, abstracts when `abstracts`.
 */
export function topicList(count: number, abstracts = false): ListEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const head =
      i % 2 === 0
        ? 'Graph Neural Networks for Molecular Property Prediction'
        : 'Molecular Property Prediction';
    const title = `${head} ${ENDINGS[i % ENDINGS.length]}${i >= ENDINGS.length ? ' II' : ''}`;
    return {
      arxivId: `2501.${String(i + 1).padStart(5, '0')}`,
      title,
      abstract: abstracts
        ? `We study molecular property prediction with message passing graph neural networks on molecule graphs, variant ${i}.`
        : null,
    };
  });
}

/** The same list as markdown bullets, as a maintainer would write it. */
export function topicListMarkdown(count: number): string {
  const lines = topicList(count).map((e) => `- [${e.title}](https://arxiv.org/abs/${e.arxivId})`);
  return `# Awesome Molecules\n\n## Papers\n\n${lines.join('\n')}\n`;
}
