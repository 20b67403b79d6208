import type { Config } from '../config/schema.js';
import { editList, updatesLine, type ListDoc } from '../list/index.js';
import { entryRange } from '../list/entry-range.js';
import type { PrPaper } from './body-input.js';
import { entryInsertions, newEntries, readListFor, type ListChange } from './list-text.js';

export interface AppendEdit {
  /** Tonight's new papers. */
  added: readonly PrPaper[];
  /** Papers unticked in review whose entries the branch still holds. */
  remove: readonly string[];
  /** The bot's updates line: the count after this change, and the day. */
  updates: { after: number; date: Date };
  /** The base list: an updates line it holds is an earlier PR's, never this one's. */
  baseText: string;
}

/**
 * A change on top of a branch someone else has edited (SPEC §6): the entries of papers unticked in
 * review are cut out, new entries go where the branch's own entries are, numbered on from the
 * branch's highest number; nothing else is touched except the bot's own updates line
 * (`Add N papers.`), whose count and date follow the PR. A line a maintainer rewrote is left alone.
 */
export function appendListChange(
  branchText: string,
  branchDoc: ListDoc,
  config: Config,
  edit: AppendEdit,
): ListChange {
  const cut = removeEntries(branchText, branchDoc, edit.remove);
  const text = cut === branchText ? branchText : cut;
  const doc = cut === branchText ? branchDoc : readListFor(cut, config);
  const entries = newEntries(edit.added);
  const { insertions, numbers } = entryInsertions(text, doc, config, entries);
  const result = editList(text, doc, { entries: insertions });
  const line = botUpdatesLine(text, doc, edit.baseText);
  if (line === null || (entries.length === 0 && edit.remove.length === 0))
    return { text: result.text, insertions: result.insertions, numbers };
  // The entries went in elsewhere: shift the line's offset past any text inserted before it.
  const shift = result.insertions
    .filter((insertion) => insertion.offset <= line.start)
    .reduce((sum, insertion) => sum + insertion.text.length, 0);
  const start = line.start + shift;
  const { after, date } = edit.updates;
  // With nothing left to add, the bot's line goes too (with its line break).
  const replaced = after > 0 ? updatesLine(after, date, doc.conventions.updates!) : '';
  const end = start + line.text.length + (after > 0 ? 0 : line.lineBreak);
  return {
    text: result.text.slice(0, start) + replaced + result.text.slice(end),
    insertions: result.insertions,
    numbers,
  };
}

/** The text without the entries of `ids` (each paper's first entry in the list). */
function removeEntries(text: string, doc: ListDoc, ids: readonly string[]): string {
  if (ids.length === 0) return text;
  const wanted = new Set(ids);
  const ranges: Array<[number, number]> = [];
  for (const span of doc.groups.flatMap((group) => group.entries)) {
    if (span.arxivId === null || !wanted.has(span.arxivId)) continue;
    wanted.delete(span.arxivId);
    ranges.push(entryRange(text, doc, span));
  }
  let out = text;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}

/** The bot's `Add <count> papers.` line in the updates section, if it is still there as written. */
function botUpdatesLine(
  text: string,
  doc: ListDoc,
  baseText: string,
): { start: number; text: string; lineBreak: number } | null {
  const convention = doc.conventions.updates;
  if (!doc.updates || !convention) return null;
  const head = `${convention.marker} ${convention.before}`;
  const tail = new RegExp(`${escapeRegExp(convention.separator)}Add \\d+ papers?\\.$`);
  let at = doc.updates.contentStart;
  for (const line of text.slice(at, doc.updates.end).split('\n')) {
    const content = line.replace(/\r$/, '');
    if (content.startsWith(head) && tail.test(content) && !baseText.includes(content)) {
      return { start: at, text: content, lineBreak: line.length - content.length + 1 };
    }
    at += line.length + 1;
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
