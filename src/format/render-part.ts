import type { PhrasingContent } from 'mdast';
import { escapeHtmlText, headingMarkdown, inlineMarkdown, text } from '../list/markdown-inline.js';
import type { Forms } from './forms.js';
import type { PaperValues } from './paper-values.js';
import type { LinkRole } from './link-role.js';
import type { AuthorForm, Line, Part } from './parts.js';
import { withoutSeparators } from './shape.js';
import type { Template } from './template.js';

export interface PartContext {
  template: Template;
  values: PaperValues;
  number: number | null;
  /** The line the part is in (a heading title is escaped as a heading). */
  line: Line;
  headingDepth?: number | undefined;
  /** Inside a table cell: pipes in the paper's text are escaped. */
  cell?: boolean;
}

/**
 * Parts written for the paper, those it has nothing for left out with a separator next to them
 * (`[📄 Paper](…) | [💻 Code](…)` without code: ` | ` goes too); null when that leaves nothing.
 */
export function renderParts(parts: readonly Part[], ctx: PartContext): string | null {
  const rendered = parts.map((part) => renderPart(part, ctx));
  const text = withoutSeparators(parts, rendered)
    .map((t) => t ?? '')
    .join('');
  return rendered.includes(null) && text.trim() === '' ? null : text;
}

/**
 * One part written for the paper: text as the model has it, a field with the paper's value
 * escaped for where it goes (SPEC §5), or null when the paper has nothing for it.
 */
export function renderPart(part: Part, ctx: PartContext): string | null {
  const { values, template } = ctx;
  const escape = (value: string): string => cellSafe(inlineMarkdown([text(value)]), ctx);
  switch (part.type) {
    case 'text':
      return ctx.headingDepth !== undefined && part === ctx.line[0] && /^ {0,3}#{1,6}[ \t]/.test(part.text)
        ? part.text.replace(/#{1,6}/, '#'.repeat(Math.min(Math.max(ctx.headingDepth, 1), 6)))
        : part.text;
    case 'number':
      return String(ctx.number ?? 1);
    case 'title':
      return headingLevel(ctx) === null ? escape(values.title) : headingTitle(values.title, ctx);
    case 'link':
      return renderLink(part, ctx);
    case 'stars':
      return values.repo === null ? null : part.text.split(part.repo).join(values.repo);
    case 'date':
      return values.date;
    case 'venue':
      return escape(values.venue);
    case 'authors': {
      if (
        template.forms.names &&
        !ctx.cell &&
        part.form !== 'list' &&
        !ctx.line.some((p) => p.type === 'name')
      )
        return who(ctx, escape);
      const authors = values.authors(part.form === 'list' ? 'list' : etAlForm(template.forms));
      return authors === '' ? null : escape(authors);
    }
    case 'name':
      return who(ctx, escape);
    case 'abstract':
      if (values.abstract === '') return null;
      return part.html ? escapeHtmlText(values.abstract) : inlineMarkdown([text(values.abstract)]);
    case 'fixed':
      return null;
    case 'cell':
      return renderCell(part, ctx);
  }
}

/**
 * A name slot: the paper's short name; a byline without one names the authors, as lists that name
 * papers do for an unnamed one (`*Liu et al., CVPR 2023*`); a table shows its empty mark.
 */
function who(ctx: PartContext, escape: (value: string) => string): string | null {
  const { values, template } = ctx;
  if (values.name !== null) return escape(values.name);
  const authors = ctx.cell ? '' : values.authors(etAlForm(template.forms));
  return authors === '' ? null : escape(authors);
}

function etAlForm(forms: Forms): AuthorForm {
  return forms.etAl ?? (forms.names ? 'surname-et-al' : 'full-et-al');
}

function renderLink(part: Extract<Part, { type: 'link' }>, ctx: PartContext): string | null {
  const { values, template } = ctx;
  const link = (label: PhrasingContent[], url: string): string =>
    cellSafe(inlineMarkdown([{ type: 'link', url, children: label }]), ctx);
  switch (part.role) {
    case 'title':
      return link([text(values.title)], values.url);
    case 'paper':
      return `[${part.label}](${values.url})`;
    case 'stars': {
      const code = values.links.get('code');
      if (values.repo === null || code === undefined) return null;
      return `[${part.repo ? part.label.split(part.repo).join(values.repo) : part.label}](${code})`;
    }
    case 'fixed':
      return template.forms.emptyLinks.size > 0 ? `[${part.label}]()` : null;
    default: {
      const url = values.links.get(part.role);
      if (url === undefined) return template.forms.emptyLinks.has(part.role) ? `[${part.label}]()` : null;
      if (part.named)
        return values.name === null ? `[${part.label}](${url})` : link([text(values.name)], url);
      return `[${part.label}](${url})`;
    }
  }
}

/**
 * A table cell: a link column holds the first of the kinds it holds that the paper has (a `Code`
 * column may fall back to a project page, as the list does; a `Demo` column never shows one),
 * labelled as the column labels that kind; any other cell its fields. Empty: the column's mark.
 */
function renderCell(cell: Extract<Part, { type: 'cell' }>, ctx: PartContext): string {
  const { forms } = ctx.template;
  const empty = forms.columnEmpty.get(cell.column) ?? forms.tableEmpty ?? '-';
  const inner = { ...ctx, cell: true };
  let content: string | null;
  if (cell.role === 'code' || cell.role === 'demo' || cell.role === 'project' || cell.role === 'dataset') {
    const kinds = forms.columnKinds.get(cell.column) ?? [cell.role];
    const kind = kinds.find((k) => ctx.values.links.has(k));
    content = kind === undefined ? null : renderLink(cellLink(cell, kind as LinkRole, forms), inner);
  } else {
    content = renderParts(cell.parts, inner);
  }
  const value = content === null || content.trim() === '' ? empty : content;
  // A cell the model leaves blank has no padding of its own to keep.
  const [lead, trail] = cell.parts.length === 0 && value !== '' ? [' ', ' '] : [cell.lead, cell.trail];
  return `${lead}${value}${trail}`;
}

/** The model cell's link of that kind, else one labelled as the column (or list) labels the kind. */
function cellLink(
  cell: Extract<Part, { type: 'cell' }>,
  kind: LinkRole,
  forms: Forms,
): Extract<Part, { type: 'link' }> {
  const model = cell.parts.find(
    (p): p is Extract<Part, { type: 'link' }> => p.type === 'link' && p.role === kind,
  );
  if (model) return model;
  const label = forms.columnLabels.get(`${cell.column}:${kind}`) ?? forms.labels.get(kind);
  const named = forms.columnNamed.has(cell.column);
  return {
    type: 'link',
    role: kind,
    label: label ?? kind[0]!.toUpperCase() + kind.slice(1),
    url: '',
    ...(named ? { named } : {}),
  };
}

/** GFM splits cells at every unescaped pipe, even inside link text or code. */
function cellSafe(markdown: string, ctx: PartContext): string {
  return ctx.cell ? markdown.replace(/\|/g, '\\|') : markdown;
}

function headingLevel(ctx: PartContext): number | null {
  const first = ctx.line[0];
  const hashes = first?.type === 'text' ? /^ {0,3}(#{1,6})[ \t]/.exec(first.text) : null;
  if (!hashes) return null;
  return ctx.headingDepth ?? hashes[1]!.length;
}

/** A heading's title; unnumbered, a title like `3. Results` must not read as a number later. */
function headingTitle(title: string, ctx: PartContext): string {
  const depth = Math.min(Math.max(headingLevel(ctx)!, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6;
  const markdown = headingMarkdown([text(title)], depth);
  return ctx.line.some((p) => p.type === 'number')
    ? markdown
    : markdown.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
