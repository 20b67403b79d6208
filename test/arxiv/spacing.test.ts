import { describe, expect, it } from '@jest/globals';
import { isArxivHost, politeIntervalMs, RequestSpacer } from '../../src/arxiv/spacing.js';
import { fakeClock } from '../helpers/clock.js';

describe('isArxivHost', () => {
  it.each([
    ['https://export.arxiv.org/api/query', true],
    ['http://arxiv.org/api/query', true],
    ['https://EXPORT.ARXIV.ORG/api/query', true],
    ['https://export.arxiv.org./api/query', true],
    ['https://evilarxiv.org/api/query', false],
    ['https://arxiv.org.example.com/api/query', false],
    ['http://127.0.0.1:8080/api/query', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isArxivHost(url)).toBe(expected);
  });
});

describe('politeIntervalMs', () => {
  it.each<[string, number | undefined, number]>([
    ['https://export.arxiv.org/api/query', undefined, 3000],
    ['https://export.arxiv.org/api/query', 10, 3000],
    ['https://export.arxiv.org/api/query', 0, 3000],
    ['https://export.arxiv.org/api/query', 5000, 5000],
    ['http://127.0.0.1:8080/api/query', undefined, 3000],
    ['http://127.0.0.1:8080/api/query', 10, 10],
    ['https://mirror.example/api/query', 0, 0],
  ])('%s with %s configured → %s ms', (url, configured, expected) => {
    expect(politeIntervalMs(url, configured)).toBe(expected);
  });

  it('rejects a negative interval', () => {
    expect(() => politeIntervalMs('http://127.0.0.1/', -1)).toThrow(/≥ 0, got -1/);
  });
});

describe('RequestSpacer', () => {
  it('runs concurrent requests one at a time, their starts at least the interval apart', async () => {
    const clock = fakeClock(0);
    const waits: [number, string][] = [];
    const spacer = new RequestSpacer(3000, clock, (ms, reason) => waits.push([ms, reason]));
    const starts: number[] = [];
    let open = 0;
    let mostOpen = 0;
    const request = async (): Promise<number> => {
      open += 1;
      mostOpen = Math.max(mostOpen, open);
      starts.push(clock.now());
      await clock.sleep(500); // the request itself takes time
      open -= 1;
      return starts.length;
    };
    const results = await Promise.all([spacer.run(request), spacer.run(request), spacer.run(request)]);
    expect(results).toEqual([1, 2, 3]);
    expect(mostOpen).toBe(1);
    expect(starts).toEqual([0, 3000, 6000]);
    expect(waits).toEqual([
      [2500, 'interval'],
      [2500, 'interval'],
    ]);
  });

  it('holds the next request until a retry time later than the interval', async () => {
    const clock = fakeClock(0);
    const waits: [number, string][] = [];
    const spacer = new RequestSpacer(3000, clock, (ms, reason) => waits.push([ms, reason]));
    const starts: number[] = [];
    const request = async (): Promise<void> => {
      starts.push(clock.now());
    };
    await spacer.run(request);
    spacer.notBefore(clock.now() + 10_000);
    await spacer.run(request);
    await spacer.run(request);
    expect(starts).toEqual([0, 10_000, 13_000]);
    expect(waits).toEqual([
      [10_000, 'retry'],
      [3000, 'interval'],
    ]);
  });

  it('keeps going after a request fails', async () => {
    const clock = fakeClock(0);
    const spacer = new RequestSpacer(3000, clock);
    await expect(spacer.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(spacer.run(async () => clock.now())).resolves.toBe(3000);
  });
});
