/**
 * The element tree of an XML document, as much of XML as an Atom feed from arXiv uses, read in one
 * pass. Written for the feed reader because a general XML library was the slowest step of a run:
 * fast-xml-parser 5.12 takes 450–650 ms for a 2,000-entry (4.7 MB) page in a fresh process, this
 * reader about 100 ms (`npm run bench`), and a nightly run is always a fresh process.
 *
 * - Elements are named by local name (`arxiv:comment` → `comment`), attributes too.
 * - `text` is an element's own character data, raw: entities are NOT decoded (the caller decodes
 *   the predefined ones and numeric references, and nothing declared in a DOCTYPE is ever
 *   expanded). A CDATA section's content is added with `&` written as `&amp;`, so that decoding
 *   gives it back literally.
 * - Comments, processing instructions and the DOCTYPE are skipped.
 * - Start and end tags must match and every element must be closed: anything else is an
 *   XmlSyntaxError saying where.
 */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: readonly XmlElement[];
  text: string;
}

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError';
}

interface OpenElement {
  element: XmlElement;
  /** The name as written, prefix included, to check the end tag against. */
  tag: string;
  children: XmlElement[] | null;
  /** Text pieces once a child, comment or CDATA section interrupted the text; until then the text is one slice. */
  pieces: string[] | null;
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});
const NO_CHILDREN: readonly XmlElement[] = Object.freeze([]);

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

function localName(tag: string): string {
  const colon = tag.indexOf(':');
  return colon < 0 ? tag : tag.slice(colon + 1);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** Line and column of an offset, for error messages. */
function where(xml: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = xml.indexOf('\n'); i >= 0 && i < offset; i = xml.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** The document's elements under a nameless root (whose children are the top-level elements). */
export function readXmlElements(xml: string): XmlElement {
  const root: XmlElement = { name: '', attributes: NO_ATTRIBUTES, children: NO_CHILDREN, text: '' };
  const stack: OpenElement[] = [{ element: root, tag: '', children: null, pieces: null }];
  const fail = (message: string, offset: number): never => {
    throw new XmlSyntaxError(`${message} at ${where(xml, offset)}`);
  };
  /** Keeps the text run from `start` to `end`, where markup inside the element begins. */
  const interrupt = (open: OpenElement, start: number, end: number): void => {
    open.pieces ??= [];
    if (end > start) open.pieces.push(xml.slice(start, end));
  };

  const length = xml.length;
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) break;
    const open = stack[stack.length - 1]!;
    const next = xml.charCodeAt(lt + 1);

    if (next === SLASH) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) fail('an end tag is not closed', lt);
      const tag = xml.slice(lt + 2, gt).trim();
      if (stack.length === 1) fail(`</${tag}> closes nothing`, lt);
      if (tag !== open.tag) fail(`</${tag}> does not close <${open.tag}>`, lt);
      const element = open.element;
      // `at` is where the last text run began: the end of the start tag or of the last markup.
      if (open.pieces === null) element.text = xml.slice(at, lt);
      else {
        interrupt(open, at, lt);
        element.text = open.pieces.join('');
      }
      if (open.children !== null) element.children = open.children;
      stack.pop();
      at = gt + 1;
      continue;
    }

    if (next === BANG) {
      interrupt(open, at, lt);
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) fail('a comment is not closed', lt);
        at = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) fail('a CDATA section is not closed', lt);
        open.pieces!.push(xml.slice(lt + 9, end).replace(/&/g, '&amp;'));
        at = end + 3;
      } else {
        // A DOCTYPE, its internal subset in brackets: skipped, never expanded.
        let i = lt + 2;
        let depth = 0;
        for (; i < length; i++) {
          const code = xml.charCodeAt(i);
          if (code === 91) depth += 1;
          else if (code === 93) depth -= 1;
          else if (code === GT && depth <= 0) break;
        }
        if (i >= length) fail('a declaration is not closed', lt);
        at = i + 1;
      }
      continue;
    }

    if (next === QUESTION) {
      interrupt(open, at, lt);
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) fail('a processing instruction is not closed', lt);
      at = end + 2;
      continue;
    }

    // A start tag: it ends at the first `>` outside a quoted attribute value.
    let gt = lt + 1;
    let quote = 0;
    for (; gt < length; gt++) {
      const code = xml.charCodeAt(gt);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 34 || code === 39) quote = code;
      else if (code === GT) break;
      else if (code === LT) fail('a start tag is not closed', lt);
    }
    if (gt >= length) fail('a start tag is not closed', lt);
    interrupt(open, at, lt);
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    const tag = xml.slice(lt + 1, nameEnd);
    if (tag === '') fail('a tag has no name', lt);
    const element: XmlElement = {
      name: localName(tag),
      attributes: nameEnd < bodyEnd ? readAttributes(xml.slice(nameEnd, bodyEnd)) : NO_ATTRIBUTES,
      children: NO_CHILDREN,
      text: '',
    };
    (open.children ??= []).push(element);
    if (!selfClosing) stack.push({ element, tag, children: null, pieces: null });
    at = gt + 1;
  }

  if (stack.length > 1) fail(`<${stack[stack.length - 1]!.tag}> is not closed`, length);
  if (stack[0]!.children !== null) root.children = stack[0]!.children;
  return root;
}

/**
 * `name="value"` pairs, read in one pass (a pattern tried at every offset of a long malformed
 * tag takes quadratic time). Anything that is not such a pair is skipped.
 */
function readAttributes(source: string): Readonly<Record<string, string>> {
  if (!source.includes('=')) return NO_ATTRIBUTES;
  const attributes: Record<string, string> = {};
  const length = source.length;
  let at = 0;
  while (at < length) {
    while (at < length && isSpace(source.charCodeAt(at))) at++;
    const nameStart = at;
    while (at < length && !isSpace(source.charCodeAt(at)) && source[at] !== '=') at++;
    const name = source.slice(nameStart, at);
    while (at < length && isSpace(source.charCodeAt(at))) at++;
    if (source[at] !== '=') continue;
    at++;
    while (at < length && isSpace(source.charCodeAt(at))) at++;
    const quote = source[at];
    if (quote !== '"' && quote !== "'") continue;
    const end = source.indexOf(quote, at + 1);
    if (end < 0) break;
    if (name !== '') attributes[localName(name)] = source.slice(at + 1, end);
    at = end + 1;
  }
  return attributes;
}
