import { describe, expect, it } from '@jest/globals';
import { mergePapers } from '../../src/arxiv/merge.js';
import { makePaper } from '../helpers/arxiv-papers.js';

describe('mergePapers', () => {
  it('keeps one paper per base id, at its highest version, whatever the order seen', () => {
    const v1 = makePaper({ arxivId: '2611.00001', version: 1, title: 'old title' });
    const v3 = makePaper({ arxivId: '2611.00001', version: 3, title: 'new title' });
    const v2 = makePaper({ arxivId: '2611.00001', version: 2, title: 'middle title' });
    for (const order of [
      [v1, v3, v2],
      [v3, v2, v1],
      [v2, v1, v3],
    ]) {
      expect(mergePapers(order)).toEqual([v3]);
    }
  });

  it('orders newest submission first, then by id, so any fetch order gives the same list', () => {
    const a = makePaper({ arxivId: '2611.00005', published: '2026-11-25T10:00:00Z' });
    const b = makePaper({ arxivId: '2611.00009', published: '2026-11-25T10:00:00Z' });
    const c = makePaper({ arxivId: 'hep-th/0601001', published: '2006-01-02T10:00:00Z' });
    const d = makePaper({ arxivId: '2611.00001', published: '2026-11-26T01:00:00Z' });
    const expected = ['2611.00001', '2611.00009', '2611.00005', 'hep-th/0601001'];
    expect(mergePapers([a, b, c, d]).map((p) => p.arxivId)).toEqual(expected);
    expect(mergePapers([c, d, b, a]).map((p) => p.arxivId)).toEqual(expected);
  });

  it('compares times across zones', () => {
    const utc = makePaper({ arxivId: '2611.00001', published: '2016-10-09T03:00:00Z' });
    const eastern = makePaper({ arxivId: '2611.00002', published: '2016-10-09T00:00:00-04:00' });
    expect(mergePapers([utc, eastern]).map((p) => p.arxivId)).toEqual(['2611.00002', '2611.00001']);
  });
});
