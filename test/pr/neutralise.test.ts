import { describe, expect, it } from '@jest/globals';
import { clipText, htmlText, inlineMarkdown, plainLine, safeUrl } from '../../src/pr/neutralise.js';

describe('inlineMarkdown', () => {
  const cases: Array<[string, string, string]> = [
    ['plain text is kept', 'Native Image Generation', 'Native Image Generation'],
    ['a mention cannot ping', 'thanks @octocat', 'thanks @&#8203;octocat'],
    ['an issue reference cannot link', 'fixes #123', 'fixes #&#8203;123'],
    ['a GH- reference cannot link', 'see GH-42', 'see GH&#8203;-42'],
    ['raw HTML is shown, not run', '<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
    ['a comment cannot open or close', '--> <!-- x', '--&gt; &lt;\\!-- x'],
    ['a pipe cannot split a table cell', 'a | b', 'a \\| b'],
    ['newlines become spaces', 'line one\n\nline two\r\n', 'line one line two'],
    [
      'emphasis, links, code and math are literal',
      '*x* [y](z) `c` $m$',
      '\\*x\\* \\[y\\]\\(z\\) \\`c\\` \\$m\\$',
    ],
    ['an entity cannot smuggle a mention', '&#64;octocat', '&amp;#&#8203;64;octocat'],
    ['bidi overrides and controls are dropped', 'a\u202Eb\u0007c', 'abc'],
    [
      'zero-width, soft-hyphen, bidi-mark and private-use characters are dropped',
      'Uni\u200Bfied Multi\u200Dmodal\u00AD \u200E\uFEFF@\u2060octocat\uE000',
      'Unified Multimodal @&#8203;octocat',
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(inlineMarkdown(input)).toBe(expected);
  });

  it('clips before escaping, so an escape is never cut in half', () => {
    expect(inlineMarkdown('a|b|c|d|e', 4)).toBe('a\\|b…');
  });
});

describe('htmlText', () => {
  it('escapes HTML and breaks autolinks without markdown escapes (which would show inside HTML)', () => {
    expect(htmlText('*GPT-4o* <b> @user #1 & "q" [x](y)')).toBe(
      '*GPT-4o* &lt;b&gt; @&#8203;user #&#8203;1 &amp; "q" &#91;x&#93;(y)',
    );
  });
});

describe('safeUrl', () => {
  const cases: Array<[string, string | null]> = [
    ['https://github.com/owner/repo', 'https://github.com/owner/repo'],
    ['http://example.org/a_(b)', 'http://example.org/a_%28b%29'],
    ['https://x.github.io/p|q', 'https://x.github.io/p%7Cq'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['not a url', null],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

describe('plainLine and clipText', () => {
  it('collapses whitespace and cuts on code points', () => {
    expect(plainLine('  a \t b\n c ')).toBe('a b c');
    expect(clipText('🎨🎨🎨🎨', 3)).toBe('🎨🎨…');
    expect(clipText('short', 10)).toBe('short');
  });
});
