import { describe, expect, it } from '@jest/globals';
import { readList } from '../../src/list/index.js';
import { HeadingEvidence, headingStems } from '../../src/route/heading-evidence.js';

/** Two sections whose papers all say "articulated"; only the tracking papers say "tracking". */
const LIST = [
  '# Articulated objects',
  '## Tracking',
  '- [Articulated Object Tracking with Factor Graphs](https://arxiv.org/abs/2501.00001)',
  '- [Pose Tracking for Articulated Objects](https://arxiv.org/abs/2501.00002)',
  '## Articulated Estimation',
  '- [Articulated Pose Estimation from Point Clouds](https://arxiv.org/abs/2501.00003)',
  '- [Articulated Joint Estimation from Depth](https://arxiv.org/abs/2501.00004)',
  '- [Articulated Shape Estimation in the Wild](https://arxiv.org/abs/2501.00005)',
  '',
].join('\n');

describe('HeadingEvidence: heading words weighted by how much they mark their section', () => {
  const groups = readList(LIST).groups.filter((g) => g.entries.length > 0);
  const evidence = new HeadingEvidence(groups);
  const [tracking, estimation] = [0, 1];

  it('a heading word only its own papers use counts more than one every section uses', () => {
    const stems = headingStems('Articulated Object Tracking and Estimation', null);
    const t = evidence.match(tracking, stems, null);
    const e = evidence.match(estimation, stems, null);
    expect(t.words).toEqual(['tracking']);
    expect(e.words).toEqual(['articulated', 'estimation']);
    // tracking: 2 of 2 papers here → 3/4; articulated: 3 of 5 → 4/7, estimation: 3 of 3 → 4/5.
    expect(t.share).toBeCloseTo(3 / 4);
    expect(e.share).toBeCloseTo((4 / 7 + 4 / 5) / 2);
  });

  it('a paper that uses none of the heading’s words gets nothing from it', () => {
    expect(evidence.match(tracking, headingStems('Neural Radiance Fields', null), null)).toEqual({
      words: [],
      share: 0,
    });
  });

  it('leaves the paper’s own entry out, as a listed paper routed back in turn', () => {
    const own = headingStems('Pose Tracking for Articulated Objects', null);
    // Without it, one tracking paper is left, in its section: (1 + 1) / (1 + 2).
    expect(evidence.match(tracking, own, '2501.00002').share).toBeCloseTo(2 / 3);
    expect(evidence.match(tracking, own, null).share).toBeCloseTo(3 / 4);
  });
});
