/**
 * An entry carried over from the PR's branch with the number it gets now: `### 7. Title…` →
 * `### 9. Title…`, `7. [Title](…)` → `9. [Title](…)`; an unnumbered entry comes back unchanged.
 */
export function renumberEntry(entry: string, n: number): string {
  return entry.replace(/^( {0,3}#{1,6}[ \t]+|[ \t]*)\d{1,9}([.)])(?=[ \t])/, `$1${n}$2`);
}
