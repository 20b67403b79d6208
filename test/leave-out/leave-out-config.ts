import type { RemovedEntry } from './choose-removed.js';

/** One preview run of a leave-out check: its config file, and the removed papers it is judged on. */
export interface LeaveOutRun {
  /** `.github/arxiv-curator.yml`. */
  yaml: string;
  /** The removed papers this run is asked to place. */
  removed: RemovedEntry[];
}

/**
 * The config the leave-out check runs with — the one place to change it. Until `profile: auto`
 * and `list.section: auto` exist, one run per section the papers were removed from, each naming
 * that section, with the built-in profile (so "right section" holds by construction).
 */
export function leaveOutRuns(removed: RemovedEntry[]): LeaveOutRun[] {
  const groups = [...new Set(removed.map((r) => r.group))];
  return groups.map((group) => {
    const inGroup = removed.filter((r) => r.group === group);
    return { yaml: `list:\n  section: ${JSON.stringify(inGroup[0]!.groupName)}\n`, removed: inGroup };
  });
}
