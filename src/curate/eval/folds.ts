import type { LabelledPaper } from './corpus.js';

/** mulberry32: a tiny seeded generator, so the folds are the same on every machine and run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Splits the corpus into `count` folds, stratified by label (each fold gets its share of `on`,
 * `near` and `off`), shuffled with a fixed seed. Input order does not matter: papers are sorted by
 * id first.
 */
export function stratifiedFolds(corpus: LabelledPaper[], count: number, seed: number): LabelledPaper[][] {
  const next = random(seed);
  const folds: LabelledPaper[][] = Array.from({ length: count }, () => []);
  const byLabel = new Map<string, LabelledPaper[]>();
  const sorted = [...corpus].sort((a, b) =>
    a.paper.arxivId < b.paper.arxivId ? -1 : a.paper.arxivId > b.paper.arxivId ? 1 : 0,
  );
  for (const item of sorted) {
    const group = byLabel.get(item.label) ?? [];
    group.push(item);
    byLabel.set(item.label, group);
  }
  let deal = 0;
  for (const label of [...byLabel.keys()].sort()) {
    const group = byLabel.get(label)!;
    for (let i = group.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [group[i], group[j]] = [group[j]!, group[i]!];
    }
    for (const item of group) folds[deal++ % count]!.push(item);
  }
  return folds;
}
