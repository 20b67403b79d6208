import type { RemovedEntry } from './choose-removed.js';

/** One preview run of a leave-out check: its config file, and the removed papers it is judged on. */
export interface LeaveOutRun {
  /** `.github/arxiv-curator.yml`. */
  yaml: string;
  /** The removed papers this run is asked to place. */
  removed: RemovedEntry[];
}

/**
 * The config the leave-out check runs with — the one place to change it: the one line a
 * maintainer of any list writes (`profile: auto`, `list.section: auto`) and nothing else, one
 * run for all the removed papers of a list.
 */
export function leaveOutRuns(removed: RemovedEntry[]): LeaveOutRun[] {
  return [{ yaml: 'profile: auto\nlist:\n  section: auto\n', removed }];
}
