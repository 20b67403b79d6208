import type { BranchHead } from '../github/branches.js';
import { gitBlobSha } from '../github/blob-sha.js';
import type { MarkerData } from '../pr/marker.js';

/**
 * The base list without reading it: when the branch is exactly what the bot last wrote on a
 * base that has not moved, taking the bot's insertions back out gives the base, and the git blob
 * SHA the bot recorded proves it byte for byte. Anything else: null, and the base is read.
 */
export function baseFromBranch(branchText: string, marker: MarkerData, base: BranchHead): string | null {
  if (marker.baseFile === null || base.commitSha !== marker.baseSha) return null;
  const text = withoutInsertions(branchText, marker.baseFile.spans);
  return text !== null && gitBlobSha(text) === marker.baseFile.sha ? text : null;
}

/**
 * Takes the bot's insertions back out of the branch text, by the offsets and lengths the bot
 * recorded when it wrote them; null when they no longer fit the text.
 */
function withoutInsertions(text: string, spans: ReadonlyArray<readonly [number, number]>): string | null {
  let out = '';
  let at = 0;
  let shift = 0;
  for (const [offset, length] of [...spans].sort((a, b) => a[0] - b[0])) {
    const start = offset + shift;
    if (start < at || start + length > text.length) return null;
    out += text.slice(at, start);
    at = start + length;
    shift += length;
  }
  return out + text.slice(at);
}
