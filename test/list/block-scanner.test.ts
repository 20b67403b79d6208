import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanBlocks } from '../../src/list/block-scanner.js';
import { generatedMarkdown, mulberry32 } from './generated-markdown.js';
import { remarkOutline, scannerOutline } from './outline.js';
import { SHARED_LISTS, sharedLists } from './shared-dir.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'lists');

const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

describe('block scanner = remark-parse (+ remark-gfm) on block structure', () => {
  it.each(readdirSync(FIXTURES).filter((name) => !name.endsWith('.md')))('fixture %s', (name) => {
    for (const file of ['input.md', 'expected.md']) {
      const text = withoutBom(readFileSync(join(FIXTURES, name, file), 'utf8'));
      expect(scannerOutline(text)).toBe(remarkOutline(text));
    }
  });

  it('every shared real-world list, when ../shared is there', () => {
    const lists = sharedLists();
    if (lists.length === 0) console.log(`skipped: ../shared not found (${SHARED_LISTS})`);
    for (const { name, text } of lists) {
      const outline = remarkOutline(text);
      expect({ name, outline: scannerOutline(text) }).toEqual({ name, outline });
      expect(outline.split('\n').length).toBeGreaterThan(40);
    }
  });

  // Laziness, interruption and container rules where micromark and the spec part ways.
  it.each([
    ['a heading in a fence', '```\n## Papers\n```\n## Real'],
    ['a heading in an HTML comment', '<!--\n## Papers\n-->\n## Real'],
    ['a heading in an HTML block', '<div>\n## Papers\n</div>\n\n## Real'],
    ['a setext heading', 'Papers\n---\ntext'],
    ['a thematic break after a definition', '[//]: # "comment"\n---'],
    ['a table interrupting a paragraph', 'intro\n| a | b |\n| - | - |\n| 1 | 2 |'],
    ['a lone tag before a delimiter row', 'text\n<img src="x">\n:-\nmore'],
    ['a lazy closing tag in a list item', '- a\n</br>\nb'],
    ['a lazy closing tag on the last line', '- a\n</br>'],
    ['a list after indented code', '    code\n\n2. item'],
    ['an empty item then a blank line', '-\n\n     five\n1.'],
    ['lazy indented code after a quote', '> # h\n    code\n    more'],
    ['a lazy row after a quoted table', '> | a |\n> |-|\n|---|---|\n|---|---|\n| a |\n+'],
    ['a footnote definition', '[^1]: note\n    # inside\n# outside'],
    ['tabs', '-\ttab item\n\t- nested\n>\tquote'],
  ])('%s', (_name, text) => {
    expect(scannerOutline(text)).toBe(remarkOutline(text));
  });

  it('1,500 generated documents', () => {
    const random = mulberry32(20261126);
    const mismatches: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const text = generatedMarkdown(random, 16);
      if (scannerOutline(text) !== remarkOutline(text)) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it('gives offsets in the original text after a BOM and across CRLF line endings', () => {
    const text = '\uFEFF# A\r\n\r\n## B\r\ntext';
    const { root, lines } = scanBlocks(text, 1);
    expect(root.children.map((b) => [b.type, b.startLine, b.endLine])).toEqual([
      ['heading', 0, 0],
      ['heading', 2, 2],
      ['paragraph', 3, 3],
    ]);
    expect(lines.starts).toEqual([1, 6, 8, 14]);
    expect(text.slice(lines.starts[2], lines.ends[2])).toBe('## B');
  });
});
