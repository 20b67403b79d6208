import { ArxivLinkIndex } from './arxiv-links.js';
import { readBlocks } from './blocks.js';
import { readConventions } from './conventions.js';
import { readEntries } from './entries.js';
import type { ListDoc } from './list-doc.js';
import { normaliseTitle } from './plain-text.js';
import { findSection, readSections } from './sections.js';
import type { Order } from './target-blocks.js';

export interface ReadListOptions {
  /** Heading of the section new entries go to (SPEC §5, default `Papers`). */
  section?: string;
  /** Heading of the updates section; null for none (default `Latest Updates`). */
  updatesSection?: string | null;
  /** Where new entries go; decides which list, table and numbering run they join. */
  order?: Order;
}

/** Reads a list file: the papers it holds, its sections, and how it writes entries. Pure. */
export function readList(text: string, options: ReadListOptions = {}): ListDoc {
  const sectionName = options.section ?? 'Papers';
  const updatesName = options.updatesSection === undefined ? 'Latest Updates' : options.updatesSection;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { blocks, lines } = readBlocks(text, bom);
  const sections = readSections(blocks, lines, text.length);
  const target = findSection(sections, sectionName);
  const updates = updatesName === null ? null : findSection(sections, updatesName);
  // The text is searched for arXiv links once, for the ids, the entries and the conventions.
  const links = new ArxivLinkIndex(text);
  const entries = readEntries(text, lines, blocks, links);
  const listedTitles = new Map<string, string>();
  for (const entry of entries) {
    const key = normaliseTitle(entry.title);
    if (key !== '' && !listedTitles.has(key)) listedTitles.set(key, entry.title);
  }
  return {
    textLength: text.length,
    ids: links.ids(),
    entries,
    listedTitles,
    sections,
    target,
    updates: updates === target ? null : updates,
    conventions: readConventions({
      text,
      lines,
      blocks,
      target,
      updates,
      order: options.order ?? 'append',
      links,
    }),
    sectionName,
    blocks,
    lines,
  };
}
