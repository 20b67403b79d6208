import type { FoundLink } from '../types.js';
import { safeUrl } from './safe-url.js';

/** The first safe link of each kind, in the order the seed list shows them. */
const KINDS: Array<FoundLink['kind']> = ['code', 'project', 'dataset', 'model', 'demo'];

export function linksByKind(links: FoundLink[]): Map<FoundLink['kind'], string> {
  const byKind = new Map<FoundLink['kind'], string>();
  for (const kind of KINDS) {
    for (const link of links) {
      if (link.kind !== kind) continue;
      const url = safeUrl(link.url);
      if (url !== null) {
        byKind.set(kind, url);
        break;
      }
    }
  }
  return byKind;
}
