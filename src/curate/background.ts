import { BACKGROUND_DOCUMENTS, BACKGROUND_TABLE } from './background-data.js';

/**
 * How common each word is in arXiv abstracts in general: the document frequencies the similarity
 * index weighs words by (IDF). They come from a general sample rather than from the list itself,
 * because in a list every paper says "image" and "generation": IDF over the list alone would
 * silence exactly the words that set the list's topic apart, and a young list of five papers has
 * no statistics at all.
 */
export interface Background {
  documents: number;
  /** Document frequency by term (as `countTerms` spells terms); absent = rarer than the table records. */
  df: ReadonlyMap<string, number>;
}

/** Packs a background as `df:word word|df:word …`, highest frequency first (for the generator script). */
export function packBackground(df: ReadonlyMap<string, number>, minimum: number): string {
  const byCount = new Map<number, string[]>();
  for (const [term, count] of df) {
    if (count < minimum) continue;
    const words = byCount.get(count) ?? [];
    words.push(term);
    byCount.set(count, words);
  }
  return [...byCount.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([count, words]) => `${count}:${words.sort().join(' ')}`)
    .join('|');
}

export function unpackBackground(documents: number, table: string): Background {
  const df = new Map<string, number>();
  for (const group of table.split('|')) {
    const colon = group.indexOf(':');
    if (colon < 0) continue;
    const count = Number(group.slice(0, colon));
    for (const term of group.slice(colon + 1).split(' ')) if (term !== '') df.set(term, count);
  }
  return { documents, df };
}

let builtIn: Background | null = null;

/** The built-in background, unpacked on first use. */
export function builtInBackground(): Background {
  builtIn ??= unpackBackground(BACKGROUND_DOCUMENTS, BACKGROUND_TABLE);
  return builtIn;
}
