import * as z from 'zod/mini';

/**
 * What a marker may hold (marker.ts reads it with this): fields added after the first version are
 * optional, and `removed` may list bare ids, as earlier versions wrote it.
 */
const sha = z.string().check(z.regex(/^[0-9a-f]{7,64}$/i));
const id = z.string().check(z.minLength(1));
const count = z.number().check(z.int(), z.gte(0));
const link = z.object({
  kind: z.enum(['code', 'project', 'dataset', 'model', 'demo']),
  url: z.string(),
  source: z.enum(['abstract', 'comment']),
});
const funnel = z.object({
  onArxiv: count,
  fetched: count,
  duplicates: count,
  unique: count,
  listed: count,
  inOpenPr: count,
  rejected: count,
  excluded: count,
  belowThreshold: count,
  overCap: count,
  proposed: count,
  fromQueue: count,
});
export const markerSchema = z.object({
  listPath: z.string().check(z.minLength(1)),
  branch: z.string().check(z.minLength(1)),
  headSha: sha,
  previousHeadSha: z.nullable(sha),
  baseSha: sha,
  proposed: z.array(
    z.object({
      id,
      version: z.number().check(z.int(), z.gte(1)),
      title: z.string(),
      score: z.optional(z.number()),
      why: z.optional(z.array(z.string())),
      links: z.optional(z.array(link)),
      day: z.optional(z.string()),
      cats: z.optional(z.array(z.string())),
      entry: z.optional(count),
      section: z.optional(z.object({ name: z.string(), why: z.string(), fits: z.boolean() })),
    }),
  ),
  // Papers kept by id alone (packed-ids.ts), left out while there are none.
  proposedIds: z.optional(z.string()),
  // Markers of earlier versions list the ids alone.
  removed: z.array(z.union([id, z.object({ id, title: z.string(), how: z.enum(['unticked', 'deleted']) })])),
  removedIds: z.optional(z.string()),
  queue: z.optional(
    z.array(
      z.object({
        id,
        version: z.number().check(z.int(), z.gte(1)),
        title: z.string(),
        score: z.number(),
        why: z.array(z.string()),
        day: z.optional(z.string()),
      }),
    ),
  ),
  queueDropped: z.optional(count),
  run: z.optional(
    z.nullable(
      z.object({ searched: z.string(), minScore: z.number(), funnel, closest: z.nullable(z.number()) }),
    ),
  ),
  windowEnd: z.nullable(z.string()),
  foreignCommits: z.boolean(),
  closedByBot: z.boolean(),
  forcePushRefused: z.optional(z.boolean()),
  baseFile: z.optional(
    z.nullable(
      z.object({
        sha,
        spans: z.array(z.tuple([z.number().check(z.int(), z.gte(0)), z.number().check(z.int(), z.gte(0))])),
      }),
    ),
  ),
});

/** The marker's JSON as written and read. */
export type MarkerJson = z.infer<typeof markerSchema>;
