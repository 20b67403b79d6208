const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Nov 26, 2026` for the day `2026-11-26`. */
export function formatDay(day: string): string {
  const [y, m, d] = splitDay(day);
  return `${MONTHS[m]} ${d}, ${y}`;
}

/** `Nov 26, 2026`, `Nov 24–26, 2026`, `Nov 28 – Dec 2, 2026`, `Dec 30, 2026 – Jan 2, 2027`. */
export function formatDayRange(fromDay: string, toDay: string): string {
  const [a, b] = fromDay <= toDay ? [fromDay, toDay] : [toDay, fromDay];
  const [ya, ma, da] = splitDay(a);
  const [yb, mb, db] = splitDay(b);
  if (a === b) return formatDay(a);
  if (ya === yb && ma === mb) return `${MONTHS[ma]} ${da}–${db}, ${ya}`;
  if (ya === yb) return `${MONTHS[ma]} ${da} – ${MONTHS[mb]} ${db}, ${ya}`;
  return `${formatDay(a)} – ${formatDay(b)}`;
}

function splitDay(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m - 1, d];
}
