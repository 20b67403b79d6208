import type { RemovedEntry } from './choose-removed.js';

/** One preview run of a leave-out check: its config file, and the removed papers it is judged on. */
export interface LeaveOutRun {
  /** `.github/arxiv-curator.yml`. */
  yaml: string;
  /** The removed papers this run is asked to place. */
  removed: RemovedEntry[];
}

/** A hand-made topic for a list (the generated lists have one): phrases and their category. */
export interface HandTopic {
  phrases: string[];
  categories: string[];
}

/**
 * The config the leave-out check runs with — the one place to change it. Until `profile: auto`
 * and `list.section: auto` exist: one run per section the papers were removed from, each naming
 * that section ("right section" holds by construction), with the list's hand topic where it has
 * one, else the built-in profile.
 */
export function leaveOutRuns(removed: RemovedEntry[], topic?: HandTopic): LeaveOutRun[] {
  const groups = [...new Set(removed.map((r) => r.group))];
  return groups.map((group) => {
    const inGroup = removed.filter((r) => r.group === group);
    const section = `list:\n  section: ${JSON.stringify(inGroup[0]!.groupName)}\n`;
    return { yaml: section + (topic ? topicYaml(topic) : ''), removed: inGroup };
  });
}

function topicYaml({ phrases, categories }: HandTopic): string {
  const list = (items: string[]): string => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
  const terms = phrases.map((phrase) => `{ phrase: ${JSON.stringify(phrase)}, weight: 3 }`);
  return (
    `query: { phrases: ${list(phrases)}, categories: ${list(categories)} }\n` +
    `scoring: { min-score: 4, exclude: [], terms: [${terms.join(', ')}] }\n`
  );
}
