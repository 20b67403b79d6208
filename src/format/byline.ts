import { findDate } from '../list/date-format.js';
import type { AuthorForm, Part } from './parts.js';

/**
 * The fields in the text next to a title: `(Jun. 2025, arXiv)`, `, Ajay Jain et al., CVPR 2022`,
 * `*GAPS, arXiv 2024*`, `*Liu et al., Computer Graphics Forum 2025*`. The text is cut into
 * clauses at commas, brackets, emphasis, pipes and spaced dashes; a clause with a date holds the date and, before
 * it, the venue (`CVPR 2022`); a clause ending in `et al.` holds authors; the clause after a lone
 * date is the venue (`Jun. 2025, arXiv`); a short clause before the date is the paper's short
 * name (`GAPS`). Text with no date, venue or authors is no byline and stays text.
 */
const DELIMITER = /(\s*(?:[,;()[\]*|]|\s[-—–]\s)+\s*)/;
const ET_AL = /^(.+?)\s+et\.?\s+a[lt]\.?$/i;
const MAX_NAME_WORDS = 5;

export function readByline(text: string): Part[] {
  const pieces = text.split(DELIMITER);
  const parts: Part[] = [];
  let found = false;
  let seenDate = false;
  let venue = false;
  let name = false;
  let loneDate = false;
  for (const [i, piece] of pieces.entries()) {
    if (i % 2 === 1 || piece.trim() === '') {
      parts.push({ type: 'text', text: piece });
      continue;
    }
    const lead = /^\s*/.exec(piece)![0];
    const trail = /\s*$/.exec(piece)![0];
    const clause = piece.trim();
    if (lead !== '') parts.push({ type: 'text', text: lead });
    const date = seenDate ? null : bylineDate(clause);
    const authors = ET_AL.exec(clause);
    if (date) {
      const before = clause.slice(0, date.index).trim();
      const after = clause.slice(date.index + date.length);
      if (before !== '' && !venue) {
        parts.push(
          { type: 'venue', text: before },
          { type: 'text', text: clause.slice(before.length, date.index) },
        );
        venue = true;
      } else if (before !== '') parts.push({ type: 'text', text: clause.slice(0, date.index) });
      parts.push({
        type: 'date',
        text: clause.slice(date.index, date.index + date.length),
        format: date.format,
      });
      if (after !== '') parts.push({ type: 'text', text: after });
      seenDate = found = true;
      loneDate = before === '';
    } else if (authors) {
      parts.push({ type: 'authors', text: clause, form: authorForm(authors[1]!) });
      found = true;
    } else if (loneDate && !venue) {
      parts.push({ type: 'venue', text: clause });
      venue = found = true;
    } else if (!seenDate && !name && clause.split(/\s+/).length <= MAX_NAME_WORDS) {
      parts.push({ type: 'name', text: clause });
      name = true;
    } else {
      parts.push({ type: 'text', text: clause });
    }
    loneDate = loneDate && date !== null;
    if (trail !== '') parts.push({ type: 'text', text: trail });
  }
  return found ? merge(parts) : [{ type: 'text', text }];
}

/** A date in a clause, not glued to letters (`Qwen2025` holds no year). */
function bylineDate(clause: string): { index: number; length: number; format: string } | null {
  const date = findDate(clause);
  if (!date) return null;
  const before = clause[date.index - 1] ?? ' ';
  const after = clause[date.index + date.length] ?? ' ';
  return /[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after) ? null : date;
}

function authorForm(names: string): AuthorForm {
  return names.trim().split(/\s+/).length === 1 ? 'surname-et-al' : 'full-et-al';
}

/** Adjacent text parts joined, so that a line's text reads as one piece. */
export function merge(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.type === 'text' && part.text === '') continue;
    if (part.type === 'text' && last?.type === 'text') last.text += part.text;
    else out.push(part.type === 'text' ? { ...part } : part);
  }
  return out;
}
