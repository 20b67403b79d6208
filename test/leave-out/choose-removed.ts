import type { EntryGroup, EntrySpan } from '../../src/list/entry-groups.js';
import { nextLineStart } from '../../src/list/lines.js';
import type { ListDoc } from '../../src/list/list-doc.js';
import { normaliseTitle } from '../../src/list/plain-text.js';
import { readList } from '../../src/list/read-list.js';
import { readSpan } from '../../src/format/group-entries.js';
import { titleOf } from '../../src/format/template.js';
import type { Entry } from '../../src/format/parts.js';

/** An arXiv entry taken out of a list: where it was, and the entry as the maintainer wrote it. */
export interface RemovedEntry {
  arxivId: string;
  /** Index of its group in `readList(text).groups` (the same in the list without it). */
  group: number;
  groupName: string;
  entry: Entry;
}

export interface LeftOut {
  /** The list without the removed entries. */
  text: string;
  removed: RemovedEntry[];
}

/** How many entries a list loses: about this many, never more than `MAX_REMOVED`. */
const AIM = 8;
const MAX_REMOVED = 12;

/**
 * Takes several arXiv entries out of a list, spread over its sections: sections with at least
 * two arXiv entries each give up to `max(2, ⌈8 / sections⌉)` of them (never more than half of
 * theirs), at most 12 in all, evenly spaced within the section, sections evenly spaced over the
 * list when there are more than 12. An entry whose paper is also linked or titled elsewhere in
 * the list is passed over (the bot would rightly call it listed). Deterministic.
 */
export function leaveOut(text: string): LeftOut {
  const doc = readList(text);
  const groups = doc.groups
    .map((group, index) => ({ group, index, spans: group.entries.filter((e) => e.arxivId !== null) }))
    .filter((g) => g.spans.length >= 2);
  const quota = Math.max(2, Math.ceil(AIM / Math.max(1, groups.length)));
  const picks = groups.map((g) => spread(g.spans, Math.min(quota, Math.floor(g.spans.length / 2))));
  const chosen: Array<{ span: EntrySpan; group: number }> = [];
  for (let round = 0; chosen.length < MAX_REMOVED; round++) {
    const inRound = groups.flatMap((g, k) => {
      const span = picks[k]![round];
      return span === undefined ? [] : [{ span, group: g.index }];
    });
    if (inRound.length === 0) break;
    chosen.push(...spread(inRound, Math.min(inRound.length, MAX_REMOVED - chosen.length)));
  }
  const removable = chosen.filter(({ span }) => onlyHere(text, doc, span));
  const removed = removable.map(({ span, group }) => ({
    arxivId: span.arxivId!,
    group,
    groupName: doc.groups[group]!.name,
    entry: readSpan(text, doc, span),
  }));
  return {
    text: without(
      text,
      doc,
      removable.map((r) => r.span),
    ),
    removed,
  };
}

/** `count` items evenly spaced over `items`, in their order. */
function spread<T>(items: readonly T[], count: number): T[] {
  const out: T[] = [];
  for (let k = 0; k < count; k++) out.push(items[Math.floor(((k + 0.5) * items.length) / count)]!);
  return out;
}

/** Whether the list names the span's paper (by id or title) nowhere else. */
function onlyHere(text: string, doc: ListDoc, span: EntrySpan): boolean {
  const smaller = readList(without(text, doc, [span]));
  const title = normaliseTitle(titleOf(readSpan(text, doc, span)));
  return !smaller.ids.has(span.arxivId!) && !smaller.listedTitles.has(title);
}

/**
 * The text without the spans: each entry with the blank lines before it (after it when it is its
 * group's first entry), as a maintainer deleting it would leave the list.
 */
export function without(text: string, doc: ListDoc, spans: readonly EntrySpan[]): string {
  const ranges = spans.map((span) => entryRange(text, doc, span)).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of ranges) {
    if (from > at) out += text.slice(at, from);
    at = Math.max(at, to);
  }
  return out + text.slice(at);
}

function entryRange(text: string, doc: ListDoc, span: EntrySpan): [number, number] {
  const { lines } = doc;
  const group = doc.groups.find((g) => g.entries.includes(span)) as EntryGroup;
  const i = group.entries.indexOf(span);
  const next = group.entries[i + 1];
  const previous = group.entries[i - 1];
  if (next) return [lines.starts[span.startLine]!, lines.starts[next.startLine]!];
  if (previous)
    return [
      nextLineStart(lines, previous.blockEndLine, text.length),
      nextLineStart(lines, span.blockEndLine, text.length),
    ];
  return [lines.starts[span.startLine]!, nextLineStart(lines, span.blockEndLine, text.length)];
}
