import { describe, expect, it } from '@jest/globals';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readList } from '../../src/list/read-list.js';
import { renderEntry } from '../../src/list/render-entry.js';
import { spliceEntries } from '../../src/list/splice-entries.js';
import type { FoundLink, Paper } from '../../src/types.js';
import { remarkOutline, blocksOutline } from './outline.js';

/** Untrusted arXiv text that must never break the page it is put in (SPEC §5). */
const HOSTILE = [
  '# Heading',
  '## Papers',
  '> quote',
  '- item',
  '+ item',
  '* item',
  '1. numbered',
  '10) numbered',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</details>',
  '<details open><summary>x</summary>',
  '<!-- comment',
  'comment -->',
  '<!-- arxiv-curator:v1 {"proposed":[]} -->',
  '[link](javascript:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '![img](https://evil.example/x.png)',
  '<https://evil.example>',
  'javascript:alert(1)',
  'a | b | c',
  '| --- | --- |',
  '$\\alpha$ and $$x^2$$',
  '`code` and ``` fences',
  '```',
  '~~~',
  '**bold** _it_ ~~strike~~',
  'Title\nwith\n\nblank lines\n## injected',
  'zero\u200Bwidth\u200D and \u202Ebidi\u202C \u2066isolate\u2069 \uFEFFbom',
  'ctrl\u0000\u0007\u001B[31mred\u0085',
  'x'.repeat(5000),
  'word '.repeat(2000),
  '&lt;b&gt; &amp; &#60;script&#62;',
  'back\\slash\\',
  'Trailing #',
  '   ',
  '[^1]: footnote',
  '[ref]: https://evil.example',
  '---',
  '===',
  '    indented code',
  '<div>',
  'a\r\nb\rc',
  '@octocat #123',
  '\uE000private use',
];

const LINKS: FoundLink[] = [
  { kind: 'code', url: 'javascript:alert(1)', source: 'abstract' },
  { kind: 'code', url: 'https://github.com/example/repo', source: 'abstract' },
  { kind: 'project', url: 'data:text/html,<script>alert(1)</script>', source: 'comment' },
  { kind: 'dataset', url: 'https://example.org/a (b)|c<d>"e"', source: 'comment' },
  { kind: 'demo', url: 'https://user:secret@example.org/demo', source: 'comment' },
];

const hostilePaper = (text: string): Paper => ({
  arxivId: '2511.01234',
  version: 1,
  title: text,
  abstract: text,
  authors: [text, 'Ada Lovelace', ...Array.from({ length: 25 }, (_, i) => `${text} ${i}`)],
  categories: ['cs.CV'],
  primaryCategory: 'cs.CV',
  published: '2025-11-24T18:00:00Z',
  updated: '2025-11-24T18:00:00Z',
});

const SEED = `# List

## Papers
### 1. An existing paper
**Authors:** Someone
<details span>
<summary><b>Abstract</b></summary>
Existing abstract.
</details>

[📄 Paper](https://arxiv.org/pdf/2504.02782)

## BibTeX
`;

const TABLE = `# List

## Papers
| Name | Title | Venue | Date | Code | Demo |
| ---- | ----- | ----- | ---- | ---- | ---- |
| Old | [Old: An existing paper](https://arxiv.org/abs/2504.02782) | arXiv | 2025/04/03 | - | - |
`;

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

function all(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => all(child as Nodes)) : [])];
}

function expectSafeInline(nodes: Nodes[]): void {
  const inline = nodes.flatMap(all);
  expect(
    inline.filter((n) => n.type === 'html' || n.type === 'image' || n.type === 'imageReference'),
  ).toEqual([]);
  for (const node of inline) if (node.type === 'link') expect(node.url).toMatch(/^https?:\/\//);
  expect(inline.filter((n) => n.type === 'definition' || n.type === 'footnoteDefinition')).toEqual([]);
}

/** Control, zero-width, bidi-override, BOM and private-use characters (built so as to name them). */
const INVISIBLE = new RegExp(
  `[${String.fromCharCode(0)}-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\uE000]`,
);

function expectClean(rendered: string): void {
  expect(rendered).not.toMatch(INVISIBLE);
  // The hostile text may say `javascript:`; what matters is that no link goes there (checked on
  // the parsed tree) and that a link with a password is dropped.
  expect(rendered).not.toMatch(/secret@/);
  for (const line of rendered.split('\n')) expect(line.length).toBeLessThan(6000);
}

describe.each(HOSTILE.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
  'hostile text %s',
  (_name, text) => {
    const paper = hostilePaper(text);

    it('details: one heading, a closed details block, safe links only', () => {
      const doc = readList(SEED);
      const rendered = renderEntry(paper, LINKS, 'details', doc.conventions, 7);
      expectClean(rendered);
      const tree = parse(rendered);
      const types = tree.children.map((n) => n.type);
      const hasAbstract = text.trim() !== '';
      expect(types).toEqual(
        hasAbstract ? ['heading', 'paragraph', 'html', 'paragraph'] : ['heading', 'paragraph', 'paragraph'],
      );
      const heading = tree.children[0]!;
      expect(heading.type === 'heading' && heading.depth).toBe(3);
      expect(rendered.startsWith('### 7. ')).toBe(true);
      if (hasAbstract) {
        const html = tree.children[2]!;
        expect(html.type).toBe('html');
        const lines = html.type === 'html' ? html.value.split('\n') : [];
        expect(lines).toHaveLength(4);
        expect(lines.slice(0, 2)).toEqual(['<details span>', '<summary><b>Abstract</b></summary>']);
        expect(lines[3]).toBe('</details>');
        expect(lines[2]).not.toMatch(/[<>]/);
      }
      expectSafeInline([heading, tree.children[1]!, tree.children[tree.children.length - 1]!]);
      const links = all(tree).flatMap((n) => (n.type === 'link' ? [n.url] : []));
      expect(links).toContain('https://arxiv.org/pdf/2511.01234');
      expect(links).toContain('https://github.com/example/repo');
      // A found link with a bad scheme is dropped; one with odd characters is encoded.
      expect(links).toContain('https://example.org/a%20%28b%29%7Cc%3Cd%3E%22e%22');
      expect(links.every((url) => /^https?:\/\//.test(url))).toBe(true);
      // Outside the HTML block every `$` is escaped, so GitHub renders no math.
      for (const line of rendered
        .split('\n')
        .filter((l) => !l.startsWith('<') && !abstractLines(rendered).includes(l))) {
        expect(line).not.toMatch(/(?<!\\)\$/);
      }
    });

    it('details: spliced into the seed list, the list keeps its structure', () => {
      const doc = readList(SEED);
      const entry = {
        arxivId: paper.arxivId,
        text: renderEntry(paper, LINKS, 'details', doc.conventions, 2),
      };
      const { text: after } = spliceEntries(SEED, doc, [entry], { order: 'append', style: 'details' });
      const reread = readList(after);
      expect(reread.sections.map((s) => s.heading)).toEqual([
        'List',
        'Papers',
        '1. An existing paper',
        expect.stringMatching(/^2\. /),
        'BibTeX',
      ]);
      expect(blocksOutline(after)).toBe(remarkOutline(after));
    });

    it('bullet: one item with one paper link', () => {
      const doc = readList('## Papers\n- [Old](https://arxiv.org/abs/2504.02782)\n');
      const rendered = renderEntry(paper, LINKS, 'bullet', doc.conventions);
      expectClean(rendered);
      expect(rendered.split('\n')).toHaveLength(2);
      const tree = parse(rendered);
      expect(tree.children.map((n) => n.type)).toEqual(['list']);
      const list = tree.children[0]!;
      const item = list.type === 'list' ? list.children : [];
      expect(item).toHaveLength(1);
      const paragraph = item[0]!.children[0]!;
      expect(paragraph.type).toBe('paragraph');
      const first = paragraph.type === 'paragraph' ? paragraph.children[0]! : null;
      expect(first?.type === 'link' && first.url).toBe('https://arxiv.org/abs/2511.01234');
      expectSafeInline([paragraph]);
      expect(rendered).not.toMatch(/(?<!\\)\$/);
    });

    it('table: one more row, every cell in its column', () => {
      const doc = readList(TABLE);
      const row = renderEntry(paper, LINKS, 'table', doc.conventions);
      expectClean(row);
      const tree = parse(TABLE + row);
      const table = tree.children.find((n) => n.type === 'table');
      const rows = table?.type === 'table' ? table.children : [];
      expect(rows).toHaveLength(3);
      for (const r of rows) expect(r.children).toHaveLength(6);
      const title = rows[2]!.children[1]!;
      const links = all(title).filter((n) => n.type === 'link');
      expect(links).toHaveLength(1);
      expect(links[0]!.type === 'link' && links[0]!.url).toBe('https://arxiv.org/abs/2511.01234');
      expect(rows[2]!.children[2]!.children).toEqual([
        expect.objectContaining({ type: 'text', value: 'arXiv' }),
      ]);
      expectSafeInline(rows[2]!.children);
      expect(tree.children.map((n) => n.type)).toEqual(['heading', 'heading', 'table']);
    });
  },
);

/** The abstract line of a rendered `details` entry (inside the HTML block, where `$` is inert). */
function abstractLines(rendered: string): string[] {
  const lines = rendered.split('\n');
  const start = lines.indexOf('<summary><b>Abstract</b></summary>');
  return start >= 0 ? [lines[start + 1]!] : [];
}
