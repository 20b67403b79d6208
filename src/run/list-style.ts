import type { Config, ListStyle } from '../config/schema.js';
import type { ListDoc } from '../list/index.js';
import { sectionBody } from '../list/target-blocks.js';

const LINK = /\]\(\s*https?:|<a\s[^>]*href=|https?:\/\//i;

/**
 * The style the target section's entries already have, read from the list: entry headings
 * (`details`), linked table rows (`table`) or linked list items (`bullet`), whichever there are
 * most of; null for a section with no entries to go by. Only linked rows and items count, so the
 * `- Keywords:` lines under a heading entry do not make a `details` list look like bullets, nor a
 * heading per year make a table look like headings.
 */
export function detectListStyle(text: string, doc: ListDoc): ListStyle | null {
  if (!doc.target) return null;
  const { starts, ends } = doc.lines;
  const line = (i: number): string => text.slice(starts[i], ends[i]);
  const linked = (from: number, to: number): boolean => {
    for (let i = from; i <= to; i++) if (LINK.test(line(i))) return true;
    return false;
  };
  const counts: Record<ListStyle, number> = { details: 0, table: 0, bullet: 0 };
  const body = sectionBody(doc.blocks, doc.target);
  body.forEach((block, i) => {
    if (block.type === 'heading') {
      // A heading entry's link is in the blocks after it, up to the next heading.
      const next = body.slice(i + 1).findIndex((b) => b.type === 'heading');
      const end = next < 0 ? body.length : i + 1 + next;
      if (body.slice(i + 1, end).some((b) => linked(b.startLine, b.endLine))) counts.details += 1;
    } else if (block.type === 'table') {
      counts.table += (block.rowLines ?? []).filter((row) => LINK.test(line(row))).length;
    } else if (block.type === 'list') {
      counts.bullet += block.children.filter((item) => linked(item.startLine, item.startLine)).length;
    }
  });
  const best = (Object.entries(counts) as [ListStyle, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : null;
}

/** The config with the list's own style when the config file does not set `list.style`. */
export function withListStyle(config: Config, text: string, doc: ListDoc): Config {
  if (!config.list.detectStyle) return config;
  const style = detectListStyle(text, doc) ?? config.list.style;
  return style === config.list.style ? config : { ...config, list: { ...config.list, style } };
}
