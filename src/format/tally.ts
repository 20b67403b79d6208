/** Counts of values: the most common is how a list usually writes something. */
export class Tally {
  private readonly counts = new Map<string, number>();

  add(value: string): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }

  count(value: string): number {
    return this.counts.get(value) ?? 0;
  }

  /** The values, most common first (the first seen on a tie). */
  ranked(): string[] {
    return [...this.counts].sort((a, b) => b[1] - a[1]).map(([value]) => value);
  }

  /** The most common value when no other is as common; null on a tie or with none. */
  decided(): string | null {
    const [first, second] = this.ranked();
    return first !== undefined && (second === undefined || this.count(first) > this.count(second))
      ? first
      : null;
  }

  best(): string | null {
    let best: string | null = null;
    for (const [value, count] of this.counts)
      if (best === null || count > this.counts.get(best)!) best = value;
    return best;
  }
}

export function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = new Tally()));
  return tally;
}

/** The most common value under each key. */
export function bestOf<K>(map: Map<K, Tally>): Map<K, string> {
  const out = new Map<K, string>();
  for (const [key, tally] of map) {
    const best = tally.best();
    if (best !== null) out.set(key, best);
  }
  return out;
}
