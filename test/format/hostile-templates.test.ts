import { describe, expect, it } from '@jest/globals';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { addToGroup } from '../../src/format/new-entries.js';
import { applyInsertions, removeInsertions } from '../../src/list/insertions.js';
import { entryTitle } from '../../src/list/paper-text.js';
import { normaliseTitle } from '../../src/list/plain-text.js';
import { readList } from '../../src/list/read-list.js';
import { HOSTILE, hostilePaper, LINKS } from '../list/hostile-strings.js';
import { SHARED_LISTS, sharedLists } from '../list/shared-dir.js';

const LISTS = sharedLists();
const parse = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text) as Root;

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/**
 * What an entry written through a real list's template may hold, whatever arXiv sent: the list's
 * own markup (its HTML tags, badges) and http(s) links; no other tag, no new heading, no table
 * row of another width, and the entry reads back with its id and title.
 */
function problems(
  text: string,
  doc: ReturnType<typeof readList>,
  group: number,
  paperIndex: number,
): string[] {
  const target = doc.groups[group]!;
  const paper = hostilePaper(HOSTILE[paperIndex]!);
  const change = addToGroup(text, doc, target, [{ arxivId: paper.arxivId, paper, links: LINKS }], {
    order: null,
    style: 'details',
  });
  const after = applyInsertions(text, change.insertions);
  const out: string[] = [];
  if (removeInsertions(after, change.insertions) !== text) out.push('bytes outside the entry changed');
  const inserted = change.insertions[0]!.text;
  const ownTags = new Set(text.slice(target.start, target.end).match(/<\/?[a-z][^>]*>/gi) ?? []);
  // The entry as GitHub reads it (a row under its table's head): parsing whole lists of 100 KB
  // for each string would take minutes, and an entry is read alike alone (a blank line before it).
  const table = target.entries[0]?.kind === 'row' ? target.entries[0].container : null;
  const head = table
    ? text.slice(doc.lines.starts[table.headLine!], doc.lines.ends[table.delimiterLine!]) + '\n'
    : '';
  let headings = 0;
  walk(parse(head + inserted), (node) => {
    if (node.type === 'heading') headings++;
    if ((node.type === 'link' || node.type === 'image') && node.url !== '' && !/^https?:\/\//.test(node.url))
      out.push(`${node.type} to ${node.url}`);
    if (node.type === 'html') {
      const stray = node.value.match(/<\/?[a-z!?][^>]*>?/gi)?.filter((tag) => !ownTags.has(tag)) ?? [];
      if (stray.length > 0) out.push(`raw HTML ${stray.join(' ')}`);
    }
    if (node.type === 'table') {
      if (node.children.length !== 2) out.push(`${node.children.length - 1} rows for one entry`);
      if (node.children.some((row) => row.children.length !== node.children[0]!.children.length))
        out.push('a row of another width');
    }
  });
  if (headings !== (target.entries[0]?.kind === 'heading' ? 1 : 0))
    out.push(`${headings} headings in the entry`);
  const reread = readList(after);
  const sections = (d: typeof doc): string =>
    d.sections
      .filter((x) => !/^\d+\. /.test(x.heading))
      .map((x) => x.heading)
      .join('|');
  if (target.entries[0]?.kind !== 'heading' && sections(reread) !== sections(doc))
    out.push('sections changed');
  const entry = reread.groups[group]!.entries.find((e) => e.arxivId === paper.arxivId);
  if (!entry) out.push('the entry does not read back');
  const title = reread.entries.find((e) => e.arxivId === paper.arxivId)?.title ?? '';
  if (normaliseTitle(title) !== normaliseTitle(entryTitle(paper)))
    out.push(`reads back as "${title.slice(0, 60)}"`);
  return out;
}

describe('hostile arXiv text written through each real list template stays inert', () => {
  if (LISTS.length === 0) {
    it('is skipped without ../shared', () => {
      console.log(`skipped: ../shared not found (${SHARED_LISTS})`);
      expect(LISTS).toEqual([]);
    });
    return;
  }
  it.each(LISTS.map((list) => [list.name, list.text]))('%s', (name, text) => {
    const doc = readList(text);
    // The group with the most arXiv entries: the template a run would most likely use.
    const group = doc.groups.reduce(
      (best, g, i) =>
        g.entries.filter((e) => e.arxivId).length > doc.groups[best]!.entries.filter((e) => e.arxivId).length
          ? i
          : best,
      0,
    );
    const found = HOSTILE.flatMap((hostile, i) =>
      problems(text, doc, group, i).map((problem) => `${JSON.stringify(hostile).slice(0, 40)}: ${problem}`),
    );
    expect({ name, found }).toEqual({ name, found: [] });
  });
});
