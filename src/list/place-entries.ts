import type { EntryGroup } from './entry-groups.js';
import type { Insertion } from './insertions.js';
import type { ListDoc } from './list-doc.js';
import { placeAfterLine, placeBeforeLine, type Rhythm } from './place-text.js';
import { blankLinesBetween } from './rhythm.js';

/** New entries that go to one place in a group: before the entry at `slot` (its length: after the last). */
export interface SlotEntries {
  slot: number;
  arxivIds: string[];
  /** The entries' texts, in the order they go in; trailing blank lines are ignored. */
  texts: string[];
}

/**
 * Insertions that put new entries into a group at the slots given, keeping its blank-line rhythm
 * (loose or tight items, the gap before entry headings, rows with none): one insertion per slot,
 * as offsets into the text the group was read from. Every byte outside them stays (SPEC §5).
 */
export function placeInGroup(
  text: string,
  doc: ListDoc,
  group: EntryGroup,
  kind: 'heading' | 'item' | 'row',
  slots: SlotEntries[],
): Insertion[] {
  const { lines } = doc;
  const lineEnding = doc.conventions.lineEnding;
  const between = blankLinesBetween(kind, group.entries, doc.blocks);
  const rhythm: Rhythm = { lead: between, between, lineEnding };
  const entries = group.entries;
  return slots.map(({ slot, arxivIds, texts }) => {
    const blocks = texts.map((t, i) => entryLines(t, lineEnding, arxivIds[i]!));
    if (slot < entries.length) {
      return { ...placeBeforeLine(lines, entries[slot]!.startLine, blocks, rhythm), arxivIds };
    }
    if (entries.length > 0) {
      return {
        ...placeAfterLine(text, lines, entries[entries.length - 1]!.blockEndLine, blocks, rhythm),
        arxivIds,
      };
    }
    if (kind === 'row') {
      const table = group.blocks.find((b) => b.type === 'table');
      if (!table) throw new Error(`The section "${group.name}" has no table to add rows to.`);
      return { ...placeAfterLine(text, lines, table.endLine, blocks, rhythm), arxivIds };
    }
    // An empty group: after what it holds, a blank line first (after a `<summary>` block, what
    // follows must not be read as HTML).
    return { ...placeAfterLine(text, lines, group.ownEndLine, blocks, { ...rhythm, lead: 1 }), arxivIds };
  });
}

/** The entry's lines in the list's line ending, without trailing blank lines. */
function entryLines(entry: string, lineEnding: string, arxivId: string): string {
  const lines = entry.split(/\r\n|\r|\n/);
  while (lines.length > 1 && /^[ \t]*$/.test(lines[lines.length - 1]!)) lines.pop();
  const joined = lines.join(lineEnding);
  if (joined.trim() === '') throw new Error(`The entry for ${arxivId} is empty; nothing to add to the list.`);
  return joined;
}
