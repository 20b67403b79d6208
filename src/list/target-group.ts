import type { EntryGroup } from './entry-groups.js';
import { ListSectionNotFoundError, SectionHasSubsectionsError, StaleListDocError } from './errors.js';
import type { ListDoc } from './list-doc.js';
import { headingKey } from './plain-text.js';

/**
 * The group a config names: a heading or a `<details>` summary whose text (emoji, markdown and
 * HTML stripped, any case) equals the name, else the first that contains it as whole words
 * (`Papers` finds `## 📄 Papers`, not `## Newspapers`).
 */
export function findGroup(groups: EntryGroup[], name: string): EntryGroup | null {
  const wanted = headingKey(name);
  if (wanted === '') return null;
  const keys = groups.map((group) => headingKey(group.name));
  const exact = keys.indexOf(wanted);
  if (exact >= 0) return groups[exact]!;
  const contained = keys.findIndex((key) => ` ${key} `.includes(` ${wanted} `));
  return contained >= 0 ? groups[contained]! : null;
}

/** The groups inside `group` (at any depth) that hold entries, in document order. */
export function subgroupsWithEntries(groups: EntryGroup[], group: EntryGroup): EntryGroup[] {
  const index = groups.indexOf(group);
  const inside = (g: EntryGroup): boolean => {
    for (let parent = g.parent; parent !== null; parent = groups[parent]!.parent)
      if (parent === index) return true;
    return false;
  };
  return groups.filter((g) => g.entries.length > 0 && inside(g));
}

/**
 * The target group of `doc`, checked: it exists, and it is not a heading whose entries all sit in
 * sub-sections (filling it would put papers after its last sub-section by accident).
 */
export function requireTarget(text: string, doc: ListDoc): EntryGroup {
  if (text.length !== doc.textLength) throw new StaleListDocError();
  const target = doc.target;
  if (!target) {
    throw new ListSectionNotFoundError(
      doc.sectionName,
      doc.sections.map((s) => s.heading),
    );
  }
  if (target.entries.length === 0) {
    const inside = subgroupsWithEntries(doc.groups, target);
    if (inside.length > 0)
      throw new SectionHasSubsectionsError(
        target.name,
        inside.map((g) => g.name),
      );
  }
  return target;
}
