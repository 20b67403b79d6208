import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { xmlEntityDecoder } from './entities.js';

/**
 * An element as fast-xml-parser gives it with the options below: its own text under `#text`,
 * its attributes under `@name`, and its child elements under their local names, each a list.
 */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  // By local name (`arxiv:comment` → `comment`), whatever prefix the feed declares.
  removeNSPrefix: true,
  // Categories are attributes.
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Text stays text: a title can be `0`.
  parseTagValue: false,
  parseAttributeValue: false,
  // Whitespace is collapsed by the feed reader, the same way for every field.
  trimValues: false,
  alwaysCreateTextNode: true,
  // Any element may repeat in a page we do not control, so every element is a list and the
  // reader takes the first of those it expects once (`entry`, `author`, `category` are many).
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  // isArray needs no element path, and building one as text costs a tenth of a parse.
  jPath: false,
  // XML's predefined entities and numeric references only: nothing a DOCTYPE declares.
  entityDecoder: xmlEntityDecoder,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError';
}

/**
 * The document's elements (the root element under its local name). Throws XmlSyntaxError saying
 * what is wrong and where when the text is not well-formed XML: fast-xml-parser alone reads
 * something out of mismatched tags, so the validator runs first.
 */
export function readXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new XmlSyntaxError(`${brief(msg).replace(/\.$/, '')} at line ${line}, column ${col}`);
  }
  try {
    return parser.parse(xml) as XmlNode;
  } catch (error) {
    throw new XmlSyntaxError(brief((error as Error).message));
  }
}

/** A library message on one line and of readable length: some quote the offending markup whole. */
function brief(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** The child elements called `name`, in document order. */
export function elements(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** The first child element called `name`. */
export function element(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return elements(node, name)[0];
}

/** An element's own text (not its children's), entities decoded, CDATA literal. */
export function text(node: XmlNode | undefined): string {
  const value = node?.['#text'];
  return typeof value === 'string' ? value : '';
}

export function attribute(node: XmlNode | undefined, name: string): string {
  const value = node?.[`@${name}`];
  return typeof value === 'string' ? value : '';
}
