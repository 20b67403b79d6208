import { compareArxivIds } from '../arxiv/ids.js';

/**
 * Ids packed into one short string, for markers whose papers no longer fit with their details:
 * sorted, space-separated, and an id that shares the previous id's prefix (`2611.` or `hep-th/`)
 * written without it, with `vN` after it when its version is not 1 —
 * `2611.00001 00042v2 10007 2612.00003`: about 6 characters an id.
 */
export interface PackedId {
  id: string;
  version: number;
}

export function packIds(ids: readonly PackedId[]): string {
  let prefix = '';
  return [...ids]
    .sort((a, b) => compareArxivIds(a.id, b.id))
    .map(({ id, version }) => {
      const own = prefixOf(id);
      const text = own === prefix ? id.slice(own.length) : id;
      prefix = own;
      return version === 1 ? text : `${text}v${version}`;
    })
    .join(' ');
}

/** The ids of a packed string, in its order; throws on a token that names no whole id. */
export function unpackIds(text: string): PackedId[] {
  let prefix = '';
  return text
    .split(' ')
    .filter((token) => token !== '')
    .map((token) => {
      const [, body, version] = /^(.+?)(?:v(\d+))?$/.exec(token)!;
      const whole = /[./]/.test(body!);
      if (!whole && prefix === '') throw new Error(`"${token}" has no id before it to take a prefix from`);
      const id = whole ? body! : prefix + body!;
      prefix = prefixOf(id);
      return { id, version: version === undefined ? 1 : Number(version) };
    });
}

/** `2611.` of `2611.00001`, `hep-th/` of `hep-th/9901001`. */
function prefixOf(id: string): string {
  const cut = Math.max(id.lastIndexOf('.'), id.lastIndexOf('/'));
  return id.slice(0, cut + 1);
}
