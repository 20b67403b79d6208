import { splitCells } from './block-syntax.js';

/** The cells of a table row as written, without the outer pipes. */
export function rowCells(row: string): string[] {
  const cells = splitCells(row.trim());
  // The text is trimmed, so an empty first or last cell means a leading or trailing pipe.
  if (cells[0] === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}
