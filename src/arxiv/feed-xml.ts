import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeXmlEntities, xmlEntityDecoder } from './entities.js';

/**
 * An element of the document: its children in document order, as fast-xml-parser gives them with
 * `preserveOrder` (an element child is `{ name: its children, ':@': its attributes }`, a text child
 * `{ '#text': text }`), and its attributes under `@name`. The ordered form is read as it comes, with
 * no second pass turning it into nested objects: on a 1,000-entry page that pass costs more than a
 * tenth of the parse, most of it in the garbage collector.
 */
export interface XmlNode {
  children: readonly OrderedNode[];
  attributes: Readonly<Record<string, unknown>> | undefined;
}

type OrderedNode = Record<string, unknown>;

const ATTRIBUTES = ':@';

/**
 * fast-xml-parser builds a text it parses one character at a time: on a 1,000-entry page that is
 * a fifth of the Action's CPU for a night, most of it in the garbage collector. So the elements
 * that hold most of a page's text (abstracts ~60 %, then authors, titles, comments) are read as
 * stop nodes (their raw content, cut out in one piece) and decoded when they are read: entities
 * only when there is no markup, as in arXiv's feeds; otherwise by parsing that content alone, the
 * same way as the rest of the page.
 */
const RAW_ELEMENTS = new Set(['summary', 'title', 'name', 'comment']);

const options = {
  preserveOrder: true,
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
  // Callbacks get no element path, and building one as text costs a tenth of a parse.
  jPath: false,
  // XML's predefined entities and numeric references only: nothing a DOCTYPE declares.
  entityDecoder: xmlEntityDecoder,
  ignoreDeclaration: true,
  ignorePiTags: true,
} as const;
const parser = new XMLParser({ ...options, stopNodes: [...RAW_ELEMENTS].map((name) => `*.${name}`) });
const contentParser = new XMLParser(options);

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
    return { children: parser.parse(xml) as OrderedNode[], attributes: undefined };
  } catch (error) {
    throw new XmlSyntaxError(brief((error as Error).message));
  }
}

/** A library message on one line and of readable length: some quote the offending markup whole. */
function brief(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** The child elements called `name`, in document order (every element may repeat). */
export function elements(node: XmlNode | undefined, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const child of node?.children ?? []) {
    const children = child[name];
    if (Array.isArray(children)) found.push(nodeOf(name, child, children));
  }
  return found;
}

/** The first child element called `name`. */
export function element(node: XmlNode | undefined, name: string): XmlNode | undefined {
  for (const child of node?.children ?? []) {
    const children = child[name];
    if (Array.isArray(children)) return nodeOf(name, child, children);
  }
  return undefined;
}

function nodeOf(name: string, child: OrderedNode, children: OrderedNode[]): XmlNode {
  const attributes = child[ATTRIBUTES] as XmlNode['attributes'];
  return { children: RAW_ELEMENTS.has(name) ? parseContent(children) : children, attributes };
}

/** A raw element's content (`RAW_ELEMENTS`) as the children the parser would have given it. */
function parseContent(raw: readonly OrderedNode[]): OrderedNode[] {
  const content = raw.map((child) => child['#text']).join('');
  if (!content.includes('<')) return [{ '#text': decodeXmlEntities(content) }];
  const [wrapper] = contentParser.parse(`<content>${content}</content>`) as OrderedNode[];
  return wrapper!.content as OrderedNode[];
}

/** An element's own text (not its children's), in document order, entities decoded, CDATA literal. */
export function text(node: XmlNode | undefined): string {
  let joined = '';
  for (const child of node?.children ?? []) {
    const value = child['#text'];
    if (typeof value === 'string') joined += value;
  }
  return joined;
}

export function attribute(node: XmlNode | undefined, name: string): string {
  const value = node?.attributes?.[`@${name}`];
  return typeof value === 'string' ? value : '';
}
