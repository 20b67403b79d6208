import { shownTitle, type BodyPaper } from './body-paper.js';
import { inlineMarkdown } from './neutralise.js';
import { plural } from './plural.js';

/** Lines the note shows at most (a long-lived PR may hold hundreds of papers). */
const SHOWN = 20;

/**
 * The papers that fit none of the sections `list.section` allows and went to the default one
 * (`src/route/`): a line each asking the maintainer to move the entry. Empty when every paper fits.
 */
export function renderPlacementNote(papers: readonly BodyPaper[]): string {
  const unplaced = papers.filter((p) => p.section !== undefined && !p.section.fits);
  if (unplaced.length === 0) return '';
  const lines = unplaced
    .slice(0, SHOWN)
    .map(
      (p) =>
        `- **${inlineMarkdown(p.id)}** ${inlineMarkdown(shownTitle(p), 120)}: placed in ` +
        `${quotedSection(p.section!.name)}: it fits no section well; please move it to where it belongs.`,
    );
  const more = unplaced.length - SHOWN;
  if (more > 0) lines.push(`- _and ${plural(more, 'more paper', 'more papers')}: their score cards say so._`);
  return ['### Placed in the default section', ...lines].join('\n');
}

/** A section's name as the body shows it: quoted, escaped, cut at `max` characters. */
export function quotedSection(name: string, max = 120): string {
  return `"${inlineMarkdown(name, max)}"`;
}

/** The score card's line on where the entry went and why. */
export function sectionLine(paper: BodyPaper): string[] {
  const section = paper.section;
  if (section === undefined) return [];
  const name = quotedSection(section.name);
  const why = section.why !== '' ? `: ${inlineMarkdown(section.why, 300)}` : '';
  return [`- **Section:** ${name}${section.fits ? '' : ' (the default)'}${why}`];
}
