import { describe, expect, it } from '@jest/globals';
import type { Candidate, FoundLink, Reason } from '../../src/types.js';
import type { BodyPaper } from '../../src/pr/body-paper.js';
import { BODY_LIMIT, renderPullBody, type PullBodyInput } from '../../src/pr/body.js';
import { EMPTY_FUNNEL } from '../../src/pr/funnel.js';
import { decodeMarker, type MarkerData } from '../../src/pr/marker.js';
import { fitMarker } from '../../src/pr/marker-fit.js';
import { paperRecord, queuedPaper } from '../../src/pr/paper-record.js';
import { untickedIds } from '../../src/pr/review-list.js';

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
  return paperRecord(c, entryNumber);
}

const FUNNEL = {
  ...EMPTY_FUNNEL,
  onArxiv: 412,
  fetched: 414,
  duplicates: 2,
  unique: 412,
  listed: 17,
  rejected: 2,
  belowThreshold: 391,
  proposed: 2,
};
const RUN = { searched: 'arXiv submissions of Nov 19–26, 2026', minScore: 5, funnel: FUNNEL, closest: 4.3 };

function markerFor(papers: readonly BodyPaper[]): MarkerData {
  return fitMarker({
    listPath: 'README.md',
    branch: 'arxiv-curator/new-papers',
    headSha: 'a'.repeat(40),
    previousHeadSha: null,
    baseSha: 'b'.repeat(40),
    proposed: [...papers],
    removed: [],
    queue: [],
    queueDropped: 0,
    run: RUN,
    windowEnd: '2026-11-26T00:00:00Z',
    foreignCommits: false,
    closedByBot: false,
    baseFile: null,
  });
}

function bodyInput(papers: BodyPaper[], extra: Partial<PullBodyInput> = {}): PullBodyInput {
  return {
    listPath: 'README.md',
    papers,
    queue: [],
    queueDropped: 0,
    maxPapers: 10,
    rejected: [],
    run: RUN,
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

  it('opens with the papers, a review checklist, the table by score, score cards, the last run, how to review, and the marker', () => {
    const body = renderPullBody(bodyInput(papers));
    expect(
      body.startsWith('arxiv-curator proposes **2 new papers** for `README.md` (submitted Nov 25, 2026).'),
    ).toBe(true);
    expect(body).toContain(
      '### Review\nUntick a paper to reject it: the next run removes its entry and never proposes it again.\n\n' +
        '- [x] 2611.01234 Paper 2611.01234\n- [x] 2611.02345 Paper 2611.02345\n',
    );
    expect(body).toContain(
      '**Last run:** searched arXiv submissions of Nov 19–26, 2026: 412 on arXiv → 414 fetched → 412 unique (2 duplicates) → ' +
        '17 already listed → 2 rejected in review or ignored → 391 below the threshold of 5.0 → 2 proposed. ' +
        "391 papers scored below the threshold of 5.0 (the closest 4.3); the run's summary lists the closest.",
    );
    expect(tableRows(body)).toEqual([
      '| 6 | [Paper 2611.01234](https://arxiv.org/abs/2611.01234) | 11.5 | title "image generation" +4 · category cs.CV +0.5 | — |',
      '| 7 | [Paper 2611.02345](https://arxiv.org/abs/2611.02345) | 9.0 | title "image generation" +4 · category cs.CV +0.5 | [💻 code](https://github.com/o/r) |',
    ]);
    expect(body).toContain('<details><summary><b>2611.01234</b> Paper 2611.01234 — score 11.5</summary>');
    expect(body).toContain('- **Categories:** cs.CV (primary) · cs.AI');
    expect(body).toContain('💻 code [github.com/o/r](https://github.com/o/r) (found in the abstract)');
    expect(body).toContain(
      '**Reviewing:** untick a paper above, or delete its entry from the diff, to reject it',
    );
    expect(body.trimEnd().endsWith('-->')).toBe(true);
    expect(decodeMarker(body)).toEqual({ marker: markerFor(papers) });
  });

  it('is deterministic: same inputs, same body, whatever the order of papers', () => {
    const one = renderPullBody(bodyInput(papers));
    const two = renderPullBody(bodyInput([...papers].reverse(), { marker: markerFor(papers) }));
    expect(two).toBe(one);
  });

  it('ranks papers when the list does not number its entries; a paper recorded by an older version shows dashes', () => {
    const older: BodyPaper = { id: '2610.00001', version: 1, title: 'From last week' };
    const body = renderPullBody(bodyInput([paper(candidate('2611.01234', 6)), older]));
    expect(tableRows(body)).toEqual([
      expect.stringMatching(/^\| 1 \| \[Paper 2611\.01234\]/),
      '| 2 | [From last week](https://arxiv.org/abs/2610.00001) | — | not recorded | — |',
    ]);
    expect(body).toContain('- [x] 2610.00001 From last week');
  });

  it('lists the queue and the papers rejected in review, with their counts', () => {
    const queue = [queuedPaper(candidate('2611.09003', 8)), queuedPaper(candidate('2611.09004', 7.5))];
    const rejected = [
      { id: '2611.08001', title: 'Unticked one', how: 'unticked' as const },
      { id: '2611.08002', title: 'Deleted one', how: 'deleted' as const },
    ];
    const body = renderPullBody(bodyInput(papers, { queue, queueDropped: 3, rejected }));
    expect(body).toContain('(submitted Nov 25, 2026); 2 more are queued.');
    expect(body).toContain(
      '### Queued, not yet in this PR\n2 papers qualified beyond `max-papers: 10`: the best-scoring are proposed as room frees up',
    );
    expect(body).toContain(
      '| 8.0 | [Paper 2611.09003](https://arxiv.org/abs/2611.09003) | title "image generation" +4 · category cs.CV +0.5 |',
    );
    expect(body).toContain(
      '_3 more papers qualified but were left out to keep the queue at 2 (the lowest scores)._',
    );
    expect(body).toContain(
      '### Rejected in review\n\n- ~~2611.08001 Unticked one~~ (unticked)\n- ~~2611.08002 Deleted one~~ (entry deleted)',
    );
  });

  it('reads back which papers a maintainer unticked in the review section, and only there', () => {
    const body = renderPullBody(bodyInput(papers));
    expect(untickedIds(body, ['2611.01234', '2611.02345'])).toEqual(new Set());
    const unticked = body.replace('- [x] 2611.02345', '- [ ] 2611.02345');
    expect(untickedIds(unticked, ['2611.01234', '2611.02345'])).toEqual(new Set(['2611.02345']));
    // GitHub stores a body edited in the browser with CRLF; an id not proposed is ignored.
    expect(untickedIds(unticked.replace(/\n/g, '\r\n'), ['2611.02345'])).toEqual(new Set(['2611.02345']));
    expect(untickedIds(unticked, ['2611.01234'])).toEqual(new Set());
    // An unticked box elsewhere in the body is not a review.
    expect(untickedIds(`${body}\n### Notes\n- [ ] 2611.01234 later\n`, ['2611.01234'])).toEqual(new Set());
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
    expect(body).toContain('- [x] 2611.07777 arXiv:2611.07777');
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

  it('keeps the checklist, the table and the marker for 100 papers and drops score cards that do not fit', () => {
    const papers = many(100);
    const body = renderPullBody(bodyInput(papers));
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(tableRows(body)).toHaveLength(100);
    expect(body.match(/^- \[x\] /gm)).toHaveLength(100);
    expect(body).toMatch(/_\d+ more score cards are in the run's summary\._/);
    const decoded = decodeMarker(body);
    expect('marker' in decoded && decoded.marker.proposed).toHaveLength(100);
  });

  it('fits 200 papers (the most max-papers allows), a full queue and many rejections under the limit', () => {
    const papers = many(200);
    const queue = many(100).map((p) => ({
      id: `2612.${p.id.slice(5)}`,
      version: 1,
      title: p.title,
      score: 5,
      why: p.why!.slice(0, 3),
    }));
    const rejected = many(100).map((p) => ({
      id: `2610.${p.id.slice(5)}`,
      title: p.title,
      how: 'deleted' as const,
    }));
    const marker = markerFor(papers);
    const body = renderPullBody(
      bodyInput(papers, { queue, rejected, marker: fitMarker({ ...marker, queue, removed: rejected }) }),
    );
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body.match(/^- \[x\] /gm)).toHaveLength(200);
    for (const row of tableRows(body)) expect(unescapedPipes(row)).toBe(6);
    const decoded = decodeMarker(body);
    expect('marker' in decoded && decoded.marker.proposed.map((p) => p.id)).toEqual(papers.map((p) => p.id));
  });
  it('fits 200 routed papers, each Review item naming a long section, under the limit', () => {
    const section = {
      name: 'Text-and-Image Unified Models › Hybrid Encoding (Joint) of Pixels and Semantics',
      why: 'closest to "A title that goes on and on" (0.70), like the section as a whole (0.44)',
      fits: true,
    };
    const papers = many(200).map((p) => ({ ...p, section }));
    const body = renderPullBody(bodyInput(papers, { marker: markerFor(papers) }));
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body.match(/^- \[x\] /gm)).toHaveLength(200);
    const items = body.split('\n').filter((line) => line.startsWith('- [x] '));
    expect(items.every((line) => line.includes(' → "Text-and-Image Unified Models'))).toBe(true);
  });
});

describe('renderPullBody: sections', () => {
  const routed = (id: string, score: number, section: Candidate['section']): BodyPaper =>
    paper({ ...candidate(id, score), section });

  it("shows each card's section and asks to move a paper that fits none, before the table", () => {
    const body = renderPullBody(
      bodyInput([
        routed('2611.00001', 9, { name: 'Benchmarks', why: 'closest to "GenEval" (0.41)', fits: true }),
        routed('2611.00002', 8, {
          name: 'Diffusion Models',
          why: "fits no section well: it shares no word with any section's papers or heading",
          fits: false,
        }),
      ]),
    );
    expect(body).toContain('- **Section:** "Benchmarks": closest to "GenEval" \\(0.41\\)\n');
    expect(body).toContain(
      '- **Section:** "Diffusion Models" (the default): fits no section well: it shares no word with any ' +
        "section's papers or heading\n",
    );
    const note =
      '### Placed in the default section\n- **2611.00002** Paper 2611.00002: placed in "Diffusion Models": ' +
      'it fits no section well; please move it to where it belongs.';
    expect(body).toContain(note);
    expect(body.indexOf(note)).toBeLessThan(body.indexOf('| rank |'));
  });

  it('ends each review item with the section the paper went to; unticking still reads the id', () => {
    const body = renderPullBody(
      bodyInput([
        routed('2611.00001', 9, { name: 'Benchmarks', why: '', fits: true }),
        routed('2611.00002', 8, { name: 'Diffusion *Models*', why: '', fits: false }),
      ]),
    );
    expect(body).toContain('- [x] 2611.00001 Paper 2611.00001 → "Benchmarks"\n');
    expect(body).toContain(
      '- [x] 2611.00002 Paper 2611.00002 → "Diffusion \\*Models\\*" (the default: it fits no section)\n',
    );
    const unticked = body.replace('- [x] 2611.00002', '- [ ] 2611.00002');
    expect([...untickedIds(unticked, ['2611.00001', '2611.00002'])]).toEqual(['2611.00002']);
  });

  it('lists at most 20 papers to move and counts the rest', () => {
    const papers = Array.from({ length: 23 }, (_, i) =>
      routed(`2611.${String(i).padStart(5, '0')}`, 9, {
        name: 'Papers',
        why: 'fits no section well',
        fits: false,
      }),
    );
    const body = rendered(renderPullBody(bodyInput(papers, { maxPapers: 30 })));
    expect(body.match(/: placed in "Papers"/g)).toHaveLength(20);
    expect(body).toContain('- _and 3 more papers: their score cards say so._');
  });

  it('has no section line or note when the run had one section to fill', () => {
    const body = renderPullBody(bodyInput([paper(candidate('2611.00001', 9))]));
    expect(body).not.toContain('**Section:**');
    expect(body).not.toContain('Placed in the default section');
    expect(body).toContain('- [x] 2611.00001 Paper 2611.00001\n');
  });
});
