export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How many fresh runs a figure is the median of, after uncounted warm-up runs. */
export interface RunCounts {
  warmUp: number;
  runs: number;
}

/**
 * How steady the machine is: a fixed loop of integer work, timed `runs` times. On a shared VM the
 * same work can take a quarter longer from one run to the next; the wall times above move with it.
 */
export function machineNoise(runs = 9): { medianMs: number; fastestMs: number; slowestMs: number } {
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let i = 0; i < 50_000_000; i++) sink = (sink + (i & 7)) | 0;
    times.push(performance.now() - start);
  }
  if (sink === 42) process.stdout.write(''); // keeps the loop from being optimised away
  return { medianMs: median(times), fastestMs: Math.min(...times), slowestMs: Math.max(...times) };
}
