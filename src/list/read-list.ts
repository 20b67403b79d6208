import { ArxivLinkIndex } from './arxiv-links.js';
import { readBlocks } from './blocks.js';
import { readConventions } from './conventions.js';
import { readEntries } from './entries.js';
import type { ListDoc } from './list-doc.js';
import { normaliseTitle } from './plain-text.js';
import { entryGroups } from './entry-groups.js';
import { findSection, readSections } from './sections.js';
import { findGroup } from './target-group.js';

export interface ReadListOptions {
  /** Heading of the section new entries go to (SPEC §5, default `Papers`). */
  section?: string;
  /** Heading of the updates section; null for none (default `Latest Updates`). */
  updatesSection?: string | null;
}

/** Reads a list file: the papers it holds, its sections, and how it writes entries. Pure. */
export function readList(text: string, options: ReadListOptions = {}): ListDoc {
  const sectionName = options.section ?? 'Papers';
  const updatesName = options.updatesSection === undefined ? 'Latest Updates' : options.updatesSection;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { blocks, lines } = readBlocks(text, bom);
  const sections = readSections(blocks, lines, text.length);
  const updates = updatesName === null ? null : findSection(sections, updatesName);
  // The text is searched for arXiv links once, for the ids, the entries and the groups.
  const links = new ArxivLinkIndex(text);
  const groups = entryGroups({ text, lines, blocks, links });
  const target = findGroup(groups, sectionName);
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
    groups,
    target,
    updates: updates !== null && target !== null && updates.start === target.start ? null : updates,
    conventions: readConventions({ text, lines, blocks, updates }),
    sectionName,
    blocks,
    lines,
  };
}
