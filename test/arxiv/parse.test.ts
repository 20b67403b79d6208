import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ArxivApiError, ArxivTransientError } from '../../src/arxiv/errors.js';
import { parseFeed } from '../../src/arxiv/parse.js';
import type { Paper } from '../../src/types.js';
import { makePaper, papersOverDays } from '../helpers/arxiv-papers.js';
import { renderAtomFeed } from '../helpers/atom-feed.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/arxiv/${name}`, import.meta.url), 'utf8');
const hostileFeed = (name: string): string =>
  readFileSync(new URL(`../fixtures/hostile/feeds/${name}`, import.meta.url), 'utf8');

interface FeedCase {
  file: string;
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  /** `id vN` of every entry, in feed order. */
  ids: string[];
  /** Entries checked field by field (abstracts separately below). */
  papers: Omit<Paper, 'abstract'>[];
}

const CASES: FeedCase[] = [
  {
    file: 'current_2026_search_all_testing_10_entries.xml',
    totalResults: 214881,
    startIndex: 0,
    itemsPerPage: 10,
    ids: [
      '2202.12139 v1',
      '2405.13786 v1',
      '2005.14124 v2',
      '2204.08348 v3',
      '2302.03287 v3',
      '1202.4527 v1',
      '2503.05378 v2',
      '1205.1866 v1',
      '2502.07719 v2',
      '1812.11470 v1',
    ],
    papers: [
      {
        arxivId: '2202.12139',
        version: 1,
        title: 'Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques',
        authors: ['Mohit Kumar Ahuja', 'Arnaud Gotlieb', 'Helge Spieker'],
        categories: ['cs.SE', 'cs.LG'],
        primaryCategory: 'cs.SE',
        published: '2022-02-24T15:05:19Z',
        updated: '2022-02-24T15:05:19Z',
        comment: 'Artificial Intelligence in Software Testing 2022 workshop @ ICST 2022',
        journalRef:
          'Artificial Intelligence in Software Testing @ 2022 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)',
        doi: '10.1109/ICSTW55395.2022.00035',
      },
      {
        arxivId: '2405.13786',
        version: 1,
        title: 'Towards Explainable Test Case Prioritisation with Learning-to-Rank Models',
        authors: ['Aurora Ramírez', 'Mario Berrios', 'José Raúl Romero', 'Robert Feldt'],
        categories: ['cs.SE', 'cs.AI'],
        primaryCategory: 'cs.SE',
        published: '2024-05-22T16:11:45Z',
        updated: '2024-05-22T16:11:45Z',
        comment:
          '3rd International Workshop on Artificial Intelligence in Software Testing (AIST) - International Conference on Software Testing and Validation (ICST)',
        journalRef:
          'Proc. 2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW), pp. 66-69',
        doi: '10.1109/ICSTW58534.2023.00023',
      },
      {
        arxivId: '2005.14124',
        version: 2,
        title: 'Active Fuzzing for Testing and Securing Cyber-Physical Systems',
        authors: ['Yuqi Chen', 'Bohan Xuan', 'Christopher M. Poskitt', 'Jun Sun', 'Fan Zhang'],
        categories: ['cs.SE', 'cs.CR', 'cs.LG'],
        primaryCategory: 'cs.SE',
        published: '2020-05-28T16:19:50Z',
        updated: '2020-07-16T08:15:48Z',
        comment:
          'Accepted by the ACM SIGSOFT International Symposium on Software Testing and Analysis (ISSTA 2020)',
        journalRef:
          'In Proc. ACM SIGSOFT International Symposium on Software Testing and Analysis (ISSTA 2020), pages 14-26. ACM, 2020',
        doi: '10.1145/3395363.3397376',
      },
      {
        arxivId: '2302.03287',
        version: 3,
        title: 'ChatGPT and Software Testing Education: Promises & Perils',
        authors: ['Sajed Jalil', 'Suzzana Rafi', 'Thomas D. LaToza', 'Kevin Moran', 'Wing Lam'],
        categories: ['cs.SE', 'cs.HC'],
        primaryCategory: 'cs.SE',
        published: '2023-02-07T06:41:02Z',
        updated: '2023-03-11T21:03:09Z',
        comment:
          '2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW), 8 pages, 2 tables, 6 figures',
        journalRef:
          '2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)',
        doi: '10.1109/ICSTW58534.2023.00078',
      },
      {
        arxivId: '1202.4527',
        version: 1,
        title: 'Study Paper on Test Case generation for GUI Based Testing',
        authors: ['A. Isabella', 'Emi Retna'],
        categories: ['cs.SE'],
        primaryCategory: 'cs.SE',
        published: '2012-02-21T05:12:13Z',
        updated: '2012-02-21T05:12:13Z',
        comment: 'GUI Testing, Test case generation',
        journalRef:
          'International Journal of Software Engineering & Applications (IJSEA), Vol.3, No.1, January 2012',
      },
      {
        arxivId: '1812.11470',
        version: 1,
        title:
          'A Systematic Literature Review of Automated Techniques for Functional GUI Testing of Mobile Applications',
        authors: ['Yauhen Leanidavich Arnatovich', 'Lipo Wang'],
        categories: ['cs.SE'],
        primaryCategory: 'cs.SE',
        published: '2018-12-30T04:50:20Z',
        updated: '2018-12-30T04:50:20Z',
        comment: 'GUI testing, Functional testing, Model-based, Mobile, Systematic literature review',
      },
    ],
  },
  {
    file: 'current_2026_idlist_oldstyle_astro-ph_0601001_affiliations_jref.xml',
    totalResults: 1,
    startIndex: 0,
    itemsPerPage: 100,
    ids: ['astro-ph/0601001 v1'],
    papers: [
      {
        arxivId: 'astro-ph/0601001',
        version: 1,
        title:
          'Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic Bulge and Carina',
        authors: ['Andrew Gould', 'Susan Dorsher', 'B. Scott Gaudi', 'Andrzej Udalski'],
        categories: ['astro-ph'],
        primaryCategory: 'astro-ph',
        published: '2006-01-02T14:57:58Z',
        updated: '2006-01-02T14:57:58Z',
        comment:
          '62 pages including 16 figures and 9 tables. Submitted to Acta Astronomica. Full resolution version at http://www.astronomy.ohio-state.edu/~gould/ogle_hot_jupiters.ps.gz',
        journalRef: 'ActaAstron.56:1-50,2006',
      },
    ],
  },
  {
    file: 'current_2026_idlist_versioned_2104.12255v1_numeric_title.xml',
    totalResults: 1,
    startIndex: 0,
    itemsPerPage: 100,
    ids: ['2104.12255 v1'],
    papers: [
      {
        arxivId: '2104.12255',
        version: 1,
        title: '0',
        authors: ['Quan Thoi Minh Nguyen'],
        categories: ['cs.CR'],
        primaryCategory: 'cs.CR',
        published: '2021-04-20T16:07:14Z',
        updated: '2021-04-20T16:07:14Z',
      },
    ],
  },
  {
    file: 'current_2026_empty_idlist_0000.0000.xml',
    totalResults: 0,
    startIndex: 0,
    itemsPerPage: 100,
    ids: [],
    papers: [],
  },
  {
    file: 'legacy_2016_search_au_del_maestro_10_of_31.xml',
    totalResults: 31,
    startIndex: 0,
    itemsPerPage: 10,
    ids: [
      '1201.4869 v1',
      'cond-mat/0412498 v1',
      'cond-mat/0603029 v1',
      '1005.5383 v1',
      '1303.6954 v2',
      '1312.6177 v1',
      '1412.6529 v2',
      'cond-mat/0607501 v2',
      'cond-mat/0702661 v2',
      '0807.2873 v1',
    ],
    papers: [
      {
        arxivId: '1201.4869',
        version: 1,
        title: 'A Luttinger Liquid Core Inside Helium-4 Filled Nanopores',
        authors: ['Adrian Del Maestro'],
        categories: ['cond-mat.mes-hall', 'cond-mat.other'],
        primaryCategory: 'cond-mat.mes-hall',
        published: '2012-01-23T21:15:02Z',
        updated: '2012-01-23T21:15:02Z',
        comment: '26 pages, 10 figures',
        journalRef: 'Int. J. Mod. Phys. B, 26, 1244002 (2012)',
        doi: '10.1142/S021797921244002X',
      },
      {
        arxivId: 'cond-mat/0603029',
        version: 1,
        title: 'From stripe to checkerboard order on the square lattice in the presence of quenched disorder',
        authors: ['Adrian Del Maestro', 'Bernd Rosenow', 'Subir Sachdev'],
        categories: ['cond-mat.str-el', 'cond-mat.supr-con'],
        primaryCategory: 'cond-mat.str-el',
        published: '2006-03-02T02:22:45Z',
        updated: '2006-03-02T02:22:45Z',
        comment: '10 pages, 11 figures; added reference',
        journalRef: 'Phys. Rev. B 74, 024520 (2006)',
        doi: '10.1103/PhysRevB.74.024520',
      },
      {
        arxivId: '1412.6529',
        version: 2,
        title: 'Particle partition entanglement of bosonic Luttinger liquids',
        authors: ['C. M. Herdman', 'A. Del Maestro'],
        categories: ['cond-mat.quant-gas', 'quant-ph'],
        primaryCategory: 'cond-mat.quant-gas',
        published: '2014-12-19T21:00:08Z',
        updated: '2015-02-25T23:04:37Z',
        comment: '10 pages, 8 figures; updated figure 5, added references, revised text, reformatted',
        journalRef: 'Phys. Rev. B 91, 184507 (2015)',
        doi: '10.1103/PhysRevB.91.184507',
      },
    ],
  },
];

describe('parseFeed on recorded arXiv responses', () => {
  it.each(CASES)('$file', (c) => {
    const feed = parseFeed(fixture(c.file));
    expect([feed.totalResults, feed.startIndex, feed.itemsPerPage]).toEqual([
      c.totalResults,
      c.startIndex,
      c.itemsPerPage,
    ]);
    expect(feed.papers.map((p) => `${p.arxivId} v${p.version}`)).toEqual(c.ids);
    expect(feed.entryCount).toBe(c.ids.length);
    expect(feed.skipped).toEqual([]);
    for (const expected of c.papers) {
      const paper = feed.papers.find((p) => p.arxivId === expected.arxivId);
      const { abstract, ...rest } = paper!;
      expect(rest).toEqual(expected);
      expect(abstract.length).toBeGreaterThan(100);
    }
    for (const paper of feed.papers) {
      for (const text of [paper.title, paper.abstract, paper.comment ?? '', paper.journalRef ?? '']) {
        expect(text).not.toMatch(/\s{2}|^\s|\s$|\n|&amp;|&lt;|&gt;/);
      }
    }
  });

  it('keeps a title of "0" as the string "0"', () => {
    const [paper] = parseFeed(fixture('current_2026_idlist_versioned_2104.12255v1_numeric_title.xml')).papers;
    expect(paper!.title).toBe('0');
    expect(typeof paper!.title).toBe('string');
  });

  it('decodes entities and collapses whitespace in abstracts', () => {
    const [astro] = parseFeed(
      fixture('current_2026_idlist_oldstyle_astro-ph_0601001_affiliations_jref.xml'),
    ).papers;
    expect(astro!.abstract).toMatch(
      /^We derive the frequencies of hot Jupiters \(HJs\) with 3--5 day periods/,
    );
    expect(astro!.abstract).toContain('following Gould & Morgan (2003) by populating');
    expect(astro!.abstract).toContain('spectroscopic-followup limit of V_max<17.5. Hence');
    expect(astro!.abstract).toContain('(1/310)(1^{+1.39}_{-0.59}) for HJs');

    const legacy = parseFeed(fixture('legacy_2016_search_au_del_maestro_10_of_31.xml')).papers;
    const wrapped = legacy.find((p) => p.arxivId === '1201.4869')!;
    expect(wrapped.abstract).toMatch(
      /^As helium-4 is cooled below 2\.17 K it undergoes a phase transition to a fundamentally new/,
    );
    expect(wrapped.abstract).toMatch(/low dimensional state of matter\.$/);
  });

  it('turns the error feed into an ArxivApiError with arXiv’s own message', () => {
    const run = () => parseFeed(fixture('current_2026_error_incorrect_id_abc_http400.xml'));
    expect(run).toThrow(ArxivApiError);
    expect(run).toThrow('arXiv rejected the query: "incorrect id format for abc"');
    try {
      run();
    } catch (error) {
      expect((error as ArxivApiError).arxivMessage).toBe('incorrect id format for abc');
    }
  });
});

const feedOf = (body: string): string =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"><opensearch:totalResults>1</opensearch:totalResults>${body}</feed>`;

describe('parseFeed on hand-made feeds', () => {
  it('reads elements by local name whatever the prefixes and order', () => {
    const xml = `<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:x="http://arxiv.org/schemas/atom" xmlns:os="http://a9.com/-/spec/opensearch/1.1/">
      <os:startIndex>40</os:startIndex><os:totalResults>41</os:totalResults><os:itemsPerPage>20</os:itemsPerPage>
      <a:entry>
        <x:doi>10.1/abc</x:doi><a:author><a:name>Solo Author</a:name></a:author>
        <x:primary_category term="cs.CV"/><a:category term="cs.CV"/><a:category term="cs.CV"/>
        <a:summary>One  line.</a:summary><a:published>2026-11-25T10:00:00Z</a:published>
        <a:title type="html">Typed   title</a:title><a:id>https://arxiv.org/abs/2611.00001v3</a:id>
        <x:comment/><a:updated>2026-11-26T10:00:00Z</a:updated>
      </a:entry>
    </a:feed>`;
    const feed = parseFeed(xml);
    expect(feed).toMatchObject({ totalResults: 41, startIndex: 40, itemsPerPage: 20, entryCount: 1 });
    expect(feed.papers).toEqual([
      {
        arxivId: '2611.00001',
        version: 3,
        title: 'Typed title',
        abstract: 'One line.',
        authors: ['Solo Author'],
        categories: ['cs.CV'],
        primaryCategory: 'cs.CV',
        published: '2026-11-25T10:00:00Z',
        updated: '2026-11-26T10:00:00Z',
        doi: '10.1/abc',
      },
    ]);
  });

  it('decodes numeric character references once, and leaves unknown entities alone', () => {
    const feed = parseFeed(
      feedOf(
        '<entry><id>http://arxiv.org/abs/2611.00002</id><title>Caf&#233; &#x1F600; &amp;lt;b&amp;gt; &nbsp; &#0;</title></entry>',
      ),
    );
    expect(feed.papers[0]!.title).toBe('Café 😀 &lt;b&gt; &nbsp; &#0;');
    expect(feed.papers[0]!.version).toBe(1);
  });

  it.each([
    ['a plain entity', '<!ENTITY boom "EXPANDED">'],
    ['an entity of markup', '<!ENTITY boom "<b>bold</b>">'],
    ['entities built of entities', '<!ENTITY a "ha"><!ENTITY boom "&a;&a;&a;">'],
  ])('does not expand %s declared in a DOCTYPE', (_name, declarations) => {
    const xml = feedOf(
      '<entry><id>http://arxiv.org/abs/2611.00003v1</id><title>a &boom; b</title></entry>',
    ).replace('<feed', `<!DOCTYPE feed [${declarations}]><feed`);
    expect(parseFeed(xml).papers[0]!.title).toBe('a &boom; b');
  });

  it('refuses a DOCTYPE that points outside the document', () => {
    const xml = feedOf(
      '<entry><id>http://arxiv.org/abs/2611.00003v1</id><title>a &ext; b</title></entry>',
    ).replace('<feed', '<!DOCTYPE feed [<!ENTITY ext SYSTEM "file:///etc/passwd">]><feed');
    expect(() => parseFeed(xml)).toThrow(ArxivTransientError);
    expect(() => parseFeed(xml)).toThrow(/not well-formed XML: External entities are not supported/);
  });

  // Titles, abstracts, authors and comments are read raw and decoded on their own
  // (src/arxiv/feed-xml.ts): each must come out as XML reads it.
  const textCases: [string, string, string][] = [
    ['a comment', 'one <!-- <b>not</b> --> two', 'one two'],
    ['a CDATA section, literally', 'x <![CDATA[<b> & &amp; </t>]]> y', 'x <b> & &amp; </t> y'],
    ['a CDATA section holding end tags', 'x <![CDATA[</summary></title>]]> y', 'x </summary></title> y'],
    ['a processing instruction', 'a<?pi data?>b', 'ab'],
    ['a child element between text runs', 'before <i>inner</i> after', 'before after'],
    ['a child element of the same name', 'a <summary>b</summary><title>c</title> d', 'a d'],
    ['hard-wrapped and padded text', '  leading   and\n\ttrailing  ', 'leading and trailing'],
    ['numeric references to whitespace', 'a&#10;&#9;b&#13;', 'a b'],
    ['entities only', 'x &lt;b&gt; &amp;amp; &#x3c;&#60; &boom; y', 'x <b> &amp; << &boom; y'],
    ['nothing', '', ''],
  ];

  it.each(textCases)('reads a title with %s', (_name, title, expected) => {
    const feed = parseFeed(
      feedOf(`<entry><id>http://arxiv.org/abs/2611.00004</id><title>${title}</title></entry>`),
    );
    expect(feed.papers[0]!.title).toBe(expected);
  });

  it.each(textCases)('reads an abstract, a comment and an author with %s', (_name, text, expected) => {
    const feed = parseFeed(
      feedOf(
        `<entry><id>http://arxiv.org/abs/2611.00004</id><summary type="text">${text}</summary><title>T</title>` +
          `<author><name>${text}</name></author><author><name>A</name></author><arxiv:comment>${text}</arxiv:comment></entry>`,
      ),
    );
    const paper = feed.papers[0]!;
    expect(paper).toMatchObject({ abstract: expected, title: 'T' });
    expect(paper.authors).toEqual(expected === '' ? ['A'] : [expected, 'A']);
    expect(paper.comment).toBe(expected === '' ? undefined : expected);
  });

  it('reads an empty abstract written as one tag', () => {
    const feed = parseFeed(
      feedOf('<entry><id>http://arxiv.org/abs/2611.00004</id><summary/><title>T</title></entry>'),
    );
    expect(feed.papers[0]).toMatchObject({ abstract: '', title: 'T' });
  });

  it('reads attributes whatever their quotes, and the first of an element given twice', () => {
    const feed = parseFeed(
      feedOf(
        `<entry><id>http://arxiv.org/abs/2611.00005</id><title k="a>b">First</title><title>Second</title>` +
          `<category term='cs.LG'/><category scheme="x" term="cs.CV" /><arxiv:primary_category term="cs.CV"/></entry>`,
      ),
    );
    expect(feed.papers[0]).toMatchObject({
      title: 'First',
      categories: ['cs.LG', 'cs.CV'],
      primaryCategory: 'cs.CV',
    });
  });

  it.each([
    [
      'a mismatched end tag',
      '<entry>\n<title>x</entry>',
      /Expected closing tag 'title' \(opened in line 2, col 1\) instead of closing tag 'entry' at line 2, column 9$/,
    ],
    [
      'an end tag closing nothing',
      '<entry></entry></entry>',
      /instead of closing tag 'entry' at line 1, column \d+$/,
    ],
    ['an element left open', '<entry>\n<title>\n', /Expected closing tag 'title' .* at line 3, column 1$/],
    [
      'an unclosed comment',
      '<entry><!-- no end',
      /Invalid '\[ "feed", "entry"\]' found at line 1, column 1$/,
    ],
    [
      'a start tag cut off',
      '<entry id="1"',
      /Attribute '<\/feed' has no space in starting at line 1, column \d+$/,
    ],
    [
      'a start tag broken by another',
      '<entry <title>',
      /boolean attribute '<title' is not allowed at line 1, column \d+$/,
    ],
    ['an unquoted attribute', '<entry a=b></entry>', /Attribute 'a' is without value at line 1, column \d+$/],
    ['a nameless tag', '<entry>< ></entry>', /Invalid space after '<' at line 1, column \d+$/],
  ])('refuses %s, saying what and where', (_name, body, where) => {
    let caught: unknown;
    try {
      parseFeed(feedOf(body));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArxivTransientError);
    expect((caught as ArxivTransientError).kind).toBe('not-xml');
    expect((caught as Error).message).toMatch(/^the response is not well-formed XML: /);
    expect((caught as Error).message).toMatch(where);
  });

  it('keeps the message short when the bad markup is long', () => {
    const body = `<entry x${'b'.repeat(1_000_000)}=y></entry>`;
    expect(() => parseFeed(feedOf(body))).toThrow(
      /^the response is not well-formed XML: Attribute 'xbbb.{100,}… at line 1, column \d+$/,
    );
    try {
      parseFeed(feedOf(body));
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(250);
    }
  });

  it('skips an entry without an arXiv id and keeps the rest', () => {
    const feed = parseFeed(
      feedOf(
        '<entry><id>urn:something</id><title>x</title></entry><entry><id>http://arxiv.org/abs/hep-th/9901001v2</id><title>y</title></entry>',
      ),
    );
    expect(feed.papers.map((p) => [p.arxivId, p.version])).toEqual([['hep-th/9901001', 2]]);
    expect(feed.skipped).toEqual(['entry with id "urn:something" is not an arXiv paper']);
    expect(feed.entryCount).toBe(2);
  });

  it.each([
    ['an empty body', '', 'empty-body', undefined],
    ['whitespace only', ' \n ', 'empty-body', undefined],
    ['"Rate exceeded."', 'Rate exceeded.', 'rate-exceeded', 'Rate exceeded.'],
    [
      'an HTML page',
      '<!DOCTYPE html><html><head><title>503 &amp; down</title></head><body>x</body></html>',
      'html',
      '503 & down',
    ],
    ['bare HTML', '<html><body>Service Unavailable</body></html>', 'html', undefined],
    ['plain text', 'Internal error, try later', 'not-xml', 'Internal error, try later'],
    ['XML that is not a feed', '<error>nope</error>', 'not-xml', '<error>nope</error>'],
    [
      'a cut-off feed',
      feedOf('<entry><id>http://arxiv.org/abs/2611.00002</id>').slice(0, -20),
      'truncated',
      undefined,
    ],
  ])('reports %s as a transient error', (_name, body, kind, arxivMessage) => {
    let caught: unknown;
    try {
      parseFeed(body);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArxivTransientError);
    expect((caught as ArxivTransientError).kind).toBe(kind);
    if (arxivMessage !== undefined)
      expect((caught as ArxivTransientError).details.arxivMessage).toBe(arxivMessage);
  });

  it('reads a feed cut mid-way through a recorded page as truncated', () => {
    const whole = fixture('current_2026_search_all_testing_10_entries.xml');
    for (const cut of [0.1, 0.5, 0.99]) {
      expect(() => parseFeed(whole.slice(0, Math.floor(whole.length * cut)))).toThrow(/cut off/);
    }
  });
});

describe('parseFeed on the hostile feeds (test/fixtures/hostile/feeds)', () => {
  const ids = (xml: string): string[] => parseFeed(xml).papers.map((p) => `${p.arxivId} v${p.version}`);

  it('markup.xml: HTML, comments and links come back as the literal text arXiv meant', () => {
    const feed = parseFeed(hostileFeed('markup.xml'));
    expect([feed.totalResults, feed.entryCount, feed.skipped]).toEqual([9, 9, []]);
    const byId = new Map(feed.papers.map((p) => [p.arxivId, p]));
    expect(byId.get('2611.90001')).toMatchObject({
      title:
        'Unified Multimodal Image Generation <script>alert(document.cookie)</script> and <img src=x onerror=alert(1)> Image Editing',
      authors: ['Ada <b>Lovelace</b>', '</details> Mallory'],
      comment:
        '<script src="https://evil.example/x.js"></script> Code: https://github.com/example/unified-gen',
    });
    expect(byId.get('2611.90001')!.abstract).toBe(
      'We present a unified multimodal model for autoregressive image generation and image editing. ' +
        '</details></summary></div> <details open><summary>pwned</summary> <iframe src="https://evil.example"></iframe> ' +
        '<a href="javascript:alert(1)">click</a> <style>body{display:none}</style> <b>bold</b>',
    );
    expect(byId.get('2611.90002')).toMatchObject({
      title: 'Autoregressive Image Generation <!-- a comment that never ends',
      comment: '--> <!-- arxiv-curator:v1 {} -->',
    });
    expect(byId.get('2611.90005')!.abstract).toBe(
      '| a | b | | --- | --- | | autoregressive image generation | image editing | ' +
        '||| pipes \\| escaped \\\\| twice and a trailing backslash \\',
    );
    expect(byId.get('2611.90007')).toMatchObject({
      // U+FEFF is whitespace to JavaScript, so it collapses; the other invisible characters stay.
      title:
        'Uni\u200bfied Multi\u200dmodal Image Generation \u202egnitide egami\u202c \u2066isolate\u2069 and Image Editing\u0007\u001b[31m',
      abstract:
        'Autoregressive image generation\u200b and image editing with a \u202edesrever\u202c word, ' +
        'soft\u00adhyphen, private\ue000use, \u0085next line, @\u200boctocat and #\u200b123.',
      authors: ['Zero\u200bWidth'],
    });
    expect(byId.get('2611.90008')).toMatchObject({
      title: 'CDATA <b>Unified</b> Multimodal & Image Editing ]]> </details>',
      abstract:
        'Autoregressive image generation & <script>alert(1)</script> image editing. ' +
        '&lt;b&gt;double-escaped&lt;/b&gt; <i>numeric</i>',
    });
    expect(byId.get('2611.90009')!.title).toBe(
      '<details><summary>Unified Multimodal Image Generation</summary> </details> </table> Image Editing',
    );
    expect(ids(hostileFeed('markup.xml'))).toEqual(
      ['90001', '90002', '90003', '90004', '90005', '90006', '90007', '90008', '90009'].map(
        (n) => `2611.${n} v1`,
      ),
    );
  });

  it('sizes.xml: a 100 KB abstract, 2,000 authors and a 5,000-character title are read whole', () => {
    const [longAbstract, manyAuthors, longTitle] = parseFeed(hostileFeed('sizes.xml')).papers;
    expect(longAbstract!.abstract).toHaveLength(100_000);
    expect(manyAuthors!.authors).toHaveLength(2000);
    expect(manyAuthors!.authors[0]).toBe('Author 1 <i>@member1</i>');
    expect(longTitle!.title).toHaveLength(5519);
  });

  it('titles.xml: an empty title, "0", an invisible title and an empty abstract stay as they are', () => {
    const papers = parseFeed(hostileFeed('titles.xml')).papers;
    expect(papers.map((p) => p.title)).toEqual([
      '',
      '0',
      '\u200b\u202e',
      'Unified Multimodal Image Generation with an Empty Abstract',
    ]);
    expect(papers[3]!.abstract).toBe('');
  });

  it('duplicates.xml: both versions of a paper are read (merging them is not the parser’s job)', () => {
    const feed = parseFeed(hostileFeed('duplicates.xml'));
    expect(ids(hostileFeed('duplicates.xml'))).toEqual(['2611.90301 v2', '2611.90301 v1', '2611.90302 v1']);
    expect(feed.papers[0]!.title).toBe('Unified Multimodal Image Generation <b>v2</b> @octocat');
  });

  it.each([
    ['mismatched-tags.xml', 'not-xml', /not well-formed XML: .* at line 9, column 80$/],
    ['truncated.xml', 'truncated', /^the Atom feed is cut off after 708 characters$/],
  ])('%s is refused', (file, kind, message) => {
    let caught: unknown;
    try {
      parseFeed(hostileFeed(file));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArxivTransientError);
    expect((caught as ArxivTransientError).kind).toBe(kind);
    expect((caught as Error).message).toMatch(message);
  });

  it('examples/feed.xml (the feed of `npm start`)', () => {
    const feed = parseFeed(readFileSync('examples/feed.xml', 'utf8'));
    expect([feed.totalResults, feed.entryCount, feed.skipped]).toEqual([13, 13, []]);
    expect(ids(readFileSync('examples/feed.xml', 'utf8'))).toEqual([
      '2504.07046 v1',
      '2504.05979 v1',
      '2504.02782 v1',
      '2202.12139 v1',
      '2405.13786 v1',
      '2005.14124 v2',
      '2204.08348 v3',
      '2302.03287 v3',
      '1202.4527 v1',
      '2503.05378 v2',
      '1205.1866 v1',
      '2502.07719 v2',
      '1812.11470 v1',
    ]);
    expect(feed.papers[2]).toMatchObject({
      title: 'GPT-ImgEval: A Comprehensive Benchmark for Diagnosing GPT4o in Image Generation',
      authors: [
        'Zhiyuan Yan',
        'Junyan Ye',
        'Weijia Li',
        'Zilong Huang',
        'Shenghai Yuan',
        'Xiangyang He',
        'Kaiqing Lin',
        'Jun He',
        'Conghui He',
        'Li Yuan',
      ],
    });
  });
});

describe('parseFeed on generated feeds (test/helpers/atom-feed.ts)', () => {
  const page = (papers: Paper[]): string =>
    renderAtomFeed({ papers, totalResults: papers.length, startIndex: 0, itemsPerPage: papers.length });

  it('gives back the papers it was rendered from: entities, unicode, markup, "0"', () => {
    const texts = [
      'A & B <c> "d" \'e\' é ü 中文 😀',
      '0',
      'x &amp; y',
      'GPT-4o’s image editing: <b>bold</b> $\\alpha$ | pipes | `code`',
      ']]> <![CDATA[ not a section ]]>',
    ];
    const papers = texts.map((text, i) =>
      makePaper({
        arxivId: `2611.${String(30001 + i)}`,
        version: i + 1,
        title: text,
        abstract: `${text} ${text}`,
        authors: [text, 'B C'],
        categories: ['cs.CV', 'cs.LG'],
        comment: text,
        journalRef: `J. ${text}`,
        doi: `10.1/${i}`,
      }),
    );
    for (let n = 1; n <= papers.length; n++) {
      const feed = parseFeed(page(papers.slice(0, n)));
      expect(feed.papers).toEqual(papers.slice(0, n));
      expect([feed.totalResults, feed.entryCount]).toEqual([n, n]);
    }
  });

  it('gives back a page of a thousand papers, one author and one entry alone as lists too', () => {
    const papers = papersOverDays('2026-11-01', 20, 50);
    expect(papers.length).toBeGreaterThan(1000);
    expect(parseFeed(page(papers)).papers).toEqual(papers);
    const alone = [makePaper({ arxivId: '2611.40001', authors: ['Solo'] })];
    expect(parseFeed(page(alone)).papers).toEqual(alone);
  });
});
