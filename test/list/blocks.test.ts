import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBlocks } from '../../src/list/blocks.js';
import { generatedMarkdown, mulberry32 } from './generated-markdown.js';
import { blocksOutline, remarkOutline } from './outline.js';
import { SHARED_LISTS, sharedLists } from './shared-dir.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'lists');

const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

/**
 * Where remark-parse (micromark) and markdown-it read a document differently, each with the
 * outline markdown-it gives. GitHub renders with cmark-gfm, which follows CommonMark.
 */
const PARTING: Array<[string, string, string]> = [
  // micromark's own turns on lazy lines (a line that continues a paragraph in a container
  // without the container's marker or indentation); markdown-it follows CommonMark.
  [
    'a lone tag on a lazy line continues the paragraph',
    '- a\n</br>\nb',
    'list 1-3\n  listItem 1-3\n    paragraph 1-3',
  ],
  ['… also on the last line', '- a\n</br>', 'list 1-2\n  listItem 1-2\n    paragraph 1-2'],
  ['… and before a delimiter row', 'text\n<img src="x">\n:-\nmore', 'paragraph 1-4'],
  [
    'indented code that starts on a lazy line goes on',
    '> # h\n    code\n    more',
    'blockquote 1-1\n  heading1 1-1\ncode 2-3',
  ],
  [
    'a delimiter row on a lazy line makes no table',
    '> quote\n|---|---|\n> |-|-|',
    'blockquote 1-3\n  paragraph 1-3',
  ],
  ['… nor does a head row on a lazy line', '> quote\n| a | b\n> |-|-|', 'blockquote 1-3\n  paragraph 1-3'],
  [
    'a table after a quoted one takes the rows micromark refuses',
    '> | a |\n> |-|\n|---|---|\n|---|---|\n| a |\n+',
    'blockquote 1-2\n  table 1-2\n    row 1-1\ntable 3-5\n  row 3-3\n  row 5-5\nlist 6-6\n  listItem 6-6',
  ],
  // micromark lets only what may interrupt a paragraph interrupt indented code.
  [
    'any list item may follow indented code',
    '    code\n\n2. item',
    'code 1-1\nlist 3-3\n  listItem 3-3\n    paragraph 3-3',
  ],
  ['… an empty one too', '    code\n-', 'code 1-1\nlist 2-2\n  listItem 2-2'],
  // GFM footnotes are an extension that markdown-it's core does not have; nothing reads them.
  [
    'a footnote definition is a paragraph',
    '[^1]: note\n    # inside\n# outside',
    'paragraph 1-1\ncode 2-2\nheading1 3-3',
  ],
  // A one-column table: markdown-it wants a pipe in the head row, micromark in the delimiter row.
  ['a one-column table needs a pipe in its head row', 'text\n| - |', 'paragraph 1-2'],
  ['… but not in its delimiter row', '| a |\n---', 'table 1-2\n  row 1-1'],
  // markdown-it's own: CommonMark (and micromark) would continue the paragraph on these lines.
  [
    'a line after a link definition that cannot interrupt a paragraph',
    '[a]: https://example.com\n</pre>',
    'paragraph 1-1\nhtml 2-2',
  ],
  [
    'a lazy line indented four columns',
    '  1. one\n    ```',
    'list 1-1\n  listItem 1-1\n    paragraph 1-1\ncode 2-2',
  ],
  [
    'an empty item and two blank lines end the list',
    '-\n\n\n- item',
    'list 1-1\n  listItem 1-1\nlist 4-4\n  listItem 4-4\n    paragraph 4-4',
  ],
];

/**
 * Generated documents leave out the lines that make the cases above (lone tags, indented lines,
 * footnotes, one-column tables, definitions, quoted tables) and skip the rare document with an
 * empty item and two blank lines, so that the rest is compared in full.
 */
const PARTING_LINES = new Set([
  ...[
    '<br>',
    '</br>',
    '<span>',
    '<a id="x"></a>',
    '<img src="x">',
    '</pre>',
    '</textarea>',
    "<custom-tag attr='v'>",
  ],
  ...['    code', '\tcode', '    - deep', '\t- tab', '     five spaces', '    ```'],
  ...['[^1]: note', '| a |', ':-', '| - |', '|-|', '[a]: https://example.com', '> | a | b |', '> |-|-|'],
]);
const EMPTY_ITEM_TWO_BLANKS = /^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]*\r?\n[ \t]*\r?\n[ \t]*\r?\n/m;

/** Where the shared lists meet a case above. */
const SHARED_PARTING: Record<string, { remark: string; markdownIt: string }> = {
  // A lone `</br>` right under a list item's text, on a lazy line: the first case.
  'dougefla_Awesome-Articulated-Object-Understanding_README.md': {
    remark: '    paragraph 84-84\n    html 85-85\n',
    markdownIt: '    paragraph 84-85\n',
  },
};

describe('block outline: markdown-it = remark-parse (+ remark-gfm)', () => {
  it.each(readdirSync(FIXTURES).filter((name) => !name.endsWith('.md')))('fixture %s', (name) => {
    for (const file of ['input.md', 'expected.md']) {
      const text = withoutBom(readFileSync(join(FIXTURES, name, file), 'utf8'));
      expect(blocksOutline(text)).toBe(remarkOutline(text));
    }
  });

  it('every shared real-world list, when ../shared is there', () => {
    const lists = sharedLists();
    if (lists.length === 0) console.log(`skipped: ../shared not found (${SHARED_LISTS})`);
    for (const { name, text } of lists) {
      let outline = remarkOutline(text);
      const parting = SHARED_PARTING[name];
      if (parting) {
        expect(outline).toContain(parting.remark);
        outline = outline.replace(parting.remark, parting.markdownIt);
      }
      expect({ name, outline: blocksOutline(text) }).toEqual({ name, outline });
      expect(outline.split('\n').length).toBeGreaterThan(40);
    }
  });

  it.each([
    ['a heading in a fence', '```\n## Papers\n```\n## Real'],
    ['a heading in an HTML comment', '<!--\n## Papers\n-->\n## Real'],
    ['a heading in an HTML block', '<div>\n## Papers\n</div>\n\n## Real'],
    ['a setext heading', 'Papers\n---\ntext'],
    ['a thematic break after a definition', '[//]: # "comment"\n---'],
    ['definitions before a setext heading', '[a]: b\n[c]: d\nHead\n==='],
    ['a lone tag after a quoted table', '> | a | b |\n> |-|-|\n<span>'],
    ['a table interrupting a paragraph', 'intro\n| a | b |\n| - | - |\n| 1 | 2 |'],
    ['an empty item then a blank line', '-\n\n     five\n1.'],
    ['an unclosed fence in an item', '- ```\n  code\n\n\nafter'],
    ['a quote ending with a bare marker', '> a\n>\n\ntext'],
    ['tabs', '-\ttab item\n\t- nested\n>\ttab quote'],
  ])('%s', (_name, text) => {
    expect(blocksOutline(text)).toBe(remarkOutline(text));
  });

  it.each(PARTING)('where they part: %s', (_name, text, outline) => {
    expect(blocksOutline(text)).toBe(outline);
    expect(remarkOutline(text)).not.toBe(outline);
  });

  it('1,500 generated documents', () => {
    const random = mulberry32(20261126);
    const mismatches: string[] = [];
    let compared = 0;
    for (let i = 0; i < 1500; i++) {
      const text = generatedMarkdown(random, 16, (line) => !PARTING_LINES.has(line));
      if (EMPTY_ITEM_TWO_BLANKS.test(text)) continue;
      compared++;
      if (blocksOutline(text) !== remarkOutline(text)) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(1490);
  });
});

describe('readBlocks', () => {
  it('gives offsets in the original text after a BOM and across CRLF line endings', () => {
    const text = '\uFEFF# A\r\n\r\n## B\r\ntext';
    const { blocks, lines } = readBlocks(text, 1);
    expect(blocks.map((b) => [b.type, b.startLine, b.endLine])).toEqual([
      ['heading', 0, 0],
      ['heading', 2, 2],
      ['paragraph', 3, 3],
    ]);
    expect(lines.starts).toEqual([1, 6, 8, 14]);
    expect(text.slice(lines.starts[2], lines.ends[2])).toBe('## B');
  });

  it('reads heading text as written, list markers and table rows', () => {
    const text = [
      '## 📄 *Papers* ##',
      'Two',
      '   lines',
      '===',
      '3) three',
      '4) four',
      '',
      '* star',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '| 3 | 4 |',
    ].join('\n');
    const { blocks } = readBlocks(text);
    expect(blocks.map(({ children: _, ...block }) => block)).toEqual([
      { type: 'heading', startLine: 0, endLine: 0, depth: 2, text: '📄 *Papers*' },
      { type: 'heading', startLine: 1, endLine: 3, depth: 1, text: 'Two\nlines' },
      { type: 'list', startLine: 4, endLine: 5, marker: ')', start: 3 },
      { type: 'list', startLine: 7, endLine: 7, marker: '*' },
      { type: 'table', startLine: 9, endLine: 12, headLine: 9, delimiterLine: 10, rowLines: [11, 12] },
    ]);
  });

  it('ends a container at its last line with content', () => {
    const { blocks } = readBlocks('- a\n\n  b\n\n\n> q\n>\n\n- ```\n  code\n\n\nafter\n');
    expect(blocks.map((b) => [b.type, b.startLine, b.endLine])).toEqual([
      ['list', 0, 2],
      ['blockquote', 5, 6],
      // An unclosed fence holds the blank lines up to the line that ends its item.
      ['list', 8, 11],
      ['paragraph', 12, 12],
    ]);
  });
});
