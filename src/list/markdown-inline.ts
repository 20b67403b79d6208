import type { PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * Untrusted text goes into the page through mdast and remark-stringify, which escapes exactly
 * what could start markdown or HTML (`*`, `_`, `[`, `<`, `` ` ``, `&`, a trailing `#`, …).
 * remark knows nothing of GitHub's math, so every `$` is escaped as well; it travels through
 * remark as a private-use character that `cleanText` removes from every input.
 */
const DOLLAR = '\uE000';
const processor = unified().use(remarkGfm).use(remarkStringify);

export function text(value: string): PhrasingContent {
  return { type: 'text', value: value.replaceAll('$', DOLLAR) };
}

/**
 * remark-gfm escapes URL-like text (`https\://…`, `www\.…`) so that GitHub does not turn it
 * into a link. An http(s) link is all GitHub makes of it, and maintainers write such URLs plainly:
 * the escape only makes the diff look odd, so it is taken back.
 */
function plainUrls(markdown: string): string {
  return markdown.replace(/\b(https?)\\:/gi, '$1:').replace(/\b(www)\\\./gi, '$1.');
}

/** One line of markdown for the given inline content. */
export function inlineMarkdown(children: PhrasingContent[]): string {
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children }] };
  return plainUrls(processor.stringify(root).trimEnd()).replaceAll(DOLLAR, '\\$');
}

/** Heading text (without the `#`s), escaped as remark would inside an ATX heading. */
export function headingMarkdown(children: PhrasingContent[], depth: 1 | 2 | 3 | 4 | 5 | 6): string {
  const root: Root = { type: 'root', children: [{ type: 'heading', depth, children }] };
  return processor
    .stringify(root)
    .trimEnd()
    .slice(depth + 1)
    .replaceAll(DOLLAR, '\\$');
}

/** Text for the inside of an HTML block (the `details` abstract): no tag, comment or entity survives. */
export function escapeHtmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
