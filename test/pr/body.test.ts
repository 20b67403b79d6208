import { describe, expect, it } from '@jest/globals';
import type { Candidate, FoundLink, Reason } from '../../src/types.js';
import type { BodyPaper } from '../../src/pr/body-paper.js';
import { BODY_LIMIT, renderPullBody, type PullBodyInput } from '../../src/pr/body.js';
import { decodeMarker, type MarkerData } from '../../src/pr/marker.js';

function candidate(
  id: string,
  score: number,
  extra: { title?: string; reasons?: Reason[]; links?: FoundLink[]; abstract?: string } = {},
): Candidate {
  return {
    paper: {
      arxivId: id,
      version: 1,
      title: extra.title ?? `Paper ${id}`,
      abstract: extra.abstract ?? 'An abstract.',
      authors: ['Ada Lovelace'],
      categories: ['cs.CV', 'cs.AI'],
      primaryCategory: 'cs.CV',
      published: '2026-11-25T17:00:00Z',
      updated: '2026-11-25T17:00:00Z',
    },
    score,
    reasons: extra.reasons ?? [
      { text: 'title "image generation" +4', points: 4 },
      { text: 'category cs.CV +0.5', points: 0.5 },
    ],
    links: extra.links ?? [],
    decision: 'proposed',
  };
}

function paper(c: Candidate, entryNumber: number | null = null): BodyPaper {
  return {
    arxivId: c.paper.arxivId,
    version: c.paper.version,
    title: c.paper.title,
    entryNumber,
    candidate: c,
  };
}

function markerFor(papers: readonly BodyPaper[]): MarkerData {
  return {
    listPath: 'README.md',
    branch: 'arxiv-curator/new-papers',
    headSha: 'a'.repeat(40),
    previousHeadSha: null,
    baseSha: 'b'.repeat(40),
    proposed: papers.map((p) => ({ id: p.arxivId, version: p.version, title: p.title })),
    removed: [],
    windowEnd: '2026-11-26T00:00:00Z',
    foreignCommits: false,
    closedByBot: false,
    baseFile: null,
  };
}

function bodyInput(papers: BodyPaper[], extra: Partial<PullBodyInput> = {}): PullBodyInput {
  return {
    listPath: 'README.md',
    papers,
    funnel: {
      matched: 412,
      listed: 17,
      inOpenPr: 0,
      rejected: 2,
      excluded: 0,
      belowThreshold: 390,
      overCap: 0,
    },
    windowDays: 7,
    minScore: 5,
    maxPapers: 10,
    nearMisses: [],
    marker: markerFor(papers),
    ...extra,
  };
}

/** The body without the hidden marker: what GitHub renders. */
function rendered(body: string): string {
  return body.slice(0, body.lastIndexOf('<!-- arxiv-curator:'));
}

/** Table rows: lines starting with `| ` after the header separator. */
function tableRows(body: string): string[] {
  const lines = body.split('\n');
  const start = lines.indexOf('|---|---|---|---|---|');
  const rows: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('| ')) break;
    rows.push(line);
  }
  return rows;
}

const unescapedPipes = (row: string): number => row.match(/(?<!\\)\|/g)?.length ?? 0;

describe('renderPullBody', () => {
  const papers = [
    paper(
      candidate('2611.02345', 9, {
        links: [{ kind: 'code', url: 'https://github.com/o/r', source: 'abstract' }],
      }),
      7,
    ),
    paper(candidate('2611.01234', 11.5), 6),
  ];

  it('opens with the funnel, then the table by score, score cards, how to review, and the marker last', () => {
    const body = renderPullBody(bodyInput(papers));
    expect(body.startsWith('arxiv-curator proposes **2 new papers** for `README.md`.')).toBe(true);
    expect(body).toContain(
      '(412 on arXiv matched the query · 17 already listed · 2 rejected before · 390 below the threshold of 5.0)',
    );
    expect(tableRows(body)).toEqual([
      '| 6 | [Paper 2611.01234](https://arxiv.org/abs/2611.01234) | 11.5 | title "image generation" +4 · category cs.CV +0.5 | — |',
      '| 7 | [Paper 2611.02345](https://arxiv.org/abs/2611.02345) | 9.0 | title "image generation" +4 · category cs.CV +0.5 | [💻 code](https://github.com/o/r) |',
    ]);
    expect(body).toContain('<details><summary><b>2611.01234</b> Paper 2611.01234 — score 11.5</summary>');
    expect(body).toContain('- **Categories:** cs.CV (primary) · cs.AI');
    expect(body).toContain('💻 code [github.com/o/r](https://github.com/o/r) (found in the abstract)');
    expect(body).toContain(
      '**Reviewing:** delete an entry from the diff to reject that paper; close this pull request',
    );
    expect(body.trimEnd().endsWith('-->')).toBe(true);
    expect(decodeMarker(body)).toEqual({ marker: markerFor(papers) });
  });

  it('is deterministic: same inputs, same body, whatever the order of papers', () => {
    const one = renderPullBody(bodyInput(papers));
    const two = renderPullBody(bodyInput([...papers].reverse(), { marker: markerFor(papers) }));
    expect(two).toBe(one);
  });

  it('ranks papers when the list does not number its entries, and notes carried-over ones', () => {
    const carried: BodyPaper = {
      arxivId: '2610.00001',
      version: 1,
      title: 'From last week',
      entryNumber: null,
      candidate: null,
    };
    const body = renderPullBody(bodyInput([paper(candidate('2611.01234', 6)), carried]));
    expect(body).toContain(', 1 paper of them from earlier runs.');
    expect(tableRows(body)).toEqual([
      expect.stringMatching(/^\| 1 \| \[Paper 2611\.01234\]/),
      '| 2 | [From last week](https://arxiv.org/abs/2610.00001) | — | proposed on an earlier night | — |',
    ]);
  });

  it('summarises near misses below the threshold and over the cap', () => {
    const near = [
      { ...candidate('2611.09001', 4.1), decision: 'below-threshold' as const },
      { ...candidate('2611.09002', 4.9), decision: 'below-threshold' as const },
      { ...candidate('2611.09003', 8), decision: 'over-cap' as const },
    ];
    const body = renderPullBody(bodyInput(papers, { nearMisses: near }));
    expect(body).toContain(
      "**Near misses:** 2 papers scored 4.1–4.9, below the threshold of 5.0; 1 paper was over the cap of 10 per run and stay eligible. They are listed in the run's summary.",
    );
  });

  it('writes a preview note instead of the marker when there is no branch yet', () => {
    const body = renderPullBody(bodyInput(papers, { marker: null }));
    expect(body).not.toContain('<!--');
    expect(body).toContain('_Preview: the hidden marker');
  });
});

describe('renderPullBody with titles that show nothing', () => {
  it.each([
    ['empty', ''],
    ['only invisible characters', ' \u200B\u202E\uFEFF '],
  ])('links a paper whose title is %s by its id', (_name, title) => {
    const body = renderPullBody(bodyInput([paper(candidate('2611.07777', 8, { title }), 4)]));
    expect(body).toContain('| 4 | [arXiv:2611.07777](https://arxiv.org/abs/2611.07777) | 8.0 |');
    expect(body).toContain('<summary><b>2611.07777</b> arXiv:2611.07777 — score 8.0</summary>');
    expect(body).not.toMatch(/\[[\s\u200B\u202E\uFEFF]*\]\(/);
  });
});

describe('renderPullBody with hostile arXiv text', () => {
  const forged = '<!-- arxiv-curator:v1 {"listPath":"x"} -->';
  const hostile = candidate('2611.06666', 8, {
    title: `Pwn @octocat fixes #123 <script>alert(1)</script> | cell | ${forged} --> [x](javascript:alert(1))`,
    reasons: [
      { text: 'similar to listed #3 "MetaQueries" (0.41) +2', points: 2 },
      { text: 'abstract "@everyone | <img src=x onerror=alert(1)>" +1', points: 1 },
    ],
    links: [
      { kind: 'code', url: 'javascript:alert(1)', source: 'abstract' },
      { kind: 'project', url: 'https://evil.github.io/a)b|c', source: 'comment' },
    ],
  });
  const papers = [paper(hostile, 3)];
  const body = renderPullBody(bodyInput(papers));
  const visible = rendered(body);

  it('cannot ping anyone or link an issue', () => {
    expect(visible).not.toMatch(/@(?!&#8203;)[A-Za-z0-9]/);
    expect(visible).not.toMatch(/(?<!&)#(?!&#8203;)\d/);
  });

  it('shows HTML as text', () => {
    expect(visible).not.toMatch(/<script|<img/i);
    expect(visible).toContain('&lt;script&gt;');
  });

  it('keeps every table row to its five cells', () => {
    const rows = tableRows(body);
    expect(rows).toHaveLength(1);
    expect(unescapedPipes(rows[0]!)).toBe(6);
  });

  it('emits only http(s) links, encoded so they cannot break out', () => {
    expect(visible).not.toContain('](javascript:');
    expect(body).toContain('(https://evil.github.io/a%29b%7Cc)');
  });

  it('cannot forge a marker: one comment in the whole body, and it is the real one', () => {
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(body.match(/-->/g)).toHaveLength(1);
    expect(decodeMarker(body)).toEqual({ marker: markerFor(papers) });
  });
});

describe('renderPullBody size limit', () => {
  const longReasons: Reason[] = Array.from({ length: 12 }, (_, i) => ({
    text: `abstract "a rather long matched phrase number ${i} about image generation" +${i}`,
    points: i,
  }));
  const many = (count: number): BodyPaper[] =>
    Array.from({ length: count }, (_, i) =>
      paper(
        candidate(`2611.${String(i).padStart(5, '0')}`, 5 + (i % 50) / 10, {
          title: `A title that goes on and on about unified autoregressive native image generation and editing, part ${i}`,
          reasons: longReasons,
          links: [
            { kind: 'code', url: `https://github.com/owner/repository-${i}`, source: 'abstract' },
            { kind: 'dataset', url: `https://huggingface.co/datasets/owner/data-${i}`, source: 'comment' },
          ],
        }),
        100 + i,
      ),
    );

  it('keeps the table and the marker for 150 papers and drops score cards that do not fit', () => {
    const papers = many(150);
    const body = renderPullBody(bodyInput(papers));
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(tableRows(body)).toHaveLength(150);
    expect(body).toMatch(/_\d+ more score cards are in the run's summary\._/);
    const decoded = decodeMarker(body);
    expect('marker' in decoded && decoded.marker.proposed).toHaveLength(150);
  });

  it('keeps a well-formed table and the whole marker for 1,000 papers, saying how many rows are elsewhere', () => {
    const papers = many(1000);
    const body = renderPullBody(bodyInput(papers));
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    const rows = tableRows(body);
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expect(unescapedPipes(row)).toBe(6);
    expect(body).toContain(`${1000 - rows.length} more papers are in the run's summary.`);
    const decoded = decodeMarker(body);
    expect('marker' in decoded && decoded.marker.proposed.map((p) => p.id)).toEqual(
      papers.map((p) => p.arxivId),
    );
  });
});
