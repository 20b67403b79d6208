import { describe, expect, it } from '@jest/globals';
import { fitMarker, MARKER_MAX_CHARS } from '../../src/pr/marker-fit.js';
import { decodeMarker, encodeMarker, hasMarker, type MarkerData } from '../../src/pr/marker.js';
import { MARKER as marker } from './marker-fixture.js';

describe('encodeMarker / decodeMarker', () => {
  it('round-trips every field', () => {
    const body = `Some body text.\n\n${encodeMarker(marker)}\n`;
    expect(decodeMarker(body)).toEqual({ marker });
  });

  it('round-trips a marker with no run and with the base file it was built from', () => {
    const other = {
      ...marker,
      run: null,
      baseFile: { sha: 'f'.repeat(40), spans: [[12, 300]] as Array<[number, number]> },
    };
    expect(encodeMarker(other)).toContain(`"run":null`);
    expect(decodeMarker(encodeMarker(other))).toEqual({ marker: other });
  });

  it('writes one line that starts with the versioned prefix and ends the comment', () => {
    const encoded = encodeMarker(marker);
    expect(encoded.startsWith('<!-- arxiv-curator:v1 {')).toBe(true);
    expect(encoded.endsWith('} -->')).toBe(true);
    expect(encoded).not.toContain('\n');
  });

  it('keeps a title with "-->" and "<!--" inside the comment and reads it back unchanged', () => {
    const hostile = '<!-- arxiv-curator:v1 {"x":1} --> & <script>alert(1)</script>';
    const data = { ...marker, proposed: [{ id: '2611.09999', version: 1, title: hostile }] };
    const encoded = encodeMarker(data);
    // The comment closes exactly once, at its end.
    expect(encoded.indexOf('-->')).toBe(encoded.length - 3);
    expect(encoded.match(/<!--/g)).toHaveLength(1);
    expect(decodeMarker(encoded)).toEqual({ marker: data });
  });

  it('takes the last marker in the body', () => {
    const older = encodeMarker({ ...marker, headSha: 'c'.repeat(40) });
    const body = `${older}\n\ntext\n\n${encodeMarker(marker)}`;
    expect(decodeMarker(body)).toEqual({ marker });
  });

  it('shortens titles and drops reasons, never ids or scores, when many papers would make the marker too long', () => {
    const proposed = Array.from({ length: 200 }, (_, i) => ({
      ...marker.proposed[0]!,
      id: `2611.${String(i).padStart(5, '0')}`,
      title: `A very long title about native image generation with autoregressive models number ${i} `.repeat(
        3,
      ),
    }));
    const fitted = fitMarker({ ...marker, proposed });
    const encoded = encodeMarker(fitted);
    expect(encoded.length).toBeLessThanOrEqual(MARKER_MAX_CHARS);
    const decoded = decodeMarker(encoded);
    if (!('marker' in decoded)) throw new Error(decoded.warning);
    expect(decoded.marker).toEqual(fitted);
    expect(decoded.marker.proposed.map((p) => p.id)).toEqual(proposed.map((p) => p.id));
    expect(decoded.marker.proposed.every((p) => p.score === 11.5)).toBe(true);
    expect(decoded.marker.proposed[0]!.title.length).toBeLessThan(proposed[0]!.title.length);
    // Fitting what was fitted changes nothing: a PR rendered again reads the same.
    expect(fitMarker(decoded.marker)).toEqual(decoded.marker);
  });

  it("keeps each paper's section, without its reason, as long as it fits", () => {
    const proposed = Array.from({ length: 120 }, (_, i) => ({
      ...marker.proposed[0]!,
      id: `2611.${String(i).padStart(5, '0')}`,
      title: `A very long title about native image generation with autoregressive models number ${i} `.repeat(
        3,
      ),
    }));
    const fitted = fitMarker({ ...marker, proposed });
    expect(encodeMarker(fitted).length).toBeLessThanOrEqual(MARKER_MAX_CHARS);
    expect(fitted.proposed.map((p) => p.section)).toEqual(
      proposed.map(() => ({ name: 'MLLM AR › b-2: Semantic Encoding', why: '', fits: true })),
    );
  });

  it('writes the same text for a marker read back, whatever order its keys were built in', () => {
    const reordered = Object.fromEntries(Object.entries(marker).reverse()) as unknown as MarkerData;
    expect(encodeMarker(reordered)).toBe(encodeMarker(marker));
    const decoded = decodeMarker(encodeMarker(marker));
    if (!('marker' in decoded)) throw new Error(decoded.warning);
    expect(encodeMarker(decoded.marker)).toBe(encodeMarker(marker));
  });

  it('reads a marker of an earlier version: ids alone under removed, no queue, no run', () => {
    const { queue: _q, queueDropped: _d, run: _r, baseFile: _b, ...old } = marker;
    const body = `<!-- arxiv-curator:v1 ${JSON.stringify({ ...old, removed: ['2611.00001'] })} -->`;
    expect(decodeMarker(body)).toEqual({
      marker: {
        ...marker,
        removed: [{ id: '2611.00001', title: '', how: 'deleted' }],
        queue: [],
        queueDropped: 0,
        run: null,
      },
    });
  });
});

describe('markers of long histories', () => {
  it('packs papers and rejections known by id alone, and reads them back the same', () => {
    const bare = {
      ...marker,
      proposed: [
        // In id order, as nextMarker writes them.
        marker.proposed[1]!,
        marker.proposed[0]!,
        { id: '2611.00042', version: 2, title: '' },
        { id: '2611.00007', version: 1, title: '' },
      ],
      removed: [...marker.removed, { id: '2610.00003', title: '', how: 'deleted' as const }],
    };
    const encoded = encodeMarker(bare);
    expect(encoded).toContain('"proposedIds":"2611.00007 00042v2"');
    expect(encoded).toContain('"removedIds":"2610.00003"');
    expect(encoded).not.toContain('"id":"2611.00042"');
    const decoded = decodeMarker(encoded);
    if (!('marker' in decoded)) throw new Error(decoded.warning);
    expect(decoded.marker.proposed.map((p) => p.id)).toEqual([
      'hep-th/9901001',
      '2611.00007',
      '2611.00042',
      '2611.01234',
    ]);
    expect(decoded.marker.removed).toEqual([
      { id: '2610.00003', title: '', how: 'deleted' },
      { id: '2611.00001', title: 'A rejected paper', how: 'unticked' },
    ]);
    expect(encodeMarker(decoded.marker)).toBe(encoded);
    // Nothing packed: the keys are left out, and a marker of an earlier version reads the same.
    expect(encodeMarker(marker)).not.toMatch(/proposedIds|removedIds/);
  });

  it('packs only what has nothing but an id and a version: any other detail keeps the paper whole', () => {
    const bare = { id: '2611.00009', version: 1, title: '' };
    const detailed = [
      { id: '2611.00001', version: 1, title: 'A title' },
      { id: '2611.00002', version: 1, title: '', score: 6 },
      { id: '2611.00003', version: 1, title: '', why: [] },
      { id: '2611.00004', version: 1, title: '', links: [] },
      { id: '2611.00005', version: 1, title: '', day: '2026-11-24' },
      { id: '2611.00006', version: 1, title: '', cats: ['cs.CV'] },
      { id: '2611.00007', version: 1, title: '', entry: 4 },
    ];
    const removed = [
      { id: '2610.00001', title: '', how: 'unticked' as const },
      { id: '2610.00002', title: 'A title', how: 'deleted' as const },
      { id: '2610.00003', title: '', how: 'deleted' as const },
    ];
    const encoded = encodeMarker({ ...marker, proposed: [...detailed, bare], removed });
    expect(encoded).toContain('"proposedIds":"2611.00009"');
    expect(encoded).toContain('"removedIds":"2610.00003"');
    const decoded = decodeMarker(encoded);
    if (!('marker' in decoded)) throw new Error(decoded.warning);
    expect(decoded.marker.proposed).toEqual([...detailed, bare]);
    expect(decoded.marker.removed).toEqual(removed);
  });

  it('without packed ids, papers and removals are read back in the order they were written', () => {
    const unordered = {
      ...marker,
      removed: [
        { id: '2611.00002', title: 'Second', how: 'deleted' as const },
        { id: '2611.00001', title: 'First', how: 'unticked' as const },
      ],
    };
    const decoded = decodeMarker(encodeMarker(unordered));
    expect(decoded).toEqual({ marker: unordered });
  });

  it('escapes <, > and & inside the JSON, so no text can end the comment, and reads them back', () => {
    const title = 'A & B <b>bold</b> --> <!-- x';
    const tricky = { ...marker, proposed: [{ ...marker.proposed[0]!, title }] };
    const encoded = encodeMarker(tricky);
    const json = encoded.slice('<!-- arxiv-curator:v1 '.length, -' -->'.length);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('A \\u0026 B \\u003cb\\u003ebold');
    expect(decodeMarker(`body ${encoded}`)).toEqual({ marker: tricky });
  });

  it('an unreadable packed list is a warning, not a crash', () => {
    const body = encodeMarker(marker).replace('"queue":', '"removedIds":"00042","queue":');
    expect(decodeMarker(body)).toEqual({
      warning: `the marker's packed ids cannot be read ("00042" has no id before it to take a prefix from)`,
    });
  });

  it('keeps every id of 1,000 papers and 1,000 rejections by giving up everything else', () => {
    const ids = (month: number) =>
      Array.from({ length: 1_000 }, (_, i) => `${month}.${String(i * 7).padStart(5, '0')}`);
    const long = {
      ...marker,
      proposed: ids(2611).map((id) => ({ ...marker.proposed[0]!, id })),
      removed: ids(2610).map((id) => ({
        id,
        title: 'A rejected paper with a title',
        how: 'unticked' as const,
      })),
    };
    const fitted = fitMarker(long);
    expect(encodeMarker(fitted).length).toBeLessThanOrEqual(MARKER_MAX_CHARS);
    expect(fitted.proposed.map((p) => p.id)).toEqual(long.proposed.map((p) => p.id));
    expect(fitted.proposed.every((p) => p.version === 2)).toBe(true);
    expect(fitted.removed.map((r) => r.id)).toEqual(long.removed.map((r) => r.id));
  });
});

describe('decodeMarker warnings', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['no marker', 'Just a PR body', /no arxiv-curator marker/],
    ['invalid JSON', '<!-- arxiv-curator:v1 {not json} -->', /not valid JSON/],
    ['unclosed comment', '<!-- arxiv-curator:v1 {"listPath":"README.md"}', /not closed/],
    ['a newer version', '<!-- arxiv-curator:v2 {} -->', /version "v2"/],
    ['a missing field', '<!-- arxiv-curator:v1 {"listPath":"README.md"} -->', /unexpected shape at branch: /],
    ['not an object', '<!-- arxiv-curator:v1 42 -->', /^the marker has an unexpected shape: Invalid input/],
    ['a version without a name', '<!-- arxiv-curator: {} -->', /^the marker has version "", which /],
    [
      'a field of the wrong type',
      `<!-- arxiv-curator:v1 ${JSON.stringify({ ...marker, proposed: [{ id: '2611.1', version: 'one', title: '' }] })} -->`,
      /unexpected shape at proposed\.0\.version/,
    ],
    [
      'a bad sha',
      `<!-- arxiv-curator:v1 ${JSON.stringify({ ...marker, headSha: 'not a sha' })} -->`,
      /headSha/,
    ],
  ];
  it.each(cases)('%s is a warning, not a crash', (_name, body, warning) => {
    const decoded = decodeMarker(body);
    expect(decoded).toEqual({ warning: expect.stringMatching(warning) });
  });

  it('treats null and undefined bodies as bodies without a marker', () => {
    expect(decodeMarker(null)).toEqual({ warning: expect.stringMatching(/no arxiv-curator marker/) });
    expect(hasMarker(undefined)).toBe(false);
    expect(hasMarker(`x ${encodeMarker(marker)}`)).toBe(true);
  });
});
