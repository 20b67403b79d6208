import type { Block } from './blocks.js';

/** Whether a list's items are separated by blank lines. */
export function isLooseList(list: Block): boolean {
  return list.children.some((item, i) => i > 0 && item.startLine > list.children[i - 1]!.endLine + 1);
}

/**
 * Blank lines between entries: as in the list that holds them (items), as before most entry
 * headings (at most 2), none between table rows. `fallback` when the entries show none: one blank
 * line before a heading; items loose as most other lists of the file with more than one item.
 */
export function blankLinesBetween(
  kind: 'heading' | 'item' | 'row',
  entries: ReadonlyArray<{ startLine: number; blockEndLine: number; container: Block }>,
  blocks: Block[],
): number {
  if (kind === 'row') return 0;
  if (kind === 'item') {
    const list = entries.find((e) => e.container.children.length > 1)?.container;
    if (list) return isLooseList(list) ? 1 : 0;
    const lists = blocks.filter((b) => b.type === 'list' && b.children.length > 1);
    return lists.length > 0 && lists.filter(isLooseList).length * 2 > lists.length ? 1 : 0;
  }
  const counts = new Map<number, number>();
  entries.forEach((entry, i) => {
    if (i === 0) return;
    const blank = entry.startLine - entries[i - 1]!.blockEndLine - 1;
    counts.set(blank, (counts.get(blank) ?? 0) + 1);
  });
  let best = 1;
  for (const [blank, count] of counts) if (count > (counts.get(best) ?? 0)) best = blank;
  return Math.min(Math.max(best, 0), 2);
}
