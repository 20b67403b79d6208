/**
 * A fake wall clock shared by the arXiv client (`now`, `sleep`) and the fake arXiv server (which
 * stamps each request with it). `sleep` moves virtual time forward and returns at once, so the
 * suite never waits for real while the spacing between requests can still be measured.
 */
export interface FakeClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Every sleep asked for, in ms, in order. */
  readonly sleeps: number[];
}

export function fakeClock(start: string | number = '2026-11-26T03:00:00Z'): FakeClock {
  let time = typeof start === 'number' ? start : Date.parse(start);
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleeps,
    async sleep(ms: number): Promise<void> {
      sleeps.push(ms);
      time += Math.max(0, ms);
      // Yield to the event loop as a real timer would, without waiting.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
  };
}
