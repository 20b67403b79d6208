import type { Block } from './blocks.js';
import { commonDateFormat, findDate } from './date-format.js';
import type { Lines } from './lines.js';
import type { ListConventions, UpdatesConvention } from './list-doc.js';
import { sectionBody, type Section } from './sections.js';

export const DEFAULT_DATE_FORMAT = 'MMM-DD-YYYY';

export interface ConventionInput {
  text: string;
  lines: Lines;
  blocks: Block[];
  updates: Section | null;
}

export function readConventions(input: ConventionInput): ListConventions {
  const { text } = input;
  const lineText = (line: number): string => text.slice(input.lines.starts[line], input.lines.ends[line]);
  return {
    lineEnding: /\r\n/.test(text.slice(0, text.search(/\n|$/) + 1)) ? '\r\n' : '\n',
    bom: text.charCodeAt(0) === 0xfeff,
    trailingNewline: text.endsWith('\n') || text.endsWith('\r'),
    updates: input.updates ? updatesConvention(input.blocks, input.updates, lineText) : null,
  };
}

/** The bullet most top-level lists use, `-` when there are none. */
export function defaultBullet(blocks: Block[]): string {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    if (block.type === 'list' && block.marker && '-*+'.includes(block.marker)) {
      counts.set(block.marker, (counts.get(block.marker) ?? 0) + block.children.length);
    }
  }
  let marker = '-';
  for (const [candidate, count] of counts) if (count > (counts.get(marker) ?? 0)) marker = candidate;
  return marker;
}

function updatesConvention(
  blocks: Block[],
  updates: Section,
  lineText: (line: number) => string,
): UpdatesConvention {
  const list = sectionBody(blocks, updates).find((block) => block.type === 'list');
  const fallback: UpdatesConvention = {
    marker: defaultBullet(blocks),
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
