import * as z from 'zod/mini';

/**
 * The bot's memory lives in a hidden HTML comment at the end of each of its PR bodies
 * (SPEC §6): no state file, nothing GitHub does not already keep.
 */
export const MARKER_PREFIX = '<!-- arxiv-curator:';
const MARKER_OPEN = `${MARKER_PREFIX}v1 `;
const MARKER_CLOSE = ' -->';

/** Titles are a memory aid for people reading the marker; the list keeps the real ones. */
const MARKER_TITLE_MAX = 160;
/** Room the marker may take in a body (GitHub's limit is 65,536 characters; the table needs the rest). */
export const MARKER_MAX_CHARS = 24_000;

export interface ProposedPaper {
  id: string;
  version: number;
  title: string;
}

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
  /** Every paper the PR has proposed, cumulative across rebuilds. */
  proposed: ProposedPaper[];
  /** Ids seen removed from the PR by someone else (rejections), cumulative. */
  removed: string[];
  /** End of the last arXiv window fetched successfully (ISO 8601). */
  windowEnd: string | null;
  /** Someone else has committed on the branch: never force-push it again. Sticky. */
  foreignCommits: boolean;
  /** The bot closed this PR itself (nothing left to add): the close is not a rejection. */
  closedByBot: boolean;
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

const sha = z.string().check(z.regex(/^[0-9a-f]{7,64}$/i));
const markerSchema = z.object({
  listPath: z.string().check(z.minLength(1)),
  branch: z.string().check(z.minLength(1)),
  headSha: sha,
  previousHeadSha: z.nullable(sha),
  baseSha: sha,
  proposed: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      version: z.number().check(z.int(), z.gte(1)),
      title: z.string(),
    }),
  ),
  removed: z.array(z.string().check(z.minLength(1))),
  windowEnd: z.nullable(z.string()),
  foreignCommits: z.boolean(),
  closedByBot: z.boolean(),
  baseFile: z.optional(
    z.nullable(
      z.object({
        sha,
        spans: z.array(z.tuple([z.number().check(z.int(), z.gte(0)), z.number().check(z.int(), z.gte(0))])),
      }),
    ),
  ),
});

export type MarkerDecoded = { marker: MarkerData } | { warning: string };

/** Whether a body carries a marker of any version (readable or not). */
export function hasMarker(body: string | null | undefined): boolean {
  return typeof body === 'string' && body.includes(MARKER_PREFIX);
}

/**
 * The marker comment, on one line. `<`, `>` and `&` inside the JSON are written as `\u003c` etc.,
 * so no title can close the comment early or start another one.
 */
export function encodeMarker(data: MarkerData, maxChars: number = MARKER_MAX_CHARS): string {
  let titleMax = MARKER_TITLE_MAX;
  let encoded = encodeWithTitles(data, titleMax);
  // Long-lived PRs accumulate papers: shorten the titles rather than lose ids.
  while (encoded.length > maxChars && titleMax > 0) {
    titleMax = titleMax > 20 ? Math.floor(titleMax / 2) : 0;
    encoded = encodeWithTitles(data, titleMax);
  }
  return encoded;
}

function encodeWithTitles(data: MarkerData, titleMax: number): string {
  const payload: MarkerData = {
    listPath: data.listPath,
    branch: data.branch,
    headSha: data.headSha,
    previousHeadSha: data.previousHeadSha,
    baseSha: data.baseSha,
    proposed: data.proposed.map((p) => ({ id: p.id, version: p.version, title: clip(p.title, titleMax) })),
    removed: [...data.removed],
    windowEnd: data.windowEnd,
    foreignCommits: data.foreignCommits,
    closedByBot: data.closedByBot,
    baseFile: data.baseFile ?? null,
  };
  const json = JSON.stringify(payload)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
  return `${MARKER_OPEN}${json}${MARKER_CLOSE}`;
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return max === 0 ? '' : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Reads the last marker in a body. The body builder writes exactly one and escapes `<!--` in every
 * text it shows, so the last one is the bot's; anything unreadable is a warning, never a crash.
 */
export function decodeMarker(body: string | null | undefined): MarkerDecoded {
  if (typeof body !== 'string' || !body.includes(MARKER_PREFIX)) {
    return { warning: 'the body carries no arxiv-curator marker' };
  }
  const start = body.lastIndexOf(MARKER_PREFIX);
  const rest = body.slice(start);
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
  return { marker: { ...parsed.data, baseFile: parsed.data.baseFile ?? null } };
}
