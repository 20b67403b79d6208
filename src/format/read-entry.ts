import { firstArxivId } from '../list/arxiv-links.js';
import type { ColumnRole } from '../list/list-doc.js';
import { merge, readByline } from './byline.js';
import { tokenLines, type Token } from './inline-tokens.js';
import type { Entry, EntryKind, Line, Part } from './parts.js';
import { readTokens } from './read-line.js';
import { readRow } from './read-row.js';

/**
 * Reads an entry's text (its lines with content, no trailing blank lines) into parts: a heading
 * entry (`### 12. Title` and the lines under it), a list item with its continuation lines, or a
 * table row (`columns`: what each column of its table holds).
 */
export function readEntry(text: string, kind: EntryKind, columns: ColumnRole[] = []): Entry {
  const arxivId = firstArxivId(text);
  if (kind === 'row') return { kind, lines: [readRow(text, columns)], arxivId };
  const lines = tokenLines(text);
  const read = kind === 'heading' ? headingLines(lines) : itemLines(lines);
  return { kind, lines: read, arxivId };
}

const HEADING = /^( {0,3}#{1,6}[ \t]+)(?:(\d{1,9})([.)][ \t]+))?(.*?)([ \t]*)$/;
/** A venue tag after a heading's title: `[CVPR 2024]`, `(ICCV 2023)`. */
const TAG = /([ \t]*[[(][^\][()]*\b(?:19|20)\d\d\b[^\][()]*[\])])$/;
const ITEM = /^([ \t]*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)/;
const AUTHORS_LABEL = /^(\s*(?:\*\*|__)?Authors?:?(?:\*\*|__)?:?\s*)(.+)$/i;
const EMPHASIS_LINE = /^(\s*)(\*{1,2}|_{1,2})(?=\S)(.*\S)\2(\s*)$/;
const SUMMARY = /<summary>[\s\S]*abstract[\s\S]*<\/summary>/i;

function headingLines(lines: Token[][]): Line[] {
  const out: Line[] = [headingLine(lines[0] ?? [])];
  const text = lines.map(lineText);
  let abstractOpen = -1;
  let detailsAt = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = text[i]!;
    if (/^\s*<details\b/i.test(line)) detailsAt = i;
    if (SUMMARY.test(line)) {
      abstractOpen = i;
      out.push([{ type: 'text', text: line }]);
      continue;
    }
    if (abstractOpen >= 0 && !/^\s*(?:<br\s*\/?>)?\s*$/i.test(line) && !/<\/details>/i.test(line)) {
      // The abstract, in as many lines as it was written: one field on the first, the rest folded in.
      const html = !text.slice(detailsAt, i).some((l) => l.trim() === '');
      if (out[out.length - 1]?.[0]?.type !== 'abstract') out.push([{ type: 'abstract', text: line, html }]);
      continue;
    }
    if (/<\/details>/i.test(line)) abstractOpen = -1;
    out.push(bodyLine(lines[i]!, line));
  }
  return out;
}

function headingLine(tokens: Token[]): Line {
  const raw = lineText(tokens);
  if (tokens.some((t) => t.type !== 'text')) return readTokens(tokens, { title: true });
  const match = HEADING.exec(raw);
  if (!match) return [{ type: 'text', text: raw }];
  const [, hashes, number, afterNumber, rest, trail] = match;
  const tag = TAG.exec(rest!);
  const title = tag ? rest!.slice(0, tag.index) : rest!;
  const parts: Part[] = [{ type: 'text', text: hashes! }];
  if (number) parts.push({ type: 'number', text: number }, { type: 'text', text: afterNumber! });
  parts.push({ type: 'title', text: title }, ...(tag ? readByline(tag[1]!) : []), {
    type: 'text',
    text: trail!,
  });
  return merge(parts);
}

/**
 * A line under an entry's heading: an authors line, an emphasised byline, links, or a line of the
 * maintainer's own (`- Level: …`, a note) that holds nothing the bot can fill.
 */
function bodyLine(tokens: Token[], text: string): Line {
  if (text.trim() === '') return [];
  const authors = AUTHORS_LABEL.exec(text);
  if (authors && tokens.length === 1) {
    return [
      { type: 'text', text: authors[1]! },
      { type: 'authors', text: authors[2]!, form: 'list' },
    ];
  }
  const emphasis = EMPHASIS_LINE.exec(text);
  if (emphasis && tokens.length === 1) {
    const [, lead, mark, inner, trail] = emphasis;
    const byline = readByline(inner!);
    if (byline.some((p) => p.type !== 'text')) {
      return [{ type: 'text', text: lead! + mark! }, ...byline, { type: 'text', text: mark! + trail! }];
    }
  }
  return ownOrMarkup(readTokens(tokens, { title: false }), text);
}

/** A line of text alone is the maintainer's own, unless it is HTML markup (`<br>`, `</details>`). */
function ownOrMarkup(parts: Part[], text: string): Line {
  if (parts.some((p) => p.type !== 'text')) return parts;
  return /^\s*</.test(text) ? parts : [{ type: 'fixed', text }];
}

function itemLines(lines: Token[][]): Line[] {
  const [first = [], ...rest] = lines;
  const head = first[0]?.type === 'text' ? ITEM.exec(first[0].raw) : null;
  const markerParts: Part[] = [];
  let tokens = first;
  if (head) {
    const [whole, indent, bullet, number, delimiter, space] = head;
    markerParts.push(
      ...(bullet
        ? [{ type: 'text' as const, text: indent! + bullet + space! }]
        : [
            { type: 'text' as const, text: indent! },
            { type: 'number' as const, text: number! },
            { type: 'text' as const, text: delimiter! + space! },
          ]),
    );
    const restOfFirst = (first[0] as { raw: string }).raw.slice(whole.length);
    tokens = [
      ...(restOfFirst === '' ? [] : [{ type: 'text' as const, raw: restOfFirst }]),
      ...first.slice(1),
    ];
  }
  const firstLine = merge([...markerParts, ...titledLine(tokens)]);
  return [
    firstLine,
    ...rest.map((tokens) => ownOrMarkup(readTokens(tokens, { title: false }), lineText(tokens))),
  ];
}

/** `[Title](url) …`, or `**Title** [[paper](…)]` where the title is text before kind links. */
function titledLine(tokens: Token[]): Part[] {
  const parts = readTokens(tokens, { title: true });
  if (parts.some((p) => p.type === 'link' && p.role === 'title')) return parts;
  const first = parts[0];
  if (first?.type !== 'text') return parts;
  const match = /^(\s*(?:\*\*|__)?)(.*?)((?:\*\*|__)?[\s[(:,.|–—-]*)$/.exec(first.text)!;
  if (match[2]!.trim() === '') return parts;
  const title: Part[] = [
    { type: 'text', text: match[1]! },
    { type: 'title', text: match[2]! },
    { type: 'text', text: match[3]! },
  ];
  return merge([...title, ...parts.slice(1)]);
}

export function lineText(tokens: Token[]): string {
  return tokens.map((t) => t.raw).join('');
}
