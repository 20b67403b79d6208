import { normaliseArxivId } from '../arxiv/ids.js';
import { shownTitle, type BodyPaper } from './body-paper.js';
import { inlineMarkdown } from './neutralise.js';

/**
 * One-click review (SPEC §6): each paper is a ticked task-list item holding its arXiv id in the
 * bot's section of the body. GitHub toggles `[x]` and `[ ]` in place when a maintainer clicks one,
 * so the next run reads which papers were unticked: those are rejected.
 */
const HEADING = '### Review';
const HEADING_LINE = /^ {0,3}#{1,6}[ \t]+Review[ \t]*$/;
const ANY_HEADING = /^ {0,3}#{1,6}[ \t]/;
const ITEM = /^ {0,3}[-*+][ \t]+\[([ xX])\][ \t]+(\S+)/;

/**
 * The section: a heading, one line on how it works, and a ticked item per paper, in table order.
 * Every paper gets its item; long PRs get shorter titles (`titleMax`).
 */
export function renderReviewList(papers: readonly BodyPaper[], titleMax = 200): string {
  const items = papers.map((paper) =>
    titleMax > 0 ? `- [x] ${paper.id} ${inlineMarkdown(shownTitle(paper), titleMax)}` : `- [x] ${paper.id}`,
  );
  return [
    HEADING,
    'Untick a paper to reject it: the next run removes its entry and never proposes it again.',
    '',
    ...items,
  ].join('\n');
}

/** The ids among `proposed` whose item in the review section is unticked (`- [ ] 2611.01234 …`). */
export function untickedIds(body: string, proposed: Iterable<string>): Set<string> {
  const known = new Set(proposed);
  const unticked = new Set<string>();
  let inSection = false;
  for (const line of body.split(/\r?\n/)) {
    if (HEADING_LINE.test(line)) {
      inSection = true;
      continue;
    }
    if (ANY_HEADING.test(line)) inSection = false;
    if (!inSection) continue;
    const match = ITEM.exec(line);
    if (!match || match[1] !== ' ') continue;
    const id = normaliseArxivId(match[2]!) ?? match[2]!;
    if (known.has(id)) unticked.add(id);
  }
  return unticked;
}
