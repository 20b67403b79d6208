import { aroundLength } from './bot-section.js';
import { BODY_LIMIT, BODY_TARGET } from './body.js';
import { MARKER_MAX_CHARS } from './marker-fit.js';

/** The least room the bot's section needs: the opening, the checklist's first items, the marker. */
export const SECTION_MIN = 6_000;

/**
 * Characters the bot's section may take in a body whose maintainer's text is that of `held`: the
 * maintainer's text counts against GitHub's limit too, and only the bot's part is ever shortened.
 */
export function sectionRoom(held: string | null, number: number | null): number {
  const around = aroundLength(held);
  const room = BODY_TARGET - around;
  if (room < SECTION_MIN) {
    throw new Error(
      `the text a maintainer wrote in the description of PR #${number ?? '?'} outside arxiv-curator's section ` +
        `takes ${around.toLocaleString('en-US')} of the ${BODY_LIMIT.toLocaleString('en-US')} characters GitHub allows, ` +
        `leaving less than the ${SECTION_MIN.toLocaleString('en-US')} arxiv-curator needs for its own; ` +
        'shorten the text above or below the arxiv-curator comments (it is never cut by the bot)',
    );
  }
  return room;
}

/** Room the marker may take in a section of `room` characters: the checklist and table need the rest. */
export function markerRoom(room: number): number {
  return Math.min(MARKER_MAX_CHARS, Math.floor(room * 0.4));
}
