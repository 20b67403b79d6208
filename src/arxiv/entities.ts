import type { EntityDecoderOptions } from 'fast-xml-parser';

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five predefined XML entities and numeric character references. Anything else (an
 * unknown `&name;`, a reference to an invalid code point) is left as written.
 */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name?: string) => {
    if (name !== undefined) return NAMED[name]!;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}

/**
 * fast-xml-parser's entity decoding, limited to XML's own entities: the entities a feed declares
 * in a DOCTYPE (untrusted input) are dropped, never expanded. (Its built-in decoder expands
 * them, and decodes numeric references only together with HTML's named entities.)
 */
export const xmlEntityDecoder: EntityDecoderOptions = {
  decode: decodeXmlEntities,
  addInputEntities: () => {},
  setExternalEntities: () => {},
  reset: () => {},
  setXmlVersion: () => {},
};
