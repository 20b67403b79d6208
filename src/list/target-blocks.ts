import type { Block } from './blocks.js';
import type { Section } from './sections.js';

/**
 * The blocks of a section that entries go next to. Append and prepend pick the last and the
 * first of them; a section may hold several lists or tables (one per sub-heading).
 */
export type Order = 'append' | 'prepend';

export function sectionBody(blocks: Block[], section: Section): Block[] {
  return blocks.slice(section.headingBlock + 1, section.endBlock);
}

/** The heading depth most sub-headings of the section have (the deeper one on a tie). */
export function entryHeadingDepth(body: Block[], section: Section): number {
  const counts = new Map<number, number>();
  for (const block of body)
    if (block.type === 'heading') counts.set(block.depth!, (counts.get(block.depth!) ?? 0) + 1);
  let best = section.depth + 1;
  let bestCount = 0;
  for (const [depth, count] of counts) {
    if (count > bestCount || (count === bestCount && depth > best)) {
      best = depth;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The entry headings new ones join: after the last sub-heading of a higher level when appending
 * (the last category), before the first one when prepending, so that numbering that restarts per
 * category continues in the right one.
 */
export function entryHeadingRun(body: Block[], depth: number, order: Order): Block[] {
  const runs: Block[][] = [[]];
  for (const block of body) {
    if (block.type !== 'heading') continue;
    if (block.depth! < depth) runs.push([]);
    else if (block.depth === depth) runs[runs.length - 1]!.push(block);
  }
  const filled = runs.filter((run) => run.length > 0);
  return (order === 'append' ? filled[filled.length - 1] : filled[0]) ?? [];
}

/**
 * The list new items join: the last (or first) list in the section whose items carry links, so
 * that a list of notes under the entries is passed over.
 */
export function targetList(body: Block[], order: Order, lineText: (line: number) => string): Block | null {
  const lists = body.filter((block) => block.type === 'list');
  const linked = lists.filter((list) =>
    list.children.some((item) => lineText(item.startLine).includes('](')),
  );
  const pool = linked.length > 0 ? linked : lists;
  return (order === 'append' ? pool[pool.length - 1] : pool[0]) ?? null;
}

export function targetTable(body: Block[], order: Order): Block | null {
  const tables = body.filter((block) => block.type === 'table');
  return (order === 'append' ? tables[tables.length - 1] : tables[0]) ?? null;
}

/** Whether a list's items are separated by blank lines. */
export function isLooseList(list: Block): boolean {
  return list.children.some((item, i) => i > 0 && item.startLine > list.children[i - 1]!.endLine + 1);
}
