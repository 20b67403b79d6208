import type { ArxivLink, ArxivLinkIndex } from './arxiv-links.js';
import type { Block } from './blocks.js';
import { commonDateFormat, findDate } from './date-format.js';
import { firstTextLink } from './entry-title.js';
import type { Lines } from './lines.js';
import type {
  BulletConvention,
  ListConventions,
  NumberingConvention,
  TableColumn,
  TableConvention,
  UpdatesConvention,
} from './list-doc.js';
import { plainText } from './plain-text.js';
import type { Section } from './sections.js';
import { columnRole } from './table-columns.js';
import { rowCells } from './table-cells.js';
import {
  entryHeadingDepth,
  entryHeadingRun,
  sectionBody,
  targetList,
  targetTable,
  type Order,
} from './target-blocks.js';

export const DEFAULT_DATE_FORMAT = 'MMM-DD-YYYY';

export interface ConventionInput {
  text: string;
  lines: Lines;
  blocks: Block[];
  target: Section | null;
  updates: Section | null;
  order: Order;
  /** The text's arXiv links (found once by `readList`). */
  links: ArxivLinkIndex;
}

export function readConventions(input: ConventionInput): ListConventions {
  const { text, target } = input;
  const body = target ? sectionBody(input.blocks, target) : [];
  const lineText = (line: number): string => text.slice(input.lines.starts[line], input.lines.ends[line]);
  const list = targetList(body, input.order, lineText);
  return {
    lineEnding: /\r\n/.test(text.slice(0, text.search(/\n|$/) + 1)) ? '\r\n' : '\n',
    bom: text.charCodeAt(0) === 0xfeff,
    trailingNewline: text.endsWith('\n') || text.endsWith('\r'),
    arxivLink: arxivLinkConvention(input.links, target),
    bullet: list ? listBullet(list, lineText) : defaultBullet(input.blocks),
    numbering: numbering(body, target, input.order),
    updates: input.updates ? updatesConvention(input.blocks, input.updates, lineText) : null,
    table: tableConvention(targetTable(body, input.order), lineText),
  };
}

/** The arxiv.org path most links in the target section use, else most links in the list. */
function arxivLinkConvention(links: ArxivLinkIndex, target: Section | null): 'abs' | 'pdf' | null {
  return (
    majorityArxivPath(target ? links.within(target.start, target.end) : []) ?? majorityArxivPath(links.links)
  );
}

function majorityArxivPath(links: readonly ArxivLink[]): 'abs' | 'pdf' | null {
  let abs = 0;
  let pdf = 0;
  for (const link of links) {
    if (link.kind === 'abs') abs++;
    else if (link.kind === 'pdf') pdf++;
  }
  if (abs === pdf) return null;
  return abs > pdf ? 'abs' : 'pdf';
}

function listBullet(list: Block, lineText: (line: number) => string): BulletConvention {
  if (!list.marker || list.marker === '.' || list.marker === ')') {
    const last = list.children[list.children.length - 1]!;
    const number = /^\s*(\d{1,9})/.exec(lineText(last.startLine));
    return { marker: list.marker ?? '.', ordered: true, nextNumber: number ? Number(number[1]) + 1 : 1 };
  }
  return { marker: list.marker, ordered: false, nextNumber: 0 };
}

/** The bullet most top-level lists use, `-` when there are none. */
function defaultBullet(blocks: Block[]): BulletConvention {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    if (block.type === 'list' && block.marker && '-*+'.includes(block.marker)) {
      counts.set(block.marker, (counts.get(block.marker) ?? 0) + block.children.length);
    }
  }
  let marker = '-';
  for (const [candidate, count] of counts) if (count > (counts.get(marker) ?? 0)) marker = candidate;
  return { marker, ordered: false, nextNumber: 0 };
}

const NUMBERED = /^(\d{1,5})[.)]\s/;

function numbering(body: Block[], target: Section | null, order: Order): NumberingConvention {
  if (!target) return { numbered: true, highest: 0, depth: 3 };
  const depth = entryHeadingDepth(body, target);
  const entries = body.filter((block) => block.type === 'heading' && block.depth === depth);
  const numbered = entries.filter((heading) => NUMBERED.test(heading.text!)).length;
  const highest = Math.max(
    0,
    ...entryHeadingRun(body, depth, order).map((heading) => Number(NUMBERED.exec(heading.text!)?.[1] ?? 0)),
  );
  return { numbered: entries.length === 0 || numbered * 2 >= entries.length, highest, depth };
}

function updatesConvention(
  blocks: Block[],
  updates: Section,
  lineText: (line: number) => string,
): UpdatesConvention {
  const list = sectionBody(blocks, updates).find((block) => block.type === 'list');
  const fallback: UpdatesConvention = {
    marker: defaultBullet(blocks).marker,
    dateFormat: DEFAULT_DATE_FORMAT,
    before: '',
    after: '',
    separator: ': ',
  };
  if (!list) return fallback;
  const marker = list.marker && '-*+'.includes(list.marker) ? list.marker : fallback.marker;
  const items = list.children
    .slice(0, 5)
    .map((item) => lineText(item.startLine).replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s*/, ''));
  const format = commonDateFormat(items);
  const example = items.find((item) => findDate(item)?.format === format);
  if (!format || example === undefined) return { ...fallback, marker };
  const found = findDate(example)!;
  const before = example.slice(0, found.index);
  const rest = example.slice(found.index + found.length);
  const after = /^[*_\])`]*/.exec(rest)![0];
  const separator = /^\s*[:：\-–—|]?\s*/.exec(rest.slice(after.length))![0] || ' ';
  return {
    marker,
    dateFormat: format,
    before: /^[\s*_[(`]*$/.test(before) ? before.trim() : '',
    after,
    separator,
  };
}

const EMPTY_CELLS = new Set(['', '-', '—', '–', '/', 'N/A', 'n/a', 'NA', '×', '✗', 'x', 'X', 'None', 'none']);

function tableConvention(table: Block | null, lineText: (line: number) => string): TableConvention | null {
  if (!table) return null;
  const headers = rowCells(lineText(table.headLine!)).map((cell) => cell.trim());
  const rows = table.rowLines!.map((line) => rowCells(lineText(line)).map((cell) => cell.trim()));
  const columns: TableColumn[] = headers.map((header, index) => {
    const role = columnRole(header);
    const cells = rows.map((row) => row[index] ?? '');
    return {
      header,
      role,
      dateFormat: role === 'date' ? commonDateFormat(cells.map(plainText)) : null,
      linkLabel: commonLinkLabel(cells),
    };
  });
  const delimiter = lineText(table.delimiterLine!).trim();
  return {
    columns,
    emptyCell: mostCommon(rows.flat().filter((cell) => EMPTY_CELLS.has(cell))) ?? '-',
    leadingPipe: delimiter.startsWith('|'),
    trailingPipe: delimiter.endsWith('|'),
  };
}

/** The text most links in a column show (`Github`), when at least half of them show it. */
function commonLinkLabel(cells: string[]): string | null {
  const labels = cells.flatMap((cell) => firstTextLink(cell)?.text ?? []);
  const label = mostCommon(labels);
  return label !== null && labels.filter((l) => l === label).length * 2 >= labels.length ? label : null;
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}
