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
 * The config the leave-out check runs with — the one place to change it: `list.section: auto`,
 * one run for all the removed papers. Until `profile: auto` exists, the list's hand topic where
 * it has one (the generated lists), else the built-in profile.
 */
export function leaveOutRuns(removed: RemovedEntry[], topic?: HandTopic): LeaveOutRun[] {
  return [{ yaml: `list:\n  section: auto\n${topic ? topicYaml(topic) : ''}`, removed }];
}

function topicYaml({ phrases, categories }: HandTopic): string {
  const list = (items: string[]): string => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
  const terms = phrases.map((phrase) => `{ phrase: ${JSON.stringify(phrase)}, weight: 3 }`);
  return (
    `query: { phrases: ${list(phrases)}, categories: ${list(categories)} }\n` +
    `scoring: { min-score: 4, exclude: [], terms: [${terms.join(', ')}] }\n`
  );
}
