import type { ListStyle } from '../config/schema.js';
import type { ColumnRole } from '../list/list-doc.js';
import type { Entry } from './parts.js';
import { readEntry } from './read-entry.js';

/**
 * The formats SPEC §5 names, as sample entries read by the same code as a list's own: what a
 * section with no entries (and no section with entries near it) gets, as `list.style` says.
 */
export function builtInEntry(style: Exclude<ListStyle, 'table'>, bullet: string): Entry {
  return style === 'details' ? readEntry(DETAILS, 'heading') : readEntry(bulletSample(bullet), 'item');
}

const DETAILS = [
  '### 1. A paper title',
  '**Authors:** Ada Lovelace, Alan Turing',
  '<details span>',
  '<summary><b>Abstract</b></summary>',
  'An abstract.',
  '</details>',
  '',
  '[📄 Paper](https://arxiv.org/pdf/2501.00001) | [💻 Code](https://github.com/owner/repo) | ' +
    '[🌐 Project Page](https://owner.github.io/project/) | [📁 Dataset](https://huggingface.co/datasets/owner/data) | ' +
    '[🤗 Model](https://huggingface.co/owner/model) | [🎮 Demo](https://huggingface.co/spaces/owner/demo)',
].join('\n');

function bulletSample(marker: string): string {
  return `${marker} [A paper title](https://arxiv.org/abs/2501.00001) — Ada Lovelace et al., Jan 2025`;
}

const CELLS: Record<ColumnRole, string> = {
  title: '[A paper title](https://arxiv.org/abs/2501.00001)',
  name: 'Name',
  authors: 'Ada Lovelace, Alan Turing',
  venue: 'arXiv',
  date: '2025-01-15',
  code: '[Code](https://github.com/owner/repo)',
  project: '[Project](https://owner.github.io/project/)',
  demo: '[Demo](https://huggingface.co/spaces/owner/demo)',
  dataset: '[Dataset](https://huggingface.co/datasets/owner/data)',
  arxiv: '[arXiv](https://arxiv.org/abs/2501.00001)',
  other: '-',
};

/** A row for a table with no rows yet: each column filled by what its header names. */
export function builtInRow(columns: ColumnRole[], pipes: { leading: boolean; trailing: boolean }): Entry {
  const inner = columns.map((role) => ` ${CELLS[role]} `).join('|');
  return readEntry(`${pipes.leading ? '|' : ''}${inner}${pipes.trailing ? '|' : ''}`.trim(), 'row', columns);
}
