import type { PhrasingContent } from 'mdast';
import type { FoundLink, Paper } from '../types.js';
import { formatDate } from './date-format.js';
import { linksByKind } from './entry-links.js';
import type { ColumnRole, ListConventions, TableColumn, TableConvention } from './list-doc.js';
import { inlineMarkdown, text } from './markdown-inline.js';
import { authorList, entryTitle, publishedDate, shortName } from './paper-text.js';
import { arxivUrl } from './safe-url.js';

/**
 * A row for the target section's table, its columns filled by what their headers name (see
 * `columnRole`); a column the bot has nothing for gets the table's own empty marker.
 */
export function renderTableRow(paper: Paper, links: FoundLink[], conventions: ListConventions): string {
  const table = conventions.table;
  if (!table) {
    throw new Error('The table style needs a table in the target section to add rows to; none was found.');
  }
  const found = linksByKind(links);
  const cells = table.columns.map((column) => {
    const content = cellContent(column, paper, found, conventions);
    return content === null ? table.emptyCell : escapePipes(inlineMarkdown(content));
  });
  return `${rowText(cells, table)}${conventions.lineEnding}`;
}

function cellContent(
  column: TableColumn,
  paper: Paper,
  found: Map<FoundLink['kind'], string>,
  conventions: ListConventions,
): PhrasingContent[] | null {
  const paperUrl = arxivUrl(paper.arxivId, conventions.arxivLink ?? 'abs');
  const linkTo = (url: string | undefined, fallback: string): PhrasingContent[] | null =>
    url === undefined ? null : [link(column.linkLabel ?? fallback, url)];
  const role: ColumnRole = column.role;
  switch (role) {
    case 'title':
      return [link(entryTitle(paper), paperUrl)];
    case 'name': {
      const name = shortName(entryTitle(paper));
      return name === '' ? null : [text(name)];
    }
    case 'authors': {
      const authors = authorList(paper);
      return authors === '' ? null : [text(authors)];
    }
    case 'venue':
      return [text('arXiv')];
    case 'date': {
      const date = publishedDate(paper);
      return date ? [text(formatDate(date, column.dateFormat ?? 'YYYY-MM-DD'))] : null;
    }
    case 'arxiv':
      return [link(column.linkLabel ?? 'arXiv', paperUrl)];
    case 'code':
      return linkTo(found.get('code'), 'Code');
    case 'demo':
      return linkTo(found.get('demo') ?? found.get('project'), 'Demo');
    case 'project':
      return linkTo(found.get('project') ?? found.get('demo'), 'Project');
    case 'dataset':
      return linkTo(found.get('dataset'), 'Dataset');
    default:
      return null;
  }
}

function link(label: string, url: string): PhrasingContent {
  return { type: 'link', url, children: [text(label)] };
}

/** GFM splits cells at every unescaped pipe, even inside link text or code. */
function escapePipes(cell: string): string {
  return cell.replace(/\|/g, '\\|');
}

function rowText(cells: string[], table: TableConvention): string {
  const inner = cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|');
  return `${table.leadingPipe ? '|' : ''}${inner}${table.trailingPipe ? '|' : ''}`.trim();
}
