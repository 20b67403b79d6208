/**
 * Reads a `Retry-After` header, which is either delay seconds or an HTTP date (RFC 9110 §10.2.3),
 * as a delay in ms from `now`. Null when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP date form names its month; without this, Date.parse reads "-5" as a year.
  const date = /[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}
