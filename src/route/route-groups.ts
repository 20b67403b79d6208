import type { SectionSetting } from '../config/schema.js';
import type { EntryGroup } from '../list/entry-groups.js';
import { ListSectionNotFoundError, NoPaperSectionsError } from '../list/errors.js';
import type { ListDoc } from '../list/list-doc.js';
import { findGroup, subgroupsWithEntries } from '../list/target-group.js';

/** The sections a run may put papers in (`list.section`), and the one a paper that fits none goes to. */
export interface RouteGroups {
  groups: EntryGroup[];
  fallback: EntryGroup;
}

/**
 * The groups `list.section` names, checked against the list: a named section whose papers all sit
 * in sub-sections stands for those sub-sections (never for the place after its last one); `auto`
 * is every group of papers (see `isPaperGroup`) outside the updates section. The fallback is the
 * first named section (for a name with sub-sections, the one of them holding most papers), and for
 * `auto` the group holding most papers.
 */
export function routeGroups(doc: ListDoc, setting: SectionSetting): RouteGroups {
  if (setting === 'auto') {
    const groups = doc.groups.filter((group) => isPaperGroup(group) && !inUpdates(doc, group));
    if (groups.length === 0) throw new NoPaperSectionsError(doc.groups.map((g) => g.name));
    return { groups, fallback: largest(groups) };
  }
  const named = setting.map((name) => {
    const group = findGroup(doc.groups, name);
    if (!group) throw new ListSectionNotFoundError(name, sectionNames(doc));
    const inside = group.entries.length === 0 ? subgroupsWithEntries(doc.groups, group) : [];
    return inside.length > 0 ? inside : [group];
  });
  const groups = [...new Set(named.flat())];
  return { groups, fallback: largest(named[0]!) };
}

/**
 * A group of papers: it holds entries, and at least half of them link an arXiv paper or show an
 * abstract. A list of tools, videos or credits with a stray paper link is no place for papers.
 */
export function isPaperGroup(group: EntryGroup): boolean {
  const papers = group.entries.filter((e) => e.arxivId !== null || e.paper.abstract !== null).length;
  return papers > 0 && papers * 2 >= group.entries.length;
}

/** The names of the list's sections (headings and `<details>` groups) for an error message. */
function sectionNames(doc: ListDoc): string[] {
  return doc.groups.map((g) => g.name).filter((name) => name !== '');
}

function inUpdates(doc: ListDoc, group: EntryGroup): boolean {
  const updates = doc.updates;
  return updates !== null && group.start >= updates.start && group.start < updates.end;
}

/** The group with most entries; the first of them on a tie. */
function largest(groups: readonly EntryGroup[]): EntryGroup {
  return groups.reduce((best, group) => (group.entries.length > best.entries.length ? group : best));
}
