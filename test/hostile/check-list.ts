import type { Heading, Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ListStyle, SectionSetting } from '../../src/config/schema.js';
import { normaliseTitle, readList, removeInsertions, type Insertion } from '../../src/list/index.js';
import { entryTitle } from '../../src/list/paper-text.js';
import type { Paper } from '../../src/types.js';

/**
 * What makes a list change safe (SPEC §5, §8), as a list of problems in words (empty = safe), so
 * that a failing case says what broke. Checked against the changed text as GitHub would read it
 * (remark with GFM) and as the next night's run would (readList).
 */
export interface ListChangeCase {
  original: string;
  changed: string;
  insertions: Insertion[];
  proposed: Paper[];
  style: ListStyle;
  section: SectionSetting;
  updatesSection: string | null;
}

const parse = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text) as Root;

// What the renderers themselves write as HTML: the seed style's abstract wrapper, nothing else.
const OWN_TAGS = /<details span>|<summary><b>Abstract<\/b><\/summary>|<\/details>/g;
const ANY_TAG = /<[A-Za-z/!?]/;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

function headingText(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((c) => headingText(c as Nodes)).join('');
  return '';
}

/** The headings of a document, those inside `ranges` left out. */
function headings(tree: Root, ranges: [number, number][] = []): string[] {
  const out: string[] = [];
  walk(tree, (node) => {
    if (node.type === 'heading' && !overlaps(node, ranges)) {
      out.push(`${'#'.repeat((node as Heading).depth)} ${headingText(node)}`);
    }
  });
  return out;
}

/** [start, end) offsets of the insertions in the changed text. */
function insertedRanges(insertions: Insertion[]): [number, number][] {
  let shift = 0;
  return [...insertions]
    .sort((a, b) => a.offset - b.offset)
    .map((insertion) => {
      const start = insertion.offset + shift;
      shift += insertion.text.length;
      return [start, start + insertion.text.length];
    });
}

function overlaps(node: Nodes, ranges: [number, number][]): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  return ranges.some(([from, to]) => start < to && end > from);
}

function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url.trim());
}

export function listChangeProblems(c: ListChangeCase): string[] {
  const problems: string[] = [];
  const problem = (text: string): void => {
    problems.push(text);
  };

  // Every byte of the original outside the insertions.
  try {
    if (removeInsertions(c.changed, c.insertions) !== c.original) problem('original bytes changed');
  } catch (error) {
    problem(`insertions not where recorded: ${(error as Error).message}`);
  }

  // Same sections, for GitHub and for the next run; the only new headings are the entries' own.
  const ranges = insertedRanges(c.insertions);
  const before = parse(c.original);
  const after = parse(c.changed);
  if (headings(after, ranges).join('\n') !== headings(before).join('\n')) {
    problem(`headings changed: ${JSON.stringify(headings(after, ranges))}`);
  }
  const entryHeadings = headings(after).length - headings(after, ranges).length;
  const expectedHeadings = c.style === 'details' ? c.proposed.length : 0;
  if (entryHeadings !== expectedHeadings)
    problem(`${entryHeadings} headings inserted, expected ${expectedHeadings}`);
  const options = {
    section: c.section === 'auto' ? undefined : c.section[0],
    updatesSection: c.updatesSection,
  };
  const docBefore = readList(c.original, options);
  const docAfter = readList(c.changed, options);
  const outsideEntries = (doc: typeof docBefore, text: string, within: [number, number][]) =>
    doc.sections
      .filter((s) => !within.some(([from, to]) => s.start >= from && s.start < to))
      .map((s) => `${s.depth} ${s.heading} ${text.slice(0, s.start).split('\n').length}`);
  const sectionsBefore = outsideEntries(docBefore, c.original, []).map((s) => s.replace(/ \d+$/, ''));
  const sectionsAfter = outsideEntries(docAfter, c.changed, ranges).map((s) => s.replace(/ \d+$/, ''));
  if (sectionsAfter.join('\n') !== sectionsBefore.join('\n')) problem('readList sections changed');

  // The new entries read back whole: their ids, their titles, one entry each.
  if (docAfter.entries.length !== docBefore.entries.length + c.proposed.length) {
    problem(
      `${docAfter.entries.length} entries read back, expected ${docBefore.entries.length + c.proposed.length}`,
    );
  }
  for (const paper of c.proposed) {
    if (!docAfter.ids.has(paper.arxivId)) problem(`${paper.arxivId} not found in the changed list`);
    const entry = docAfter.entries.find((e) => e.arxivId === paper.arxivId);
    if (entry === undefined) problem(`${paper.arxivId} has no entry`);
    else if (normaliseTitle(entry.title) !== normaliseTitle(entryTitle(paper))) {
      problem(`${paper.arxivId} reads back as "${entry.title}"`);
    }
  }

  // Inside the insertions: only http(s) links, only the renderer's own HTML, nothing invisible.
  const inserted = ranges.map(([from, to]) => c.changed.slice(from, to)).join('\n');
  if (INVISIBLE.test(inserted)) problem('zero-width or bidi characters inserted');
  let opened = 0;
  let closed = 0;
  walk(after, (node) => {
    if (!overlaps(node, ranges)) return;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isHttp(node.url)) {
      problem(`${node.type} to ${node.url}`);
    }
    if (node.type === 'html') {
      opened += node.value.match(/<details\b/g)?.length ?? 0;
      closed += node.value.match(/<\/details>/g)?.length ?? 0;
      if (ANY_TAG.test(node.value.replace(OWN_TAGS, ''))) problem(`raw HTML: ${node.value.slice(0, 120)}`);
    }
  });
  if (opened !== closed) problem(`${opened} <details> opened, ${closed} closed`);
  if (c.style !== 'details' && opened > 0) problem(`<details> in a ${c.style} list`);

  if (c.style === 'table') problems.push(...tableProblems(before, after, ranges, c.proposed.length));
  return problems;
}

/** The table that took the rows: as many more rows as papers, every row as wide as the header. */
function tableProblems(before: Root, after: Root, ranges: [number, number][], added: number): string[] {
  const tables = (tree: Root): Table[] => tree.children.filter((n): n is Table => n.type === 'table');
  const index = tables(after).findIndex((table) => overlaps(table, ranges));
  if (index < 0) return ['no table holds the new rows'];
  const table = tables(after)[index]!;
  const original = tables(before)[index];
  const problems: string[] = [];
  if (original === undefined || table.children.length !== original.children.length + added) {
    problems.push(
      `${table.children.length} table rows, expected ${(original?.children.length ?? 0) + added}`,
    );
  }
  const width = table.children[0]!.children.length;
  table.children.forEach((row, i) => {
    if (row.children.length !== width)
      problems.push(`row ${i} has ${row.children.length} cells, header ${width}`);
  });
  return problems;
}
