/**
 * The body a write sends stays within GitHub's 65,536 characters whatever the PR's history, with
 * its marker readable and its rejections kept, and the maintainer's text around the bot's section
 * kept whole: the bot's part is the one that gets shorter.
 */
import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/config/resolve.js';
import { SECTION_END, SECTION_START } from '../../src/pr/bot-section.js';
import { BODY_LIMIT } from '../../src/pr/body.js';
import { EMPTY_FUNNEL } from '../../src/pr/funnel.js';
import { decodeMarker, type MarkerData } from '../../src/pr/marker.js';
import { deriveMemory } from '../../src/pr/memory.js';
import type { PaperRecord, QueuedPaper, RemovedPaper } from '../../src/pr/paper-record.js';
import { untickedIds } from '../../src/pr/review-list.js';
import { pullBody } from '../../src/run/pull-body.js';

const config = resolveConfig({}, {});

/** `count` ids spread over the months from 2401 on, 5 digits each, in order. */
function ids(count: number, from: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i * 37;
    const month = 2401 + (Math.floor(n / 20_000) % 12) + 100 * Math.floor(n / 240_000);
    return `${month}.${String(n % 20_000).padStart(5, '0')}`;
  });
}

function proposed(id: string, i: number): PaperRecord {
  return {
    id,
    version: 1 + (i % 3),
    title: `A long title about unified autoregressive native image generation and editing, number ${i}`,
    score: 7 + (i % 50) / 10,
    why: ['title "native image generation" +5', 'similar to listed "MetaQueries" (0.44) +2.6', 'cs.CV +0.5'],
    links: [{ kind: 'code', url: `https://github.com/owner/repository-${i}`, source: 'abstract' }],
    day: '2026-11-24',
    cats: ['cs.CV', 'cs.AI'],
    entry: 10 + i,
  };
}

function removed(id: string, i: number): RemovedPaper {
  return {
    id,
    title: `A rejected paper about image editing, number ${i}`,
    how: i % 2 ? 'unticked' : 'deleted',
  };
}

function queued(id: string, i: number): QueuedPaper {
  const why = ['title "GPT-4o" +6', 'abstract "image editing" +2', 'category cs.CV +0.5'];
  return {
    id,
    version: 1,
    title: `A queued paper on visual tokenizers, number ${i}`,
    score: 9 - i / 100,
    why,
  };
}

function history(proposedCount: number, removedCount: number, queueCount = 100): MarkerData {
  return {
    listPath: 'README.md',
    branch: 'arxiv-curator/new-papers',
    headSha: 'a'.repeat(40),
    previousHeadSha: 'c'.repeat(40),
    baseSha: 'b'.repeat(40),
    proposed: ids(proposedCount, 1).map(proposed),
    removed: ids(removedCount, 5).map(removed),
    queue: ids(queueCount, 7).map(queued),
    queueDropped: 0,
    run: {
      searched: 'arXiv submissions of Nov 19–26, 2026',
      minScore: 5,
      funnel: EMPTY_FUNNEL,
      closest: 4.2,
    },
    windowEnd: '2026-11-26T00:00:00Z',
    foreignCommits: false,
    closedByBot: false,
    baseFile: null,
  };
}

function markerOf(body: string): MarkerData {
  const decoded = decodeMarker(body);
  if (!('marker' in decoded)) throw new Error(decoded.warning);
  return decoded.marker;
}

describe('the body of a PR with a long history', () => {
  it('keeps 2,000 proposed and 1,000 rejected papers and a full queue under the limit, every id kept', () => {
    const data = history(2_000, 1_000);
    const body = pullBody(config, data, { number: 7, body: null });
    expect(body.length).toBeLessThan(BODY_LIMIT);
    const marker = markerOf(body);
    expect(marker.proposed.map((p) => p.id)).toEqual(data.proposed.map((p) => p.id));
    expect(marker.proposed.map((p) => p.version)).toEqual(data.proposed.map((p) => p.version));
    expect(marker.removed.map((r) => r.id)).toEqual(data.removed.map((r) => r.id));
    expect(marker.headSha).toBe(data.headSha);
    expect(marker.previousHeadSha).toBe(data.previousHeadSha);
    // What did not fit of the queue is counted, the best kept.
    expect(marker.queue.length + marker.queueDropped).toBe(100);
    expect(marker.queue.map((q) => q.id)).toEqual(data.queue.slice(0, marker.queue.length).map((q) => q.id));

    // The rejections still work: the next run's memory rejects every one of them.
    const memory = deriveMemory({
      pulls: [{ number: 7, state: 'open', merged: false, headSha: data.headSha, marker }],
      listedIds: new Set(),
      branchIds: null,
      ignore: [],
      allow: [],
    });
    for (const { id } of data.removed) expect(memory.rejected.has(id)).toBe(true);
    expect(memory.inOpenPr.size).toBe(2_000);

    // Read back and written again, it is the same body: an unchanged PR is not rewritten.
    expect(pullBody(config, marker, { number: 7, body })).toBe(body);
  });

  it('gives up detail only as the history grows: 100 papers keep their scores and entries, rejections how they were made', () => {
    const data = history(100, 50, 20);
    const marker = markerOf(pullBody(config, data, null));
    expect(marker.proposed.map((p) => p.score)).toEqual(data.proposed.map((p) => p.score));
    expect(marker.proposed.map((p) => p.entry)).toEqual(data.proposed.map((p) => p.entry));
    expect(marker.removed.map((r) => r.how)).toEqual(data.removed.map((r) => r.how));
    expect(marker.queue).toHaveLength(20);
  });

  it('a checklist too long for the description lists the first papers and counts the rest', () => {
    const data = history(4_000, 0, 0);
    const body = pullBody(config, data, { number: 7, body: null });
    expect(body.length).toBeLessThan(BODY_LIMIT);
    const items = body.match(/^- \[x\] /gm)!.length;
    expect(items).toBeGreaterThan(1_000);
    expect(items).toBeLessThan(4_000);
    expect(body).toContain(
      `_${4_000 - items} more papers have no item here (the description has no room): delete an entry from the diff to reject it._`,
    );
    expect(markerOf(body).proposed).toHaveLength(4_000);
  });
});

describe("the maintainer's text around the bot's section", () => {
  const before = 'Notes from the maintainer: please review the first two first.\r\n\r\n';
  const after = '\r\n\r\n---\r\nAlso see #12. <!-- arxiv-curator:v1 {"not":"the bot\'s"} -->\r\n';

  it('is kept as it is, before and after, and is not read as the bot', () => {
    const data = history(3, 1, 0);
    const first = pullBody(config, data, null);
    expect(first.startsWith(SECTION_START)).toBe(true);
    expect(first.endsWith(SECTION_END)).toBe(true);
    const edited = before + first.replace('- [x] 2401.00001 ', '- [ ] 2401.00001 ') + after;
    // What the bot reads of the body is its own section: the marker and the checklist.
    expect(markerOf(edited)).toEqual(markerOf(first));
    expect(untickedIds(edited, ['2401.00001', '2401.00038'])).toEqual(new Set(['2401.00001']));
    const theirs = `### Review\n- [ ] 2401.00038 a list of the maintainer's own\n\n${first}`;
    expect(untickedIds(theirs, ['2401.00038']).size).toBe(0);

    const next = pullBody(config, { ...data, proposed: data.proposed.slice(1) }, { number: 7, body: edited });
    expect(next.startsWith(before + SECTION_START)).toBe(true);
    expect(next.endsWith(SECTION_END + after)).toBe(true);
    expect(markerOf(next).proposed).toHaveLength(2);
  });

  it('takes its room from the bot: with 20,000 characters of theirs, a long history still fits', () => {
    const theirs = `${'A long note from the maintainer. '.repeat(625)}\n\n`;
    expect(theirs.length).toBeGreaterThan(20_000);
    const data = history(2_000, 1_000);
    const body = pullBody(config, data, {
      number: 7,
      body: `${theirs}${SECTION_START}\nold\n${SECTION_END}`,
    });
    expect(body.length).toBeLessThan(BODY_LIMIT);
    expect(body.startsWith(theirs + SECTION_START)).toBe(true);
    const marker = markerOf(body);
    expect(marker.proposed).toHaveLength(2_000);
    expect(marker.removed).toHaveLength(1_000);
  });

  it('too long to leave the bot its room: a clear error, and their text is never cut', () => {
    const theirs = 'x'.repeat(60_000);
    expect(() =>
      pullBody(config, history(3, 1, 0), { number: 7, body: `${theirs}${SECTION_START}${SECTION_END}` }),
    ).toThrow(
      /the text a maintainer wrote in the description of PR #7 outside arxiv-curator's section takes 60,\d{3} of the 65,536 characters GitHub allows, leaving less than the 6,000 arxiv-curator needs for its own; shorten the text above or below the arxiv-curator comments/,
    );
  });

  it("an earlier body without the section comments is the bot's as a whole", () => {
    const old = 'Old body of an earlier version.\n\n<!-- arxiv-curator:v1 {} -->\n';
    const body = pullBody(config, history(3, 1, 0), { number: 7, body: old });
    expect(body).not.toContain('Old body');
    expect(body.startsWith(SECTION_START)).toBe(true);
  });
});
