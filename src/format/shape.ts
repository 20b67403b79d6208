import { EMPTY_CELLS } from '../list/table-columns.js';
import { isLinkKind, isOptional, type Entry, type Line, type Part } from './parts.js';

/**
 * An entry's shape: its lines and markup with the values abstracted — `{T}` a title, `{U}` a URL,
 * `{N}` a name or authors, `{D}` a date, `{V}` a venue, `{X}` an abstract, `{#}` a number, `{R}` the
 * owner/repo in a stars badge — and runs of spaces made one. Two entries of the same shape look
 * alike to a reader whatever their papers. `fixed`: what to do with the parts the bot cannot
 * fill: keep them as written (`strict`), count each as `{F}` whatever it says (`abstract`), or
 * leave them out with lines that held nothing else (`drop`).
 */
export type FixedParts = 'strict' | 'abstract' | 'drop';

export interface ShapeOptions {
  fixed: FixedParts;
  /** Leave out links and badges that depend on the paper (code, project, stars…). */
  core?: boolean;
}

export function entryShape(entry: Entry, options: ShapeOptions): string {
  return entry.lines
    .flatMap((line) => {
      const shape = lineShape(line, options);
      return shape === null ? [] : [shape];
    })
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim();
}

/** A line's shape, or null when the options leave nothing of it. */
export function lineShape(line: Line, options: ShapeOptions): string | null {
  const shapes = withoutSeparators(
    line,
    line.map((part) => partShape(part, options)),
  );
  const kept = shapes.filter((shape): shape is string => shape !== null);
  if (kept.length < shapes.length && kept.every((shape) => /^[\s|,;·•/]*$/.test(shape))) return null;
  return kept.join('').replace(/\s+/g, ' ').trimEnd();
}

/**
 * A part left out takes a separator next to it along (the one before, else the one after), as
 * when an entry is written without it: `[📄 Paper](…) | [💻 Code](…)` without code is `[📄 Paper](…)`.
 */
export function withoutSeparators(parts: readonly Part[], out: Array<string | null>): Array<string | null> {
  const result = [...out];
  const isSeparator = (i: number): boolean =>
    parts[i]?.type === 'text' &&
    typeof result[i] === 'string' &&
    result[i] !== '' &&
    SEPARATOR.test(result[i]!);
  let content = false;
  out.forEach((text, i) => {
    if (text !== null) {
      if (!(parts[i]!.type === 'text' && SEPARATOR.test(text))) content = true;
      return;
    }
    if (content && isSeparator(i - 1)) result[i - 1] = '';
    else if (isSeparator(i + 1)) result[i + 1] = '';
  });
  return result;
}

/** Text that only separates parts: spaces, pipes, commas, slashes. */
export const SEPARATOR = /^[\s|,;·•/]*$/;

export function partShape(part: Part, options: ShapeOptions): string | null {
  if (options.core && isOptional(part)) return null;
  switch (part.type) {
    case 'text':
      return part.text;
    case 'number':
      return '{#}';
    case 'title':
      return '{T}';
    case 'link': {
      if (part.role === 'fixed') return fixedShape(part.label, options);
      const label = part.role === 'title' ? '{T}' : part.named ? '{N}' : repoShape(part.label, part.repo);
      return `[${label}](${part.url === '' ? '' : '{U}'})`;
    }
    case 'stars':
      return repoShape(part.text, part.repo);
    case 'date':
      return '{D}';
    case 'venue':
      return '{V}';
    case 'authors':
    case 'name':
      return '{N}';
    case 'abstract':
      return '{X}';
    case 'fixed':
      return fixedShape(part.text, options);
    case 'cell': {
      if (options.core && isLinkKind(part.role)) return `${part.lead}{L}${part.trail}`;
      // A cell the bot cannot fill counts as the empty mark it writes there, unless strict.
      if (options.fixed !== 'strict' && isBlank(part.parts)) return ' {-} ';
      return `${part.lead}${part.parts.map((p) => partShape(p, options) ?? '').join('')}${part.trail}`;
    }
  }
}

function isBlank(parts: Part[]): boolean {
  return parts.every((p) => p.type === 'fixed' || (p.type === 'text' && EMPTY_CELLS.has(p.text.trim())));
}

function fixedShape(text: string, options: ShapeOptions): string | null {
  if (options.fixed === 'strict') return text;
  return options.fixed === 'abstract' ? '{F}' : null;
}

function repoShape(text: string, repo: string | undefined): string {
  return repo === undefined ? text : text.split(repo).join('{R}');
}
