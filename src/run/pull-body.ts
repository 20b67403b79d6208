import type { Config } from '../config/schema.js';
import { withSection } from '../pr/bot-section.js';
import { BODY_LIMIT, renderPullBody } from '../pr/body.js';
import { fitMarker } from '../pr/marker-fit.js';
import type { MarkerData } from '../pr/marker.js';
import { markerRoom, sectionRoom } from '../pr/section-room.js';
import { markerBodyInput } from './body-input.js';

/**
 * The PR body a write sends: the bot's section rendered from the fitted marker within the room
 * the maintainer's text of the PR's current body (`held`) leaves, that text kept as GitHub holds
 * it (bot-section.ts). A new PR (`held` null) has none.
 */
export function pullBody(
  config: Config,
  marker: MarkerData,
  held: { number: number; body: string | null } | null,
): string {
  const room = sectionRoom(held?.body ?? null, held?.number ?? null);
  const fitted = fitMarker(marker, markerRoom(room));
  const body = withSection(held?.body ?? null, renderPullBody({ ...markerBodyInput(config, fitted), room }));
  if (body.length >= BODY_LIMIT) {
    throw new Error(
      `the description of PR #${held?.number ?? '?'} would take ${body.length} characters, over GitHub's limit of ` +
        `${BODY_LIMIT}: its ${fitted.proposed.length} proposed and ${fitted.removed.length} rejected papers no ` +
        'longer fit even by id; merge or close it (its rejections stay remembered) so that a new one starts',
    );
  }
  return body;
}
