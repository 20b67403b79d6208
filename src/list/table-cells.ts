/**
 * The cells of a GFM table row as written, without the outer pipes: unescaped pipes split
 * cells (`\|` is a literal pipe, `\\` a literal backslash), and a leading or trailing pipe adds
 * no cell.
 */
export function rowCells(row: string): string[] {
  const cells = splitCells(row.trim());
  // The text is trimmed, so an empty first or last cell means a leading or trailing pipe.
  if (cells[0] === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function splitCells(text: string): string[] {
  const cells: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && (text[i + 1] === '|' || text[i + 1] === '\\')) {
      i++;
      continue;
    }
    if (c !== '|') continue;
    cells.push(text.slice(start, i));
    start = i + 1;
  }
  cells.push(text.slice(start));
  return cells;
}
