import { describe, expect, it } from '@jest/globals';
import { readXmlElements, XmlSyntaxError, type XmlElement } from '../../src/arxiv/xml-elements.js';

/** The tree as plain data: name, attributes when any, text when not blank, children when any. */
function shape(element: XmlElement): unknown {
  const out: Record<string, unknown> = { name: element.name };
  if (Object.keys(element.attributes).length > 0) out['attributes'] = element.attributes;
  if (element.text.trim() !== '') out['text'] = element.text;
  if (element.children.length > 0) out['children'] = element.children.map(shape);
  return out;
}

const top = (xml: string): unknown => shape(readXmlElements(xml).children[0]!);

describe('readXmlElements', () => {
  it('names elements and attributes by local name and keeps text raw', () => {
    expect(
      top(`<?xml version='1.0' encoding='UTF-8'?>
<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:title type="html">A &amp; B &#233;</a:title>
<x:primary_category xmlns:x="http://arxiv.org/schemas/atom" x:term='cs.CV'/></a:entry></a:feed>`),
    ).toEqual({
      name: 'feed',
      attributes: { a: 'http://www.w3.org/2005/Atom' },
      children: [
        {
          name: 'entry',
          children: [
            { name: 'title', attributes: { type: 'html' }, text: 'A &amp; B &#233;' },
            { name: 'primary_category', attributes: { x: 'http://arxiv.org/schemas/atom', term: 'cs.CV' } },
          ],
        },
      ],
    });
  });

  it.each([
    ['a comment inside text', '<t>one <!-- <b>not</b> --> two</t>', 'one  two'],
    [
      'a CDATA section, its & kept literal once decoded',
      '<t>x <![CDATA[<b> & </t>]]> y</t>',
      'x <b> &amp; </t> y',
    ],
    ['a processing instruction', '<t>a<?pi data?>b</t>', 'ab'],
    ['a child element between text runs', '<t>before <i>inner</i> after</t>', 'before  after'],
    ['a > inside a quoted attribute', '<t k="a>b">text</t>', 'text'],
    ['an empty element', '<t></t>', ''],
  ])('reads %s', (_name, xml, text) => {
    expect(readXmlElements(xml).children[0]!.text).toBe(text);
  });

  it('skips a DOCTYPE and its internal subset without expanding anything', () => {
    const doc = readXmlElements(
      '<!DOCTYPE feed [<!ENTITY boom "EXPANDED"> <!ELEMENT a (b)>]><feed>a &boom; b</feed>',
    );
    expect(doc.children.map(shape)).toEqual([{ name: 'feed', text: 'a &boom; b' }]);
  });

  it('reads a self-closing element with and without attributes', () => {
    expect(top('<r><x:comment/><link href="https://arxiv.org/abs/1" rel="alternate" /></r>')).toEqual({
      name: 'r',
      children: [
        { name: 'comment' },
        { name: 'link', attributes: { href: 'https://arxiv.org/abs/1', rel: 'alternate' } },
      ],
    });
  });

  it('reads the well-formed pairs of a malformed attribute list and skips the rest', () => {
    const [element] = readXmlElements(`<t a b=c d = 'e' f="g>h" =i j=>x</t>`).children;
    expect(element!.attributes).toEqual({ d: 'e', f: 'g>h' });
    expect(element!.text).toBe('x');
  });

  it('reads a start tag with a megabyte-long attribute name in one pass', () => {
    const [element] = readXmlElements(`<t x${'b'.repeat(1_000_000)}=y k="v">x</t>`).children;
    expect(element!.attributes).toEqual({ k: 'v' });
  });

  it.each([
    ['a mismatched end tag', '<feed><entry></feed>', /<\/feed> does not close <entry> at line 1, column 14/],
    ['an end tag closing nothing', '<feed></feed></feed>', /<\/feed> closes nothing/],
    ['an element left open', '<feed>\n<entry>\n', /<entry> is not closed/],
    ['an unclosed comment', '<feed><!-- no end', /comment is not closed/],
    ['an unclosed CDATA section', '<feed><![CDATA[ no end', /CDATA section is not closed/],
    ['a start tag cut off', '<feed><entry id="1"', /start tag is not closed/],
    ['a start tag broken by another', '<feed><entry <title>', /start tag is not closed/],
    ['an end tag cut off', '<feed></feed', /end tag is not closed/],
    ['a nameless tag', '<feed>< ></feed>', /tag has no name/],
  ])('rejects %s with where it is', (_name, xml, message) => {
    expect(() => readXmlElements(xml)).toThrow(XmlSyntaxError);
    expect(() => readXmlElements(xml)).toThrow(message);
  });
});
