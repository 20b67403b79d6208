/** Points are shown and added with one decimal, so a score card always sums to its score. */
export function roundPoints(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** `+4`, `+1.5`, `−3` (a real minus sign, as in the spec's score cards). */
export function formatPoints(points: number): string {
  const magnitude = String(Math.abs(roundPoints(points)));
  return points < 0 ? `\u2212${magnitude}` : `+${magnitude}`;
}
