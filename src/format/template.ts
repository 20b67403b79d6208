import { plainText } from '../list/plain-text.js';
import { learnForms, type Forms } from './forms.js';
import { Tally } from './tally.js';
import { isOptional, type Entry, type EntryKind, type Line, type Part } from './parts.js';
import { entryShape, partShape } from './shape.js';

/**
 * How a group writes an entry: the lines of one of its entries (the model) whose fields a new
 * paper's values replace, the forms of those values, and where it was learned, in words
 * (`like "Transfer between Modalities with MetaQueries"`), for the PR to say.
 */
export interface Template {
  kind: EntryKind;
  lines: Line[];
  forms: Forms;
  source: string;
}

/** Entries looked at around the insertion point: what the list does now, not years ago. */
const WINDOW = 15;
/** Entries a group needs before a link written once is taken for a slip rather than a choice. */
const ODD_POOL = 5;

/**
 * The model is one of the entries near the insertion point (`anchor`, an index into `entries`)
 * of the shape most common there once the parts a paper may lack (its links and badges) and those
 * the bot cannot fill are set aside; among those, the one showing most links, so that the
 * template knows how each kind is written; then the nearest. arXiv entries are preferred.
 */
export function learnTemplate(entries: Entry[], anchor: number, listForms?: Forms): Template | null {
  const indexed = entries.map((entry, index) => ({ entry, index }));
  const arxiv = indexed.filter(({ entry }) => entry.arxivId !== null);
  const pool = arxiv.length > 0 ? arxiv : indexed;
  if (pool.length === 0) return null;
  const distance = (index: number): number => (index < anchor ? anchor - index - 0.5 : index - anchor);
  const near = [...pool].sort((a, b) => distance(a.index) - distance(b.index)).slice(0, WINDOW);
  const core = new Map(
    near.map(({ entry, index }) => [index, entryShape(entry, { fixed: 'drop', core: true })]),
  );
  const cores = new Tally();
  for (const { index } of near) cores.add(core.get(index)!);
  const common = cores.best()!;
  const seen = new Tally();
  for (const { entry } of pool) for (const shape of new Set(optionalShapes(entry))) seen.add(shape);
  // A link or badge no other entry writes that way (a stars badge pointing at another repository)
  // is a slip, not the list's way: such entries are models last.
  const odd = (entry: Entry): number =>
    pool.length < ODD_POOL ? 0 : optionalShapes(entry).filter((shape) => seen.count(shape) < 2).length;
  const [model] = near
    .filter(({ index }) => core.get(index) === common)
    .sort(
      (a, b) =>
        odd(a.entry) - odd(b.entry) ||
        links(b.entry) - links(a.entry) ||
        distance(a.index) - distance(b.index),
    );
  return {
    kind: model!.entry.kind,
    lines: model!.entry.lines,
    forms: learnForms(
      pool.map(({ entry }) => entry),
      listForms,
    ),
    source: `like "${titleOf(model!.entry)}"`,
  };
}

/** The shapes of an entry's links and badges that depend on the paper. */
function optionalShapes(entry: Entry): string[] {
  const shapes: string[] = [];
  const visit = (parts: Part[]): void => {
    for (const part of parts) {
      if (part.type === 'cell') visit(part.parts);
      else if (isOptional(part)) shapes.push(partShape(part, { fixed: 'abstract' }) ?? '');
    }
  };
  for (const line of entry.lines) visit(line);
  return shapes;
}

/** How many of the paper-dependent links an entry shows, filled. */
function links(entry: Entry): number {
  let count = 0;
  const visit = (parts: Part[]): void => {
    for (const part of parts) {
      if (part.type === 'cell') visit(part.parts);
      else if (isOptional(part) && (part.type !== 'link' || part.url !== '')) count++;
    }
  };
  for (const line of entry.lines) visit(line);
  return count;
}

/** The entry's title as plain text, for the PR to name the model. */
export function titleOf(entry: Entry): string {
  for (const line of entry.lines) {
    const found = findTitle(line);
    if (found !== null) return plainText(found);
  }
  return '';
}

function findTitle(parts: Part[]): string | null {
  for (const part of parts) {
    if (part.type === 'title') return part.text;
    if (part.type === 'link' && part.role === 'title') return part.label;
    if (part.type === 'cell') {
      const inner = findTitle(part.parts);
      if (inner !== null) return inner;
    }
  }
  return null;
}
