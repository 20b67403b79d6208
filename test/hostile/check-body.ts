import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BODY_LIMIT } from '../../src/pr/body.js';
import { MARKER_PREFIX } from '../../src/pr/marker.js';

/**
 * What makes a PR body safe to post (SPEC §6, §8), as problems in words (empty = safe): nothing
 * that pings, cross-links, runs as HTML, links to a non-http(s) scheme or hides text, one marker
 * exactly when one is expected, and GitHub's length limit.
 */
export function bodyProblems(body: string, markers: 0 | 1): string[] {
  const problems: string[] = [];
  if (body.length >= BODY_LIMIT) problems.push(`body of ${body.length} characters`);
  const count = body.split(MARKER_PREFIX).length - 1;
  if (count !== markers) problems.push(`${count} marker comments, expected ${markers}`);

  // The marker is an HTML comment GitHub never shows; everything else is rendered.
  const shown = body.replace(/<!-- arxiv-curator:v1 .*? -->/g, '');
  for (const [name, pattern] of [
    ['a mention', /@(?=[A-Za-z0-9_-])/],
    ['an issue reference', /(?<![&\w])#\d|\bGH-\d/i],
    ['an invisible character', /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/],
    ['a control character', /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/], // eslint-disable-line no-control-regex
  ] as const) {
    const match = pattern.exec(shown);
    if (match) problems.push(`${name}: …${shown.slice(Math.max(0, match.index - 30), match.index + 30)}…`);
  }

  const tree = unified().use(remarkParse).use(remarkGfm).parse(shown) as Root;
  const walk = (node: Nodes): void => {
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      !/^https?:\/\//i.test(node.url)
    ) {
      problems.push(`${node.type} to ${node.url}`);
    }
    if (node.type === 'html' && /<[A-Za-z/!?]/.test(node.value.replace(/<\/?(?:details|summary|b)>/g, ''))) {
      problems.push(`raw HTML: ${node.value.slice(0, 160)}`);
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return problems;
}
