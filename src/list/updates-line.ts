import { StaleListDocError } from './errors.js';
import { formatDate } from './date-format.js';
import { applyInsertions, type Insertion } from './insertions.js';
import type { ListDoc, UpdatesConvention } from './list-doc.js';
import { placeAfterLine, placeBeforeLine } from './place-text.js';
import { isLooseList } from './rhythm.js';
import { sectionBody } from './sections.js';
import type { ListEditResult } from './edit-list.js';

/** `* Nov-26-2026: Add 3 papers.` in the marker and date format the updates section already uses. */
export function updatesLine(count: number, date: Date, updates: UpdatesConvention): string {
  const day = `${updates.before}${formatDate(date, updates.dateFormat)}${updates.after}`;
  return `${updates.marker} ${day}${updates.separator}Add ${count} paper${count === 1 ? '' : 's'}.`;
}

/**
 * Adds the dated line as the first item of the updates section (SPEC §5); a list without such a
 * section is left as it is. `date` is the run's day (UTC), passed in as the core reads no clock.
 */
export function addUpdatesLine(text: string, doc: ListDoc, count: number, date: Date): ListEditResult {
  const insertion = planUpdatesLine(text, doc, count, date);
  return insertion
    ? { text: applyInsertions(text, [insertion]), insertions: [insertion] }
    : { text, insertions: [] };
}

/** The insertion `addUpdatesLine` makes, as an offset into the original text, or null. */
export function planUpdatesLine(text: string, doc: ListDoc, count: number, date: Date): Insertion | null {
  if (text.length !== doc.textLength) throw new StaleListDocError();
  const section = doc.updates;
  const convention = doc.conventions.updates;
  if (!section || !convention || count <= 0) return null;
  const line = updatesLine(count, date, convention);
  const lineEnding = doc.conventions.lineEnding;
  const list = sectionBody(doc.blocks, section).find((block) => block.type === 'list');
  if (list) {
    const between = isLooseList(list) ? 1 : 0;
    const placement = placeBeforeLine(doc.lines, list.children[0]!.startLine, [line], {
      lead: 0,
      between,
      lineEnding,
    });
    return { ...placement, arxivIds: [] };
  }
  // No list yet: the line goes under the heading, with a blank line before any paragraph so
  // that the paragraph does not become part of the new item.
  const heading = doc.blocks[section.headingBlock]!;
  const next = doc.blocks[section.headingBlock + 1];
  const placement = placeAfterLine(text, doc.lines, heading.endLine, [line], {
    lead: 0,
    between: 0,
    lineEnding,
  });
  if (next && next.startLine === heading.endLine + 1 && next.type !== 'heading') placement.text += lineEnding;
  return { ...placement, arxivIds: [] };
}
