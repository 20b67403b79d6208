import type { SectionIndex } from './section-index.js';

/** The share of listed papers that fit their own section less well than the floor. */
export const FLOOR_SHARE = 0.05;
/** At most this many listed papers are left out in turn to measure the floor (evenly spread). */
const SAMPLE = 300;

/**
 * The similarity below which a paper fits no section: how much the list's own papers, each left out
 * in turn, resemble the section they are in, at the `FLOOR_SHARE` quantile. A new paper that fits its best
 * section less well than nearly every listed paper fits its own is one a maintainer should place.
 */
export function fitFloor(index: SectionIndex): number {
  const own: number[] = [];
  const papers = index.groups.flatMap((group) =>
    group.entries.filter((e) => e.arxivId !== null).map((e) => ({ group, paper: e.paper })),
  );
  const step = Math.max(1, papers.length / SAMPLE);
  for (let at = 0; at < papers.length; at += step) {
    const { group, paper } = papers[Math.floor(at)]!;
    const fit = index.fits(paper).find((f) => f.group === group);
    if (fit) own.push(fit.similarity);
  }
  if (own.length === 0) return 0;
  own.sort((a, b) => a - b);
  return own[Math.floor(FLOOR_SHARE * (own.length - 1))]!;
}
