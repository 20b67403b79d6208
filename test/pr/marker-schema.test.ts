import { describe, expect, it } from '@jest/globals';
import { decodeMarker, encodeMarker } from '../../src/pr/marker.js';
import { MARKER } from './marker-fixture.js';

/**
 * What a marker read from a PR body may hold (marker-schema.ts): a body is text anyone with
 * write access can edit, so every field is checked, and a marker that breaks a rule is a warning
 * naming the field, never a crash or a half-read memory.
 */
type Json = Record<string, unknown>;

const written = JSON.parse(
  encodeMarker(MARKER).slice('<!-- arxiv-curator:v1 '.length, -' -->'.length),
) as Json;
const proposed = (written.proposed as Json[])[0]!;
const queued = (written.queue as Json[])[0]!;
const run = written.run as Json;

const read = (json: Json) => decodeMarker(`<!-- arxiv-curator:v1 ${JSON.stringify(json)} -->`);
const withPaper = (paper: Json) => ({ ...written, proposed: [paper] });
const withQueued = (paper: Json) => ({ ...written, queue: [paper] });

/** A SHA with every edge of the allowed characters: 0, 9, a, f and upper case. */
const SHA = '09afAF'.repeat(7).slice(0, 40);

describe('a marker read back', () => {
  const accepted: Array<[string, Json]> = [
    [
      'SHAs of 7 and 64 hex digits, in either case',
      { ...written, headSha: SHA.slice(0, 7), baseSha: '09af'.repeat(16) },
    ],
    ['a previous head SHA', { ...written, previousHeadSha: SHA }],
    ['no run and a null window', { ...written, run: null, windowEnd: null }],
    ['a base file with an empty span at the start', { ...written, baseFile: { sha: SHA, spans: [[0, 0]] } }],
    ['a paper with no details', withPaper({ id: '2611.00001', version: 1, title: '' })],
    [
      'an entry numbered 0 and a section that does not fit',
      withPaper({ ...proposed, entry: 0, section: { name: 'X', why: '', fits: false } }),
    ],
    ['empty lists and a zero count', { ...written, proposed: [], removed: [], queue: [], queueDropped: 0 }],
    [
      'a queued paper without a day',
      withQueued({ id: '2611.00003', version: 1, title: 'Q', score: 0, why: [] }),
    ],
    ['a refused force-push', { ...written, forcePushRefused: true }],
    [
      'a removal by id alone and one deleted',
      { ...written, removed: ['2611.00009', { id: '2611.00008', title: 'T', how: 'deleted' }] },
    ],
  ];
  it.each(accepted)('accepts %s', (_name, json) => {
    expect(read(json)).toEqual({ marker: expect.objectContaining({ listPath: 'README.md' }) });
  });

  it('reads back every kind and source of link', () => {
    const kinds = ['code', 'project', 'dataset', 'model', 'demo'];
    const links = kinds.flatMap((kind) =>
      ['abstract', 'comment'].map((source) => ({ kind, url: `https://example.org/${kind}`, source })),
    );
    const decoded = read(withPaper({ ...proposed, links }));
    if (!('marker' in decoded)) throw new Error(decoded.warning);
    expect(decoded.marker.proposed[0]!.links).toEqual(links);
  });

  it('keeps the fields it knows and nothing else', () => {
    const decoded = read({
      ...written,
      extra: 1,
      proposed: [{ ...proposed, extra: 2 }, (written.proposed as Json[])[1]!],
    });
    if (!('marker' in decoded)) throw new Error(decoded.warning);
    expect(decoded.marker).toEqual(MARKER);
  });

  const rejected: Array<[string, Json, string]> = [
    ['an empty list path', { ...written, listPath: '' }, 'listPath'],
    ['an empty branch', { ...written, branch: '' }, 'branch'],
    ['a SHA of 6 digits', { ...written, headSha: SHA.slice(0, 6) }, 'headSha'],
    ['a SHA of 65 digits', { ...written, headSha: `${'09af'.repeat(16)}0` }, 'headSha'],
    ['a SHA with a letter past f', { ...written, headSha: `${SHA.slice(0, 39)}g` }, 'headSha'],
    ['a SHA with text before it', { ...written, headSha: ` ${SHA}` }, 'headSha'],
    ['a SHA with text after it', { ...written, headSha: `${SHA}!` }, 'headSha'],
    ['a bad previous head SHA', { ...written, previousHeadSha: 'HEAD~1' }, 'previousHeadSha'],
    ['a bad base SHA', { ...written, baseSha: 'main' }, 'baseSha'],
    ['a paper without an id', withPaper({ ...proposed, id: '' }), 'proposed.0.id'],
    ['a paper of version 0', withPaper({ ...proposed, version: 0 }), 'proposed.0.version'],
    ['a paper of version 1.5', withPaper({ ...proposed, version: 1.5 }), 'proposed.0.version'],
    ['a paper without a title', withPaper({ id: '2611.00001', version: 1 }), 'proposed.0.title'],
    ['a score that is text', withPaper({ ...proposed, score: '9' }), 'proposed.0.score'],
    ['reasons that are not text', withPaper({ ...proposed, why: [1] }), 'proposed.0.why.0'],
    [
      'a link of an unknown kind',
      withPaper({ ...proposed, links: [{ kind: 'paper', url: 'u', source: 'abstract' }] }),
      'proposed.0.links.0.kind',
    ],
    [
      'a link from an unknown source',
      withPaper({ ...proposed, links: [{ kind: 'code', url: 'u', source: 'body' }] }),
      'proposed.0.links.0.source',
    ],
    [
      'a link without a url',
      withPaper({ ...proposed, links: [{ kind: 'code', source: 'abstract' }] }),
      'proposed.0.links.0.url',
    ],
    ['a day that is a number', withPaper({ ...proposed, day: 20261124 }), 'proposed.0.day'],
    ['categories that are not a list', withPaper({ ...proposed, cats: 'cs.CV' }), 'proposed.0.cats'],
    ['a negative entry number', withPaper({ ...proposed, entry: -1 }), 'proposed.0.entry'],
    ['a fractional entry number', withPaper({ ...proposed, entry: 1.5 }), 'proposed.0.entry'],
    [
      'a section without "fits"',
      withPaper({ ...proposed, section: { name: 'X', why: '' } }),
      'proposed.0.section.fits',
    ],
    ['packed ids that are not text', { ...written, proposedIds: 2611 }, 'proposedIds'],
    ['a removal without an id', { ...written, removed: [''] }, 'removed.0'],
    [
      'a removal of an unknown kind',
      { ...written, removed: [{ id: '2611.1', title: '', how: 'rejected' }] },
      'removed.0',
    ],
    ['packed removals that are not text', { ...written, removedIds: ['2610.00003'] }, 'removedIds'],
    ['a queued paper without a score', withQueued({ ...queued, score: undefined }), 'queue.0.score'],
    ['a queued paper without reasons', withQueued({ ...queued, why: undefined }), 'queue.0.why'],
    ['a queued paper without an id', withQueued({ ...queued, id: '' }), 'queue.0.id'],
    ['a queued paper of version 0', withQueued({ ...queued, version: 0 }), 'queue.0.version'],
    ['a queued paper of version 2.5', withQueued({ ...queued, version: 2.5 }), 'queue.0.version'],
    ['a queued paper without a title', withQueued({ ...queued, title: undefined }), 'queue.0.title'],
    ['a queued day that is a number', withQueued({ ...queued, day: 1 }), 'queue.0.day'],
    ['a negative count of dropped papers', { ...written, queueDropped: -1 }, 'queueDropped'],
    ['a fractional count of dropped papers', { ...written, queueDropped: 0.5 }, 'queueDropped'],
    ['a run without its search', { ...written, run: { ...run, searched: undefined } }, 'run.searched'],
    ['a run whose threshold is text', { ...written, run: { ...run, minScore: '5' } }, 'run.minScore'],
    ['a run without its closest score', { ...written, run: { ...run, closest: undefined } }, 'run.closest'],
    [
      'a funnel count below zero',
      { ...written, run: { ...run, funnel: { ...(run.funnel as Json), fromQueue: -1 } } },
      'run.funnel.fromQueue',
    ],
    [
      'a funnel count that is fractional',
      { ...written, run: { ...run, funnel: { ...(run.funnel as Json), onArxiv: 0.5 } } },
      'run.funnel.onArxiv',
    ],
    ['a window end that is a number', { ...written, windowEnd: 1 }, 'windowEnd'],
    ['a foreign-commits flag that is text', { ...written, foreignCommits: 'no' }, 'foreignCommits'],
    ['a refused force-push that is text', { ...written, forcePushRefused: 'yes' }, 'forcePushRefused'],
    ['no closed-by-bot flag', { ...written, closedByBot: undefined }, 'closedByBot'],
    ['a base file with a bad SHA', { ...written, baseFile: { sha: 'x', spans: [] } }, 'baseFile.sha'],
    [
      'a span at a negative offset',
      { ...written, baseFile: { sha: SHA, spans: [[-1, 2]] } },
      'baseFile.spans.0.0',
    ],
    [
      'a span of negative length',
      { ...written, baseFile: { sha: SHA, spans: [[1, -2]] } },
      'baseFile.spans.0.1',
    ],
    [
      'a span at a fractional offset',
      { ...written, baseFile: { sha: SHA, spans: [[1.5, 2]] } },
      'baseFile.spans.0.0',
    ],
    [
      'a span of fractional length',
      { ...written, baseFile: { sha: SHA, spans: [[1, 2.5]] } },
      'baseFile.spans.0.1',
    ],
    ['a span with one number', { ...written, baseFile: { sha: SHA, spans: [[1]] } }, 'baseFile.spans.0'],
  ];
  it.each(rejected)('warns about %s, naming the field', (_name, json, path) => {
    expect(read(json)).toEqual({ warning: expect.stringContaining(`unexpected shape at ${path}:`) });
  });
});
