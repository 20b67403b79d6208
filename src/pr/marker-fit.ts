import { encodeMarker, type MarkerData } from './marker.js';
import { bareRemoval } from './marker-json.js';
import { clipTitle } from './paper-record.js';

/** Room the marker may take in a body (GitHub's limit is 65,536 characters; the table needs the rest). */
export const MARKER_MAX_CHARS = 24_000;

/**
 * Long-lived PRs and long queues grow the marker: each step gives up detail the body can do
 * without (shorter titles, then the queue's reasons, then the cards' reasons and links, then why each
 * paper went to its section, then the removed papers' titles), never an id: rejections stay
 * rejections, however long the history. Only near the end do the sections go (a rebuild then puts
 * those entries in the default section), and last everything but the ids. The body is rendered
 * from what fits, so that it reads the same when rendered again.
 */
const FIT_LADDER: ReadonlyArray<(data: MarkerData) => MarkerData> = [
  (d) => d,
  (d) => withTitles(d, 80),
  (d) => ({ ...withTitles(d, 80), queue: queueWithoutReasons(d, 80) }),
  (d) => ({
    ...withTitles(d, 40),
    queue: queueWithoutReasons(d, 40),
    proposed: d.proposed.map(({ cats: _cats, ...p }) => ({
      ...p,
      title: clipTitle(p.title, 40),
      why: p.why?.slice(0, 3),
    })),
  }),
  (d) => ({
    ...withTitles(d, 0),
    // The body lists the queue by title: its titles stay at the last length.
    queue: queueWithoutReasons(d, 40),
    proposed: d.proposed.map(({ id, version, score, day, entry, section }) => ({
      id,
      version,
      title: '',
      ...(score !== undefined ? { score } : {}),
      ...(day !== undefined ? { day } : {}),
      ...(entry !== undefined ? { entry } : {}),
      // Where a rebuild puts the entry again; the reason can go.
      ...(section !== undefined ? { section: { ...section, why: '' } } : {}),
    })),
  }),
  // Very long histories: the rejections by id alone, then without sections, then every paper by id
  // alone (packed-ids.ts).
  (d) => ({ ...lastDetailed(d), removed: d.removed.map(({ id }) => bareRemoval(id)) }),
  (d) => {
    const detailed = lastDetailed(d);
    return {
      ...detailed,
      removed: d.removed.map(({ id }) => bareRemoval(id)),
      proposed: detailed.proposed.map(({ section: _section, ...p }) => p),
    };
  },
  (d) => ({
    ...lastDetailed(d),
    removed: d.removed.map(({ id }) => bareRemoval(id)),
    proposed: d.proposed.map(({ id, version }) => ({ id, version, title: '' })),
  }),
];

function lastDetailed(d: MarkerData): MarkerData {
  return FIT_LADDER[4]!(d);
}

/**
 * The marker data as it will be written: the first step of FIT_LADDER within `maxChars`; past the
 * last, the queue gives up its lowest-scoring papers (counted as dropped) until it fits.
 */
export function fitMarker(data: MarkerData, maxChars: number = MARKER_MAX_CHARS): MarkerData {
  let fitted = data;
  for (const step of FIT_LADDER) {
    fitted = step(data);
    if (encodeMarker(fitted).length <= maxChars) return fitted;
  }
  let keep = fitted.queue.length;
  while (keep > 0 && encodeMarker(fitted).length > maxChars) {
    keep = Math.floor(keep / 2);
    fitted = {
      ...fitted,
      queue: fitted.queue.slice(0, keep),
      queueDropped: data.queueDropped + data.queue.length - keep,
    };
  }
  return fitted;
}

function withTitles(data: MarkerData, max: number): MarkerData {
  const clip = <T extends { title: string }>(item: T): T => ({ ...item, title: clipTitle(item.title, max) });
  return {
    ...data,
    proposed: data.proposed.map(clip),
    queue: data.queue.map(clip),
    removed: data.removed.map(clip),
  };
}

/** The queue with its titles clipped to `max` and without its reasons (they are scored again when proposed). */
function queueWithoutReasons(data: MarkerData, max: number): MarkerData['queue'] {
  return data.queue.map((q) => ({ ...q, title: clipTitle(q.title, max), why: [] }));
}
