import type { ListStyle } from '../config/schema.js';
import type { FoundLink, Paper } from '../types.js';
import type { ListConventions } from './list-doc.js';
import { renderBullet } from './render-bullet.js';
import { renderDetails } from './render-details.js';
import { renderTableRow } from './render-table-row.js';

/**
 * One new entry in the list's style and line ending. `number` is the heading number (`details`)
 * or the item number of an ordered list; without it the next one after the list's highest.
 */
export function renderEntry(
  paper: Paper,
  links: FoundLink[],
  style: ListStyle,
  conventions: ListConventions,
  number?: number,
): string {
  switch (style) {
    case 'details':
      return renderDetails(paper, links, conventions, number);
    case 'bullet':
      return renderBullet(paper, conventions, number);
    case 'table':
      return renderTableRow(paper, links, conventions);
  }
}
