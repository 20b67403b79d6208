import { findDate } from '../list/date-format.js';
import type { ColumnRole } from '../list/list-doc.js';
import { rowCells } from '../list/table-cells.js';
import { EMPTY_CELLS } from '../list/table-columns.js';
import { merge } from './byline.js';
import { inlineTokens } from './inline-tokens.js';
import { labelRole } from './link-role.js';
import type { Line, Part } from './parts.js';
import { readTokens } from './read-line.js';

/**
 * A table row: its pipes kept as written, each cell read by what its column holds (from the
 * header): the title cell as a titled line, a name, venue, date or authors cell as that field, a
 * code/demo/project/dataset cell as the link of that kind. A cell of a column the bot has nothing
 * for (`Samples`, `Stars`) is fixed, unless it holds the table's empty mark.
 */
export function readRow(text: string, columns: ColumnRole[]): Line {
  const indent = /^[ \t]*/.exec(text)![0];
  const trimmed = text.trim();
  const cells = rowCells(trimmed);
  const parts: Part[] = [];
  if (indent !== '') parts.push({ type: 'text', text: indent });
  if (trimmed.startsWith('|')) parts.push({ type: 'text', text: '|' });
  cells.forEach((raw, column) => {
    if (column > 0) parts.push({ type: 'text', text: '|' });
    const lead = /^[ \t]*/.exec(raw)![0];
    const trail = raw.trim() === '' ? '' : /[ \t]*$/.exec(raw)![0];
    const content = raw.slice(lead.length, raw.length - trail.length);
    const role = columns[column] ?? 'other';
    parts.push({ type: 'cell', column, role, lead, trail, parts: cellParts(content, role) });
  });
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && cells.length > 0)
    parts.push({ type: 'text', text: '|' });
  return parts;
}

function cellParts(content: string, role: ColumnRole): Part[] {
  const text = content.trim();
  if (EMPTY_CELLS.has(text)) return text === '' ? [] : [{ type: 'text', text }];
  switch (role) {
    case 'title':
      return titleCell(content);
    case 'name':
      return [{ type: 'name', text }];
    case 'venue':
      return [{ type: 'venue', text }];
    case 'authors':
      return [{ type: 'authors', text, form: /\bet\.? al\.?$/i.test(text) ? 'full-et-al' : 'list' }];
    case 'date': {
      const date = findDate(text);
      if (!date) return [{ type: 'fixed', text }];
      return merge([
        { type: 'text', text: text.slice(0, date.index) },
        { type: 'date', text: text.slice(date.index, date.index + date.length), format: date.format },
        { type: 'text', text: text.slice(date.index + date.length) },
      ]);
    }
    case 'arxiv':
      return readTokens(inlineTokens(content), { title: false }).map((p) =>
        p.type === 'link' && p.role !== 'stars' ? { ...p, role: 'paper' } : p,
      );
    case 'code':
    case 'demo':
    case 'project':
    case 'dataset':
      return linkCell(content, role);
    default:
      return [{ type: 'fixed', text }];
  }
}

function titleCell(content: string): Part[] {
  const parts = readTokens(inlineTokens(content), { title: true });
  if (parts.some((p) => p.type === 'link' && p.role === 'title')) return parts;
  return parts.map((p) => (p.type === 'text' && p.text.trim() !== '' ? { type: 'title', text: p.text } : p));
}

/**
 * A link column's links are of the kind their text or host says (a `Code` column may hold a
 * `[ProjectPage](…)` where a paper has no code), else of the column's kind; a dataset link whose
 * text is a name (`[Infinity-MM](…)`) shows the paper's short name.
 */
function linkCell(content: string, role: ColumnRole & ('code' | 'demo' | 'project' | 'dataset')): Part[] {
  return readTokens(inlineTokens(content), { title: false }).map((p) => {
    if (p.type !== 'link' || p.role === 'stars' || p.url === '') return p;
    const named =
      role === 'dataset' && labelRole(p.label) === null && !/^\s*!|hugging\s*face|^\s*hf\s*$/i.test(p.label);
    return { ...p, role: p.role === 'fixed' ? role : p.role, ...(named ? { named } : {}) };
  });
}
