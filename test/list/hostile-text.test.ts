import { describe, expect, it } from '@jest/globals';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { resolveConfig } from '../../src/config/resolve.js';
import { readList } from '../../src/list/read-list.js';
import { buildListChange, readListFor } from '../../src/run/list-text.js';
import type { Paper } from '../../src/types.js';
import { HOSTILE, hostilePaper, LINKS } from './hostile-strings.js';
import { remarkOutline, blocksOutline } from './outline.js';

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

/** The entry written for `paper` where a run adds it to `list` (and the list after). */
function added(list: string, paper: Paper): { entry: string; after: string } {
  const config = resolveConfig({}, {});
  const doc = readListFor(list, config);
  const candidate = { paper, links: LINKS, score: 0, reasons: [], decision: 'proposed' as const };
  const change = buildListChange(list, doc, config, [{ arxivId: paper.arxivId, candidate }], new Date());
  const insertion = change.insertions.find((i) => i.arxivIds.length > 0)!;
  return { entry: insertion.text.replace(/\n+$/, '\n'), after: change.text };
}

const BULLETS = '## Papers\n- [Old](https://arxiv.org/abs/2504.02782)\n';

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
      const rendered = added(SEED, paper).entry;
      expectClean(rendered);
      const tree = parse(rendered);
      const types = tree.children.map((n) => n.type);
      const hasAbstract = text.trim() !== '';
      expect(types).toEqual(
        hasAbstract ? ['heading', 'paragraph', 'html', 'paragraph'] : ['heading', 'paragraph', 'paragraph'],
      );
      const heading = tree.children[0]!;
      expect(heading.type === 'heading' && heading.depth).toBe(3);
      expect(rendered.startsWith('### 2. ')).toBe(true);
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
      const { after } = added(SEED, paper);
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
      const rendered = added(BULLETS, paper).entry;
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
      const { entry: row, after } = added(TABLE, paper);
      expectClean(row);
      const tree = parse(after);
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
