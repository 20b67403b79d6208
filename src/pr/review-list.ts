import { normaliseArxivId } from '../arxiv/ids.js';
import { botSection } from './bot-section.js';
import { quotedSection } from './body-placement.js';
import { shownTitle, type BodyPaper } from './body-paper.js';
import { inlineMarkdown } from './neutralise.js';
import { plural } from './plural.js';

/**
 * One-click review (SPEC §6): each paper is a ticked task-list item holding its arXiv id in the
 * bot's section of the body. GitHub toggles `[x]` and `[ ]` in place when a maintainer clicks one,
 * so the next run reads which papers were unticked: those are rejected.
 */
const HEADING = '### Review';
const HOW = 'Untick a paper to reject it: the next run removes its entry and never proposes it again.';
const HEADING_LINE = /^ {0,3}#{1,6}[ \t]+Review[ \t]*$/;
const ANY_HEADING = /^ {0,3}#{1,6}[ \t]/;
const ITEM = /^ {0,3}[-*+][ \t]+\[([ xX])\][ \t]+(\S+)/;
/** A section's name in an item is cut at this many characters. */
const SECTION_MAX = 60;

/**
 * The section: a heading, one line on how it works, and a ticked item per paper, in table order.
 * Where the list has sections to choose from (`list.section`), each item ends with the one the
 * paper went to, so a maintainer checks the placement at a glance. Every paper gets its item; long
 * PRs get shorter titles (`titleMax`) and, at 0, ids alone.
 */
export function renderReviewList(papers: readonly BodyPaper[], titleMax = 200): string {
  const items = papers.map((paper) =>
    titleMax > 0
      ? `- [x] ${paper.id} ${inlineMarkdown(shownTitle(paper), titleMax)}${placedIn(paper, titleMax)}`
      : `- [x] ${paper.id}`,
  );
  return [HEADING, HOW, '', ...items].join('\n');
}

/** ` → "Section"`, and whether it is only the default one; empty where there is no choice. */
function placedIn(paper: BodyPaper, titleMax: number): string {
  const section = paper.section;
  if (section === undefined) return '';
  const name = quotedSection(section.name, Math.min(SECTION_MAX, titleMax));
  return ` → ${name}${section.fits ? '' : ' (the default: it fits no section)'}`;
}

/**
 * The section within `maxChars` when even ids alone are too many: the first papers (in table
 * order) get their item, the rest are counted; they can still be rejected in the diff.
 */
export function fitReviewList(papers: readonly BodyPaper[], maxChars: number): string {
  let shown = papers.length;
  let text = renderReviewList(papers, 0);
  while (text.length > maxChars && shown > 0) {
    shown = Math.max(0, Math.min(shown - 1, Math.floor(shown * (maxChars / text.length))));
    const hidden = papers.length - shown;
    text =
      `${renderReviewList(papers.slice(0, shown), 0)}\n\n_${plural(hidden, 'more paper has', 'more papers have')} ` +
      'no item here (the description has no room): delete an entry from the diff to reject it._';
  }
  return text;
}

/**
 * The ids among `proposed` whose item in the review section is unticked (`- [ ] 2611.01234 …`),
 * read in the bot's own section only: a maintainer's text around it is theirs.
 */
export function untickedIds(body: string, proposed: Iterable<string>): Set<string> {
  const known = new Set(proposed);
  const unticked = new Set<string>();
  let inSection = false;
  for (const line of botSection(body).split(/\r?\n/)) {
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
