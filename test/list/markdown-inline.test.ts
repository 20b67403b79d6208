import { describe, expect, it } from '@jest/globals';
import { inlineMarkdown, text } from '../../src/list/markdown-inline.js';

describe('inlineMarkdown', () => {
  it('writes URLs in arXiv text as maintainers do, without remark-gfm autolink escapes', () => {
    expect(inlineMarkdown([text('Code: https://github.com/a/b and www.example.com, http://x.y')])).toBe(
      'Code: https://github.com/a/b and www.example.com, http://x.y',
    );
  });

  it('still escapes markup around URLs, and a backslash written in the text stays one', () => {
    expect(inlineMarkdown([text('*see* [here](https://x.y) https\\://z')])).toBe(
      '\\*see\\* \\[here]\\(https://x.y) https\\\\://z',
    );
  });

  it('escapes every dollar sign (GitHub math)', () => {
    expect(inlineMarkdown([text('costs $5 and $x$')])).toBe('costs \\$5 and \\$x\\$');
  });
});
