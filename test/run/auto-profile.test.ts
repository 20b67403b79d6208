/**
 * `profile: auto` in a whole run: the Action reads the list on the base branch, derives the topic
 * from it before asking arXiv, logs what it derived, and proposes a paper of the list's topic that
 * the built-in profile would never find. A list too small to learn from falls back, and says so.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import type { Paper } from '../../src/types.js';
import { topicListMarkdown } from '../curate/auto/topic-list.js';
import { LIST, offTopic, startWorld, type World } from './harness.js';

function molecular(id: string, submitted: string): Paper {
  return {
    arxivId: id,
    version: 1,
    title: 'Graph Neural Networks for Molecular Property Prediction with Equivariant Message Passing',
    abstract:
      'Molecular property prediction with graph neural networks: an equivariant message passing network over molecule graphs.',
    authors: ['Rosalind Franklin'],
    categories: ['cs.LG', 'q-bio.BM'],
    primaryCategory: 'cs.LG',
    published: submitted,
    updated: submitted,
  };
}

describe('profile: auto in the Action', () => {
  let world: World | null = null;
  afterEach(async () => {
    await world?.close();
    world = null;
  });

  it('derives the topic from the base branch list, queries arXiv with it and proposes on it', async () => {
    world = await startWorld({
      files: { [LIST]: topicListMarkdown(30) },
      papers: [
        molecular('2611.30001', '2026-11-24T10:00:00Z'),
        offTopic('2611.30002', '2026-11-24T11:00:00Z'),
      ],
    });
    const result = await world.night({ profile: 'auto', section: 'Papers' });
    expect(result.failed).toBe(false);
    expect(result.stdout).toMatch(
      /arxiv-curator: profile auto: derived from 30 papers of the list — \d+ query phrases/,
    );
    const query = decodeURIComponent(world.arxiv.requests[0]!.searchQuery);
    expect(query).not.toContain('GPT-4o');
    expect(result.outputs['papers-added']).toBe('1');
    const [pull] = world.github.openPulls();
    expect(pull!.body).toContain('2611.30001');
    expect(pull!.body).not.toContain('2611.30002');
  });

  it('falls back to the built-in profile on a list too small to learn from, and says so', async () => {
    world = await startWorld({ papers: [offTopic('2611.30002', '2026-11-24T11:00:00Z')] });
    const result = await world.night({ profile: 'auto' });
    expect(result.failed).toBe(false);
    expect(result.stdout).toContain(
      'arxiv-curator: profile auto: the list has 3 papers with an arXiv id, fewer than the 20 profile: auto needs; using the built-in profile gpt-image-generation',
    );
    expect(decodeURIComponent(world.arxiv.requests[0]!.searchQuery)).toContain('GPT-4o');
  });
});
