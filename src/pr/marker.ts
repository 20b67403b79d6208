import type { PaperRecord, QueuedPaper, RemovedPaper, RunRecord } from './paper-record.js';
import { botSection } from './bot-section.js';
import { markerFromJson, markerJson } from './marker-json.js';
import { markerSchema } from './marker-schema.js';

/**
 * The bot's memory lives in a hidden HTML comment at the end of each of its PR bodies
 * (SPEC §6): no state file, nothing GitHub does not already keep. This module is the one place
 * that knows how it is written.
 */
export const MARKER_PREFIX = '<!-- arxiv-curator:';
const MARKER_OPEN = `${MARKER_PREFIX}v1 `;
const MARKER_CLOSE = ' -->';

export interface MarkerData {
  /** The list file the PR edits. */
  listPath: string;
  /** The PR's head branch: lets a PR seen only through the issues API be matched to the bot's branch. */
  branch: string;
  /** The last head SHA the bot wrote to the branch. */
  headSha: string;
  /**
   * The head SHA before the bot's last write. The rebuild records the new head in the body
   * before it moves the branch, so a run that fails between the two still recognises its own commit.
   */
  previousHeadSha: string | null;
  /** The base commit the bot last built on. */
  baseSha: string;
  /** The papers the PR proposes, with what the body shows of each. */
  proposed: PaperRecord[];
  /** Papers maintainers took out of this PR (rejections), cumulative. */
  removed: RemovedPaper[];
  /** Papers that qualified beyond `max-papers`, best first: proposed as room frees up. */
  queue: QueuedPaper[];
  /** Qualifying papers left out of the queue to keep it bounded (lowest scores), at the last write. */
  queueDropped: number;
  /** The run that last wrote this PR; null in markers of older versions. */
  run: RunRecord | null;
  /** End of the last arXiv window fetched successfully (ISO 8601). */
  windowEnd: string | null;
  /** Someone else has committed on the branch: never force-push it again. Sticky. */
  foreignCommits: boolean;
  /** The bot closed this PR itself (nothing left to add): the close is not a rejection. */
  closedByBot: boolean;
  /**
   * A repository rule refused to let the bot force-push this PR's branch: later rebuilds go on top
   * of the branch at once, without trying (and failing) the force-push first. Sticky; absent in
   * markers of PRs it never happened to.
   */
  forcePushRefused?: boolean;
  /**
   * The base list the head was built from: its git blob SHA and where the bot inserted text
   * ([offset, length] in the base's string indices). With them a bot-only branch on an unmoved
   * base gives back the base list without reading it (SPEC §9 request budget); the SHA proves it.
   */
  baseFile: BaseFileRecord | null;
}

export interface BaseFileRecord {
  sha: string;
  spans: Array<[number, number]>;
}

export type MarkerDecoded = { marker: MarkerData } | { warning: string };

/** Whether a body carries a marker of any version (readable or not). */
export function hasMarker(body: string | null | undefined): boolean {
  return typeof body === 'string' && botSection(body).includes(MARKER_PREFIX);
}

/**
 * The marker comment, on one line. `<`, `>` and `&` inside the JSON are written as `\u003c` etc.,
 * so no title can close the comment early or start another one. `data` must fit (marker-fit.ts).
 */
export function encodeMarker(data: MarkerData): string {
  const json = JSON.stringify(markerJson(data))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
  return `${MARKER_OPEN}${json}${MARKER_CLOSE}`;
}

/**
 * Reads the last marker in the bot's section of a body (bot-section.ts). The body builder writes
 * exactly one and escapes `<!--` in every text it shows, so the last one is the bot's; anything
 * unreadable is a warning, never a crash.
 */
export function decodeMarker(body: string | null | undefined): MarkerDecoded {
  if (!hasMarker(body)) return { warning: 'the body carries no arxiv-curator marker' };
  const section = botSection(body!);
  const rest = section.slice(section.lastIndexOf(MARKER_PREFIX));
  if (!rest.startsWith(MARKER_OPEN)) {
    const version = /^<!-- arxiv-curator:(\S*)/.exec(rest)?.[1] ?? '?';
    return {
      warning: `the marker has version "${version}", which this version of arxiv-curator cannot read`,
    };
  }
  const end = rest.indexOf('-->');
  if (end < 0) return { warning: 'the marker comment is not closed (no "-->")' };
  const json = rest.slice(MARKER_OPEN.length, end).trim();
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { warning: `the marker is not valid JSON (${(error as Error).message})` };
  }
  const parsed = markerSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { warning: `the marker has an unexpected shape${where}: ${issue?.message ?? 'invalid'}` };
  }
  try {
    return { marker: markerFromJson(parsed.data) };
  } catch (error) {
    return { warning: `the marker's packed ids cannot be read (${(error as Error).message})` };
  }
}

/** The ids of the papers maintainers removed from this PR. */
export function removedIds(marker: MarkerData): Set<string> {
  return new Set(marker.removed.map((r) => r.id));
}
