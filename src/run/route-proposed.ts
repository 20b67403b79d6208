import type { Router } from '../route/router.js';
import type { Candidate } from '../types.js';
import type { Curation } from './curate.js';

/**
 * The curation with each proposed paper's section (`list.section`, `src/route/`), wherever the
 * paper appears in it; unchanged when there is only one section to put papers in. Pure.
 */
export function routeProposed(curation: Curation, router: Router): Curation {
  const routed = new Map<Candidate, Candidate>();
  for (const candidate of curation.proposed) {
    const { arxivId, title, abstract } = candidate.paper;
    const section = router.route({ arxivId, title, abstract });
    if (section !== null) routed.set(candidate, { ...candidate, section });
  }
  if (routed.size === 0) return curation;
  const swap = (list: Candidate[]): Candidate[] => list.map((c) => routed.get(c) ?? c);
  return {
    ...curation,
    candidates: swap(curation.candidates),
    proposed: swap(curation.proposed),
    fromQueue: swap(curation.fromQueue),
  };
}
