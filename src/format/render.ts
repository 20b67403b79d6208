import type { FoundLink, Paper } from '../types.js';
import { paperValues, type PaperValues } from './paper-values.js';
import { isLinkKind, LINK_KINDS, type Line, type Part } from './parts.js';
import { renderPart, renderParts, type PartContext } from './render-part.js';
import type { Template } from './template.js';

export interface NewEntryInput {
  paper: Paper;
  links: FoundLink[];
  /** The entry's number, where the list numbers its entries. */
  number: number | null;
}

export interface RenderContext {
  lineEnding: string;
  /** Depth of entry headings where the entry goes, when the template is a heading entry. */
  headingDepth?: number;
}

/** Labels the bot writes links with where a list shows none of that kind (the seed list's). */
export const BUILT_IN_LABELS: Record<string, string> = {
  paper: '📄 Paper',
  code: '💻 Code',
  project: '🌐 Project Page',
  dataset: '📁 Dataset',
  model: '🤗 Model',
  demo: '🎮 Demo',
};

/**
 * A new entry written as the template's model is, with the paper's values in place of the
 * model's. A part the paper has no value for is left out with its separator (a missing code
 * link in a links line), written empty where the list writes empty links (`[code]()`), or as the
 * table's empty mark; a line left with nothing (a stars badge line, a maintainer's `- Level:`)
 * goes, and so does the abstract block when arXiv sent no abstract.
 */
export function renderEntry(template: Template, input: NewEntryInput, context: RenderContext): string {
  const values = paperValues(input.paper, input.links, template.forms, null);
  const lines = withMissingLinks(template, values);
  const skip = values.abstract === '' ? abstractBlock(lines) : null;
  const out: string[] = [];
  let dropped = false;
  lines.forEach((line, i) => {
    if (skip && i >= skip[0] && i <= skip[1]) {
      dropped = true;
      return;
    }
    const ctx: PartContext = {
      template,
      values,
      number: input.number,
      line,
      headingDepth: context.headingDepth,
    };
    const text = renderLine(line, ctx);
    if (text === null || (text === '' && dropped && out[out.length - 1] === '')) {
      dropped = true;
      return;
    }
    dropped = false;
    out.push(text);
  });
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  while (out.length > 0 && out[0]!.trim() === '') out.shift();
  return out.join(context.lineEnding);
}

/** A line's text, or null when what was left out leaves it empty. */
export function renderLine(line: Line, ctx: PartContext): string | null {
  const text = renderParts(line, ctx);
  if (text === null) return null;
  // A label with none of its values (`**Authors:**` for a paper with no authors) says nothing.
  const fields = line.filter((p) => p.type !== 'text');
  if (fields.length > 0 && fields.every((p) => renderPart(p, ctx) === null)) return null;
  return text.replace(/[ \t]+$/, line.length > 0 ? trailingSpace(line) : '');
}

/** Trailing spaces are kept only where the model has them as its own text (rare; usually a slip). */
function trailingSpace(line: Line): string {
  const last = line[line.length - 1]!;
  return last.type === 'text' ? /[ \t]*$/.exec(last.text)![0] : '';
}

/**
 * Kinds of links the paper has and the model lacks, added to the model's links line: only where
 * the list leaves out missing links (a list writing `[code]()` has a fixed set), labelled as the
 * list labels them, or as the bot's built-in labels where the list uses those.
 */
function withMissingLinks(template: Template, values: PaperValues): Line[] {
  const { forms } = template;
  if (template.kind === 'row' || forms.emptyLinks.size > 0) return template.lines;
  const run = template.lines.findLastIndex((line) =>
    line.some(
      (p) => p.type === 'link' && (p.role === 'paper' || isLinkKind(p.role)) && !p.label.startsWith('!'),
    ),
  );
  if (run < 0) return template.lines;
  const present = new Set(template.lines.flat().flatMap((p) => (p.type === 'link' ? [p.role] : [])));
  const builtIn = [...forms.labels].some(([role, label]) => BUILT_IN_LABELS[role] === label);
  const added: Part[] = [];
  for (const kind of LINK_KINDS) {
    const url = values.links.get(kind);
    const label = forms.labels.get(kind) ?? (builtIn ? BUILT_IN_LABELS[kind] : undefined);
    if (url === undefined || present.has(kind) || label === undefined) continue;
    added.push({ type: 'text', text: forms.separator ?? ' | ' }, { type: 'link', role: kind, label, url });
  }
  if (added.length === 0) return template.lines;
  let line = template.lines[run]!;
  for (let k = 0; k < added.length; k += 2)
    line = insertLink(line, added[k]!, added[k + 1]!, forms.linkOrder);
  return template.lines.map((l, i) => (i === run ? line : l));
}

/** A link put where the list's order of kinds puts it: before the first link that comes later. */
function insertLink(line: Line, separator: Part, link: Part, order: string[]): Line {
  const rank = (role: string): number => (order.includes(role) ? order.indexOf(role) : order.length);
  const role = link.type === 'link' ? link.role : '';
  const links = line.flatMap((p, i) => (p.type === 'link' ? [i] : []));
  const after = links.find((i) => i > links[0]! && rank((line[i] as { role: string }).role) > rank(role));
  if (after === undefined) {
    const last = links[links.length - 1]!;
    return [...line.slice(0, last + 1), separator, link, ...line.slice(last + 1)];
  }
  // Before the later link: the new link, then the separator that preceded the later link.
  return [...line.slice(0, after), link, separator, ...line.slice(after)];
}

/** The lines from the `<details>` around the abstract to its `</details>`. */
function abstractBlock(lines: Line[]): [number, number] | null {
  const at = lines.findIndex((line) => line.some((p) => p.type === 'abstract'));
  if (at < 0) return null;
  const text = (line: Line): string => line.map((p) => (p.type === 'text' ? p.text : '')).join('');
  let from = at;
  while (from > 0 && !/<details\b/i.test(text(lines[from]!))) from--;
  let to = at;
  while (to < lines.length - 1 && !/<\/details>/i.test(text(lines[to]!))) to++;
  return [from, to];
}
