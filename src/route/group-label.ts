import type { EntryGroup } from '../list/entry-groups.js';
import { headingKey } from '../list/plain-text.js';

/** Between the names of a label's sections: `Dataset › Text-to-Image`. */
const SEPARATOR = ' › ';

/**
 * How a score card and the marker name a group: its own name, with as many enclosing sections in
 * front as it takes to tell it from every other group of the list (`Dataset › Image Editing`).
 * Emoji shortcodes are left out (`Datasets :floppy_disk:` is `Datasets`).
 */
export function groupLabel(groups: readonly EntryGroup[], group: EntryGroup): string {
  const names = fullPath(group);
  let take = 1;
  while (take < names.length && groups.some((g) => g !== group && endsWith(fullPath(g), names.slice(-take))))
    take++;
  return names
    .slice(-take)
    .map((name) =>
      name
        .replace(/:[a-z0-9_+-]+:/gi, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join(SEPARATOR);
}

/**
 * The group a label names, in this version of the list (a later run's, where lines moved): the
 * first whose path ends with the label's names, compared as headings are (case, emoji and markup
 * aside). Null when the list no longer has it.
 */
export function groupByLabel(groups: readonly EntryGroup[], label: string): EntryGroup | null {
  const tail = label.split(SEPARATOR);
  return groups.find((g) => endsWith(fullPath(g), tail)) ?? null;
}

function fullPath(group: EntryGroup): string[] {
  return [...group.path, group.name].filter((name) => headingKey(name) !== '');
}

function endsWith(names: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > names.length) return false;
  const offset = names.length - tail.length;
  return tail.every((name, i) => headingKey(name) === headingKey(names[offset + i]!));
}
