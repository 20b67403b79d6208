import type { Config } from '../config/schema.js';
import { editList, updatesLine, type ListDoc } from '../list/index.js';
import type { PrPaper } from './body-input.js';
import { entryInsertions, newEntries, type ListChange } from './list-text.js';

/**
 * New papers on top of a branch someone else has edited (SPEC §6): their entries go where the
 * branch's own entries are, numbered on from the branch's highest number; nothing else is touched
 * except the bot's own updates line (`Add N papers.`), whose count and date follow the PR. A line a
 * maintainer rewrote is left alone.
 */
export function appendListChange(
  text: string,
  doc: ListDoc,
  config: Config,
  added: readonly PrPaper[],
  updates: { before: number; date: Date },
): ListChange {
  const entries = newEntries(added);
  const { insertions, numbers } = entryInsertions(text, doc, config, entries);
  const result = editList(text, doc, { entries: insertions });
  const line = botUpdatesLine(text, doc, updates.before);
  if (line === null || entries.length === 0)
    return { text: result.text, insertions: result.insertions, numbers };
  // The entries went in elsewhere: shift the line's offset past any text inserted before it.
  const shift = result.insertions
    .filter((insertion) => insertion.offset <= line.start)
    .reduce((sum, insertion) => sum + insertion.text.length, 0);
  const start = line.start + shift;
  const replacement = updatesLine(updates.before + entries.length, updates.date, doc.conventions.updates!);
  return {
    text: result.text.slice(0, start) + replacement + result.text.slice(start + line.text.length),
    insertions: result.insertions,
    numbers,
  };
}

/** The bot's `Add <count> papers.` line in the updates section, if it is still there as written. */
function botUpdatesLine(text: string, doc: ListDoc, count: number): { start: number; text: string } | null {
  const convention = doc.conventions.updates;
  if (!doc.updates || !convention) return null;
  const head = `${convention.marker} ${convention.before}`;
  const tail = `${convention.separator}Add ${count} paper${count === 1 ? '' : 's'}.`;
  let at = doc.updates.contentStart;
  for (const line of text.slice(at, doc.updates.end).split('\n')) {
    const content = line.replace(/\r$/, '');
    if (content.startsWith(head) && content.endsWith(tail)) return { start: at, text: content };
    at += line.length + 1;
  }
  return null;
}
