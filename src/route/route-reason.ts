import type { SectionFit } from './section-index.js';

const TITLE_MAX = 70;

/**
 * Why a paper goes to a section, for its score card: the two things the sections are ranked by
 * (`section-index.ts`), `closest to "LlamaGen: …" (0.38), heading word "autoregressive", like the
 * section as a whole (0.21)`, and the kind of paper both name (`a benchmark paper like the
 * section's`).
 */
export function fitReason(fit: SectionFit): string {
  const parts: string[] = [];
  if (fit.nearest)
    parts.push(`closest to "${clip(fit.nearest.entry.title)}" (${fit.nearest.similarity.toFixed(2)})`);
  if (fit.headingWords.length > 0) {
    const words = fit.headingWords.map((w) => `"${w}"`).join(', ');
    parts.push(`heading word${fit.headingWords.length > 1 ? 's' : ''} ${words}`);
  }
  if (fit.centroid > 0) parts.push(`like the section as a whole (${fit.centroid.toFixed(2)})`);
  if (fit.kinds.length > 0) parts.push(`a ${fit.kinds.join(' and ')} paper like the section's`);
  return parts.length > 0 ? parts.join(', ') : 'no section shares a word with it';
}

/** Why a paper went to the default section: the best fit it had, and the bar it missed. */
export function noFitReason(best: SectionFit | null, bestLabel: string | null, floor: number): string {
  if (best === null || bestLabel === null || best.similarity === 0)
    return "fits no section well: it shares no word with any section's papers or heading";
  return (
    `fits no section well: its best, "${bestLabel}", comes to ${best.similarity.toFixed(2)} ` +
    `(${fitReason(best)}), below the ${floor.toFixed(2)} nearly every listed paper reaches in its own section`
  );
}

function clip(title: string): string {
  const chars = Array.from(title.replace(/\s+/g, ' ').trim());
  return chars.length <= TITLE_MAX ? chars.join('') : `${chars.slice(0, TITLE_MAX - 1).join('')}…`;
}
