import { EMPTY_FUNNEL } from '../../src/pr/funnel.js';
import type { MarkerData } from '../../src/pr/marker.js';

/** A marker with every field filled in, as the marker tests read and write it. */
export const MARKER: MarkerData = {
  listPath: 'README.md',
  branch: 'arxiv-curator/new-papers',
  headSha: 'a'.repeat(40),
  previousHeadSha: null,
  baseSha: 'b'.repeat(40),
  proposed: [
    {
      id: '2611.01234',
      version: 2,
      title: 'Unified Visual Tokens for Native Image Generation',
      score: 11.5,
      why: ['title "native image generation" +5', 'similar to listed "MetaQueries" (0.44) +2.6'],
      links: [{ kind: 'code', url: 'https://github.com/example/uvt', source: 'abstract' }],
      day: '2026-11-24',
      cats: ['cs.CV', 'cs.AI'],
      entry: 6,
      section: {
        name: 'MLLM AR › b-2: Semantic Encoding',
        why: 'closest to "MetaQueries" (0.44), heading word "semantic"',
        fits: true,
      },
    },
    { id: 'hep-th/9901001', version: 1, title: 'An old-style id' },
  ],
  removed: [{ id: '2611.00001', title: 'A rejected paper', how: 'unticked' }],
  queue: [
    {
      id: '2611.00002',
      version: 1,
      title: 'Queued',
      score: 7.5,
      why: ['title "GPT-4o" +6'],
      day: '2026-11-23',
    },
  ],
  queueDropped: 2,
  run: { searched: 'arXiv submissions of Nov 19–26, 2026', minScore: 5, funnel: EMPTY_FUNNEL, closest: 4.2 },
  windowEnd: '2026-11-26T00:00:00Z',
  foreignCommits: false,
  closedByBot: false,
  baseFile: null,
};
