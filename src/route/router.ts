import type { SectionSetting } from '../config/schema.js';
import type { ListDoc } from '../list/list-doc.js';
import type { SectionRoute } from '../types.js';
import { groupLabel } from './group-label.js';
import { routeGroups } from './route-groups.js';
import { fitReason, noFitReason } from './route-reason.js';
import { SectionIndex, type PaperText, type SectionFit } from './section-index.js';
import { fitFloor } from './fit-floor.js';

/** Places papers among the sections `list.section` allows. */
export interface Router {
  /** The sections' names, in list order, and the default one. */
  readonly sections: string[];
  readonly fallback: string;
  /** Where the paper goes and why; null when there is one section only (nothing to choose). */
  route(paper: PaperText): SectionRoute | null;
  /** How well the paper fits each section, best first (for checks and the eval). */
  fits(paper: PaperText): SectionFit[];
}

/**
 * A router over the list's sections (`route-groups.ts`): each paper goes to the section whose
 * entries and heading it resembles most (`section-index.ts`), unless even that fit is below what
 * the list's own papers reach in their own sections (`fit-floor.ts`): then to the default section,
 * marked for a maintainer to move. Pure; checks `list.section` against the list when made.
 */
export function createRouter(doc: ListDoc, setting: SectionSetting): Router {
  const { groups, fallback } = routeGroups(doc, setting);
  const label = (group: (typeof groups)[number]): string => groupLabel(doc.groups, group);
  const fallbackLabel = label(fallback);
  const single = groups.length < 2;
  const index = single ? null : new SectionIndex(groups);
  let floor: number | null = null;
  const fits = (paper: PaperText): SectionFit[] =>
    index === null ? [] : [...index.fits(paper)].sort((a, b) => b.score - a.score);
  return {
    sections: groups.map(label),
    fallback: fallbackLabel,
    fits,
    route(paper) {
      if (index === null) return null;
      floor ??= fitFloor(index);
      const best = fits(paper)[0] ?? null;
      if (best === null || best.similarity === 0 || best.similarity < floor)
        return {
          name: fallbackLabel,
          why: noFitReason(best, best ? label(best.group) : null, floor),
          fits: false,
        };
      return { name: label(best.group), why: fitReason(best), fits: true };
    },
  };
}
