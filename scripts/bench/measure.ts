export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface RunCounts {
  warmUp: number;
  runs: number;
}

export const RUNS: RunCounts = { warmUp: 1, runs: 7 };

/** Median wall time of `fn` in ms, after warm-up runs that are not counted. */
export function medianMs(fn: () => unknown, { warmUp, runs }: RunCounts = RUNS): number {
  for (let i = 0; i < warmUp; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
