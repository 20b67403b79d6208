import type { ListStyle } from '../config/schema.js';
import type { EntryGroup } from '../list/entry-groups.js';
import { entryNumber, entryOrder, placing, slotOf, slotOrder, type Order } from '../list/entry-order.js';
import type { Insertion } from '../list/insertions.js';
import type { ListDoc } from '../list/list-doc.js';
import { placeInGroup, type SlotEntries } from '../list/place-entries.js';
import type { FoundLink, Paper } from '../types.js';
import { GroupTemplates } from './group-templates.js';
import { renumberEntry } from './renumber.js';
import { renderEntry } from './render.js';

/** An entry the run adds: a paper to write, or an entry's text carried over from the PR's branch. */
export type EntryToAdd =
  { arxivId: string; paper: Paper; links: FoundLink[] } | { arxivId: string; text: string };

export interface AddOptions {
  /** `list.order` when the config sets it; null: the group's own order decides. */
  order: Order | null;
  /** The format for a group with no entries to learn from (`list.style`). */
  style: ListStyle;
}

export interface GroupChange {
  insertions: Insertion[];
  /** The number each entry got (`### 6.`), null where the group does not number its entries. */
  numbers: Map<string, number | null>;
  /** Where the format was learned, per paper (`like "Transfer between Modalities…"`). */
  sources: Map<string, string>;
}

/**
 * Puts entries into a group (SPEC §5): each where the group's order puts it (by arXiv id in a
 * newest-first or oldest-first group; after the highest number where entries are numbered, the
 * numbers going on from there, oldest id first), written as the group's entries near that place
 * are written. Routing can call this once per group with the papers it sends there.
 */
export function addToGroup(
  text: string,
  doc: ListDoc,
  group: EntryGroup,
  entries: readonly EntryToAdd[],
  options: AddOptions,
): GroupChange {
  const templates = new GroupTemplates(text, doc, group, options.style);
  const { lines } = doc;
  const order = entryOrder(
    group.entries.map((span) => ({
      arxivId: span.arxivId,
      number: entryNumber(text.slice(lines.starts[span.startLine], lines.ends[span.startLine])),
    })),
  );
  const how = placing(order, options.order);
  const ids = group.entries.map((e) => e.arxivId);
  const empty = group.entries.length === 0;
  const numbered = order.numbers !== null || (empty && hasNumber(templates.at(0).template.lines[0]));
  const numbers = new Map<string, number | null>();
  [...entries]
    .map((e) => e.arxivId)
    .sort(slotOrder('end'))
    .forEach((id, i) => numbers.set(id, numbered ? (order.numbers?.highest ?? 0) + 1 + i : null));

  const slots = new Map<number, EntryToAdd[]>();
  for (const entry of entries) {
    const slot = slotOf(entry.arxivId, ids, how);
    slots.set(slot, [...(slots.get(slot) ?? []), entry]);
  }
  const sources = new Map<string, string>();
  let kind = group.entries[0]?.kind;
  const placed: SlotEntries[] = [...slots]
    .sort((a, b) => a[0] - b[0])
    .map(([slot, inSlot]) => {
      const sorted = [...inSlot].sort((a, b) => slotOrder(how)(a.arxivId, b.arxivId));
      const { template, headingDepth } = templates.at(slot);
      kind ??= template.kind;
      const texts = sorted.map((entry) => {
        const number = numbers.get(entry.arxivId) ?? null;
        if ('text' in entry) return number === null ? entry.text : renumberEntry(entry.text, number);
        sources.set(entry.arxivId, template.source);
        return renderEntry(
          template,
          { ...entry, number },
          { lineEnding: doc.conventions.lineEnding, headingDepth },
        );
      });
      return { slot, arxivIds: sorted.map((e) => e.arxivId), texts };
    });
  return { insertions: placeInGroup(text, doc, group, kind ?? 'heading', placed), numbers, sources };
}

function hasNumber(line: readonly { type: string }[] | undefined): boolean {
  return line?.some((p) => p.type === 'number') ?? false;
}
