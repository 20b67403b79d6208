import { compareArxivIds } from '../arxiv/ids.js';
import type { Funnel } from './funnel.js';
import type { MarkerData } from './marker.js';
import type { MarkerJson } from './marker-schema.js';
import { packIds, unpackIds } from './packed-ids.js';
import type { PaperRecord, RemovedPaper } from './paper-record.js';

/**
 * The marker's JSON, with its keys in one fixed order whatever order the data was built in: a
 * marker read back and written again is the same text, so an unchanged PR is never rewritten.
 * Papers kept by id alone (marker-fit.ts strips long histories down to that) are packed into
 * `proposedIds` and `removedIds` (packed-ids.ts), which are left out while empty.
 */
export function markerJson(d: MarkerData): MarkerJson {
  const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
    value === undefined ? {} : ({ [key]: value } as Record<K, V>);
  const packed = <T>(key: string, items: readonly T[], pack: (items: readonly T[]) => string) =>
    items.length === 0 ? {} : { [key]: pack(items) };
  const bareProposed = d.proposed.filter(isBarePaper);
  const bareRemoved = d.removed.filter(isBareRemoval);
  return {
    listPath: d.listPath,
    branch: d.branch,
    headSha: d.headSha,
    previousHeadSha: d.previousHeadSha,
    baseSha: d.baseSha,
    proposed: d.proposed
      .filter((p) => !isBarePaper(p))
      .map((p) => ({
        id: p.id,
        version: p.version,
        title: p.title,
        ...optional('score', p.score),
        ...optional('why', p.why),
        ...optional(
          'links',
          p.links?.map((l) => ({ kind: l.kind, url: l.url, source: l.source })),
        ),
        ...optional('day', p.day),
        ...optional('cats', p.cats),
        ...optional('entry', p.entry),
        ...optional(
          'section',
          p.section && { name: p.section.name, why: p.section.why, fits: p.section.fits },
        ),
      })),
    ...packed('proposedIds', bareProposed, packIds),
    removed: d.removed
      .filter((r) => !isBareRemoval(r))
      .map((r) => ({ id: r.id, title: r.title, how: r.how })),
    ...packed('removedIds', bareRemoved, (items) => packIds(items.map(({ id }) => ({ id, version: 1 })))),
    queue: d.queue.map((q) => ({
      id: q.id,
      version: q.version,
      title: q.title,
      score: q.score,
      why: q.why,
      ...optional('day', q.day),
    })),
    queueDropped: d.queueDropped,
    run:
      d.run === null
        ? null
        : {
            searched: d.run.searched,
            minScore: d.run.minScore,
            funnel: canonicalFunnel(d.run.funnel),
            closest: d.run.closest,
          },
    windowEnd: d.windowEnd,
    foreignCommits: d.foreignCommits,
    closedByBot: d.closedByBot,
    ...(d.forcePushRefused === true ? { forcePushRefused: true } : {}),
    baseFile: d.baseFile === null ? null : { sha: d.baseFile.sha, spans: d.baseFile.spans },
  };
}

/**
 * The marker data of its JSON: fields of older versions filled in, packed ids unpacked (throws on
 * packed ids it cannot read). Earlier versions wrote removed papers as bare ids.
 */
export function markerFromJson(m: MarkerJson): MarkerData {
  const { proposedIds, removedIds, ...rest } = m;
  const proposed: PaperRecord[] = [
    ...m.proposed,
    ...unpackIds(proposedIds ?? '').map(({ id, version }) => ({ id, version, title: '' })),
  ];
  const removed: RemovedPaper[] = [
    ...m.removed.map((r) => (typeof r === 'string' ? bareRemoval(r) : r)),
    ...unpackIds(removedIds ?? '').map(({ id }) => bareRemoval(id)),
  ];
  return {
    ...rest,
    proposed: proposedIds === undefined ? proposed : proposed.sort((a, b) => compareArxivIds(a.id, b.id)),
    removed: removedIds === undefined ? removed : removed.sort((a, b) => compareArxivIds(a.id, b.id)),
    queue: m.queue ?? [],
    queueDropped: m.queueDropped ?? 0,
    run: m.run ?? null,
    baseFile: m.baseFile ?? null,
  };
}

/** A paper known by its id and version alone. */
export function isBarePaper(p: PaperRecord): boolean {
  return (
    p.title === '' &&
    p.score === undefined &&
    p.why === undefined &&
    p.links === undefined &&
    p.day === undefined &&
    p.cats === undefined &&
    p.entry === undefined &&
    p.section === undefined
  );
}

/** A removal known by its id alone (as earlier versions wrote every removal). */
export function isBareRemoval(r: RemovedPaper): boolean {
  return r.title === '' && r.how === 'deleted';
}

/** A removal known by its id alone. */
export function bareRemoval(id: string): RemovedPaper {
  return { id, title: '', how: 'deleted' };
}

function canonicalFunnel(f: Funnel): Funnel {
  return {
    onArxiv: f.onArxiv,
    fetched: f.fetched,
    duplicates: f.duplicates,
    unique: f.unique,
    listed: f.listed,
    inOpenPr: f.inOpenPr,
    rejected: f.rejected,
    excluded: f.excluded,
    belowThreshold: f.belowThreshold,
    overCap: f.overCap,
    proposed: f.proposed,
    fromQueue: f.fromQueue,
  };
}
