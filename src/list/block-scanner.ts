import {
  ATX_HEADING,
  BULLET_MARKER,
  FENCE_OPEN,
  FOOTNOTE_DEFINITION,
  LINK_DEFINITION,
  ORDERED_MARKER,
  SETEXT_UNDERLINE,
  THEMATIC_BREAK,
  atxHeadingText,
  closesFence,
  delimiterRowCells,
  endsHtmlBlock,
  headRowCells,
  htmlBlockKind,
} from './block-syntax.js';
import { splitLines, type Lines } from './lines.js';

/**
 * The block structure of a markdown document, line by line, as remark-parse (micromark with
 * GFM) sees it: containers (block quotes, lists, footnote definitions) and leaves (headings,
 * paragraphs, code, HTML, tables). It follows the parsing strategy of the CommonMark spec
 * (https://spec.commonmark.org/0.31.2/#appendix-a-parsing-strategy) and skips inline parsing,
 * which is why it is some fifty times faster than remark on a large list. A test compares its
 * output with remark's on every fixture and on generated documents.
 */
export type BlockType =
  | 'root'
  | 'blockquote'
  | 'list'
  | 'listItem'
  | 'footnoteDefinition'
  | 'heading'
  | 'paragraph'
  | 'code'
  | 'html'
  | 'table'
  | 'thematicBreak';

export interface Block {
  type: BlockType;
  /** 0-based index of the first and the last line with content of this block. */
  startLine: number;
  endLine: number;
  children: Block[];
  /** Heading depth (1–6). */
  depth?: number;
  /** Heading text as written (inline markdown not parsed). */
  text?: string;
  /** List: the bullet character, or the delimiter (`.`/`)`) of an ordered list. */
  marker?: string;
  /** Ordered list: the number of its first item. */
  start?: number;
  /** Table: lines of the head row, the delimiter row and the body rows. */
  headLine?: number;
  delimiterLine?: number;
  rowLines?: number[];
}

export interface ScannedDocument {
  root: Block;
  lines: Lines;
}

export function scanBlocks(text: string, from = 0): ScannedDocument {
  const lines = splitLines(text, from);
  const scanner = new BlockScanner();
  const count = lines.starts.length;
  for (let i = 0; i < count; i++) {
    scanner.addLine(i, text.slice(lines.starts[i], lines.ends[i]), i === count - 1);
  }
  return { root: scanner.finish(), lines };
}

interface Node extends Block {
  parent: Node | null;
  children: Node[];
  open: boolean;
  fence?: { char: string; length: number; offset: number };
  htmlKind?: number;
  indentedCode?: boolean;
  lazyStart?: boolean;
  /** List item: columns from its container's content start to its own content. */
  contentColumn?: number;
  ordered?: boolean;
  blankAfterEmptyStart?: boolean;
  /** Paragraph: its lines, for a setext heading's text and a table's head row. */
  paragraphLines?: string[];
  lastLineIndented?: boolean;
  firstLineNoHead?: boolean;
}

interface ListMarker {
  ordered: boolean;
  marker: string;
  start: number;
  contentColumn: number;
}

const CODE_INDENT = 4;
const MAYBE_SPECIAL = /^[#`~*+_=<>0-9|:[-]/;

function isSpaceOrTab(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

class BlockScanner {
  private readonly root: Node = newNode('root', null, 0);
  private tip: Node = this.root;
  private oldTip: Node = this.root;
  private lastMatched: Node = this.root;
  private allClosed = true;
  private lineNo = 0;
  private line = '';
  private offset = 0;
  private column = 0;
  private nextNonspace = 0;
  private nextNonspaceColumn = 0;
  private indent = 0;
  private indented = false;
  private blank = false;
  /** Set when a blank line still belongs to a block (inside fenced code or an HTML comment). */
  private blankLineKept = false;
  /** The block the current line's text went to. */
  private target: Node | null = null;
  private lastLine = false;
  /** A container did not continue on this line and no new one started (micromark's "lazy"). */
  private lazyLine = false;

  addLine(lineNo: number, line: string, lastLine: boolean): void {
    this.lineNo = lineNo;
    this.line = line;
    this.lastLine = lastLine;
    this.target = null;
    this.lazyLine = false;
    this.offset = 0;
    this.column = 0;
    this.blank = false;
    this.blankLineKept = false;
    this.oldTip = this.tip;
    this.incorporate();
    if (this.blankLineKept || !/^[ \t]*$/.test(line)) this.markLine(this.target ?? this.tip);
  }

  finish(): Block {
    while (this.tip !== this.root) this.finalize(this.tip);
    this.finalize(this.root);
    return this.root;
  }

  private incorporate(): void {
    let container: Node = this.root;
    for (;;) {
      const last = container.children[container.children.length - 1];
      if (!last || !last.open) break;
      container = last;
      this.findNextNonspace();
      const result = this.continues(container);
      if (result === 'consumed') return;
      if (result === 'fail') {
        this.lazyLine = isContainer(container.type);
        container = container.parent!;
        break;
      }
    }
    this.allClosed = container === this.oldTip;
    this.lastMatched = container;
    let matchedLeaf =
      container.type !== 'paragraph' && container.type !== 'table' && acceptsLines(container.type);
    while (!matchedLeaf) {
      this.findNextNonspace();
      if (!this.indented && !MAYBE_SPECIAL.test(this.line.slice(this.nextNonspace))) {
        this.advanceNextNonspace();
        break;
      }
      const started = this.tryStarts(container);
      if (started === 'none') {
        this.advanceNextNonspace();
        break;
      }
      container = this.tip;
      if (started === 'leaf') matchedLeaf = true;
    }
    this.addText(container);
  }

  private addText(container: Node): void {
    // micromark reads a lazy line after a table as a (refused) body row, never as a head row.
    const lazyAfterTable = this.lazyLine && this.oldTip.type === 'table';
    if (!this.allClosed && !this.blank && this.tip.type === 'paragraph') {
      this.appendLine(this.tip);
      return;
    }
    this.closeUnmatchedBlocks();
    if (acceptsLines(container.type)) {
      this.appendLine(container);
      const kind = container.htmlKind ?? 0;
      if (kind >= 1 && kind <= 5 && endsHtmlBlock(kind, this.line.slice(this.offset))) {
        this.finalize(container);
      }
    } else if (this.offset < this.line.length && !this.blank) {
      const paragraph = this.addChild('paragraph');
      paragraph.firstLineNoHead = lazyAfterTable;
      this.advanceNextNonspace();
      this.appendLine(paragraph);
    }
  }

  private continues(node: Node): 'match' | 'fail' | 'consumed' {
    switch (node.type) {
      case 'blockquote':
        if (this.indented || this.line[this.nextNonspace] !== '>') return 'fail';
        this.advanceNextNonspace();
        this.advanceOffset(1, false);
        if (isSpaceOrTab(this.line[this.offset])) this.advanceOffset(1, true);
        this.markLine(node);
        return 'match';
      case 'listItem':
        // An item may start with one blank line; micromark closes an empty item only at the
        // next line with content, which then counts as lazy.
        if (this.blank) {
          if (node.children.length === 0) node.blankAfterEmptyStart = true;
          this.advanceNextNonspace();
        } else if (node.blankAfterEmptyStart && node.children.length === 0) {
          return 'fail';
        } else if (this.indent >= node.contentColumn!) {
          this.advanceOffset(node.contentColumn!, true);
        } else {
          return 'fail';
        }
        return 'match';
      case 'footnoteDefinition':
        if (this.blank) this.advanceNextNonspace();
        else if (this.indent >= CODE_INDENT) this.advanceOffset(CODE_INDENT, true);
        else return 'fail';
        return 'match';
      case 'heading':
      case 'thematicBreak':
        return 'fail';
      case 'code':
        return this.continuesCode(node);
      case 'html':
        return this.blank && (node.htmlKind === 6 || node.htmlKind === 7) ? 'fail' : 'match';
      case 'paragraph':
      case 'table':
        return this.blank ? 'fail' : 'match';
      default:
        return 'match';
    }
  }

  private continuesCode(node: Node): 'match' | 'fail' | 'consumed' {
    if (node.fence) {
      const rest = this.line.slice(this.nextNonspace);
      if (this.indent <= 3 && closesFence(rest, node.fence.char, node.fence.length)) {
        this.markLine(node);
        this.finalize(node);
        return 'consumed';
      }
      let skip = node.fence.offset;
      while (skip > 0 && isSpaceOrTab(this.line[this.offset])) {
        this.advanceOffset(1, true);
        skip--;
      }
      return 'match';
    }
    if (node.lazyStart) return 'fail';
    if (this.indent >= CODE_INDENT) this.advanceOffset(CODE_INDENT, true);
    else if (this.blank) this.advanceNextNonspace();
    else return 'fail';
    return 'match';
  }

  private tryStarts(container: Node): 'none' | 'container' | 'leaf' {
    const rest = this.line.slice(this.nextNonspace);
    if (!this.indented) {
      const c = rest[0];
      if (c === '>') return this.startBlockquote();
      if (c === '#' && ATX_HEADING.test(rest)) return this.startAtxHeading(rest);
      if ((c === '`' || c === '~') && FENCE_OPEN.test(rest)) return this.startFence(rest);
      if (c === '<') {
        const kind = htmlBlockKind(rest, container.type === 'paragraph');
        const lazy = !this.allClosed && !this.blank && this.tip.type === 'paragraph';
        if (kind === 7 && lazy && !this.lastLine) return this.startLazyHtml();
        if (kind > 0) return this.startHtml(kind);
      }
      if (
        container.type === 'paragraph' &&
        SETEXT_UNDERLINE.test(rest) &&
        !container.paragraphLines!.every((line) => LINK_DEFINITION.test(line))
      ) {
        return this.startSetext(container, rest);
      }
      if (THEMATIC_BREAK.test(rest)) return this.startLeaf('thematicBreak');
      if (c === '[' && FOOTNOTE_DEFINITION.test(rest)) return this.startFootnote(rest);
    }
    if (!this.indented || container.type === 'list') {
      const marker = this.parseListMarker(container);
      if (marker) return this.startListItem(marker);
    }
    if (!this.indented && container.type === 'paragraph') {
      const cells = delimiterRowCells(rest);
      const lines = container.paragraphLines!;
      const head = lines[lines.length - 1]!;
      // An indented line only ever continues a paragraph, so it cannot be a head row.
      const headAllowed = !container.lastLineIndented && !(container.firstLineNoHead && lines.length === 1);
      if (cells > 0 && headAllowed && headRowCells(head) === cells) {
        return this.startTable(container, head);
      }
    }
    if (this.indented && this.tip.type !== 'paragraph' && !this.blank) {
      // micromark ends indented code that starts on a lazy line with that line.
      const lazy = this.lazyLine;
      this.advanceOffset(CODE_INDENT, true);
      this.closeUnmatchedBlocks();
      const code = this.addChild('code');
      code.indentedCode = true;
      code.lazyStart = lazy;
      return 'leaf';
    }
    return 'none';
  }

  private startBlockquote(): 'container' {
    this.advanceNextNonspace();
    this.advanceOffset(1, false);
    if (isSpaceOrTab(this.line[this.offset])) this.advanceOffset(1, true);
    this.closeUnmatchedBlocks();
    this.addChild('blockquote');
    return 'container';
  }

  private startAtxHeading(rest: string): 'leaf' {
    this.advanceNextNonspace();
    this.closeUnmatchedBlocks();
    const heading = this.addChild('heading');
    Object.assign(heading, atxHeadingText(rest));
    this.advanceOffset(this.line.length - this.offset, false);
    return 'leaf';
  }

  private startFence(rest: string): 'leaf' {
    const fence = FENCE_OPEN.exec(rest)![0];
    const indent = this.indent;
    this.closeUnmatchedBlocks();
    const code = this.addChild('code');
    code.fence = { char: fence[0]!, length: fence.length, offset: indent };
    this.advanceNextNonspace();
    this.advanceOffset(fence.length, false);
    return 'leaf';
  }

  private startHtml(kind: number): 'leaf' {
    this.closeUnmatchedBlocks();
    this.addChild('html').htmlKind = kind;
    return 'leaf';
  }

  /**
   * micromark lets a lone complete tag on a lazy line end the paragraph (CommonMark would
   * continue it) and puts the HTML block in the paragraph's container, except on the last line.
   */
  private startLazyHtml(): 'leaf' {
    this.finalize(this.tip);
    const html = newNode('html', this.tip, this.lineNo);
    html.htmlKind = 7;
    this.tip.children.push(html);
    this.tip = html;
    this.allClosed = true;
    return 'leaf';
  }

  /** Link reference definitions before the heading text stay outside the heading, as in remark. */
  private startSetext(paragraph: Node, rest: string): 'leaf' {
    this.closeUnmatchedBlocks();
    const lines = paragraph.paragraphLines!;
    let definitions = 0;
    while (LINK_DEFINITION.test(lines[definitions]!)) definitions++;
    let heading = paragraph;
    if (definitions > 0) {
      paragraph.endLine = paragraph.startLine + definitions - 1;
      this.finalize(paragraph);
      heading = this.addChild('heading');
      heading.startLine = paragraph.endLine + 1;
    }
    heading.type = 'heading';
    heading.depth = rest[0] === '=' ? 1 : 2;
    heading.text = lines.slice(definitions).join('\n').trim();
    delete heading.paragraphLines;
    this.advanceOffset(this.line.length - this.offset, false);
    return 'leaf';
  }

  private startLeaf(type: 'thematicBreak'): 'leaf' {
    this.closeUnmatchedBlocks();
    this.addChild(type);
    this.advanceOffset(this.line.length - this.offset, false);
    return 'leaf';
  }

  private startFootnote(rest: string): 'container' {
    const label = FOOTNOTE_DEFINITION.exec(rest)![0];
    this.closeUnmatchedBlocks();
    this.addChild('footnoteDefinition');
    this.advanceNextNonspace();
    this.advanceOffset(label.length, false);
    return 'container';
  }

  /**
   * The paragraph's last line becomes the head row; lines before it stay a paragraph. When that
   * line is a lone HTML tag, micromark ends the paragraph for the table but then reads the line
   * as an HTML block, which takes this line in too.
   */
  private startTable(paragraph: Node, head: string): 'leaf' {
    this.closeUnmatchedBlocks();
    const headLine = this.lineNo - 1;
    let block = paragraph;
    if (paragraph.startLine < headLine) {
      paragraph.paragraphLines!.pop();
      paragraph.endLine = headLine - 1;
      this.finalize(paragraph);
      block = this.addChild('table');
      block.startLine = headLine;
    }
    delete block.paragraphLines;
    if (/^ {0,3}</.test(head) && htmlBlockKind(head.trimStart(), false) === 7) {
      block.type = 'html';
      block.htmlKind = 7;
      return 'leaf';
    }
    block.type = 'table';
    block.headLine = headLine;
    block.delimiterLine = this.lineNo;
    block.rowLines = [];
    this.advanceOffset(this.line.length - this.offset, false);
    return 'leaf';
  }

  private startListItem(marker: ListMarker): 'container' {
    this.closeUnmatchedBlocks();
    if (
      this.tip.type !== 'list' ||
      this.tip.ordered !== marker.ordered ||
      this.tip.marker !== marker.marker
    ) {
      const list = this.addChild('list');
      list.ordered = marker.ordered;
      list.marker = marker.marker;
      if (marker.ordered) list.start = marker.start;
    }
    this.addChild('listItem').contentColumn = marker.contentColumn;
    return 'container';
  }

  private parseListMarker(container: Node): ListMarker | null {
    if (this.indent >= CODE_INDENT) return null;
    // micromark also treats indented code (open across blank lines) as interrupted by a list.
    const last = container.children[container.children.length - 1];
    const interrupting =
      container.type === 'paragraph' ||
      (last?.open === true && last.indentedCode === true && !last.lazyStart);
    const rest = this.line.slice(this.nextNonspace);
    let marker: ListMarker;
    let markerLength: number;
    const ordered = ORDERED_MARKER.exec(rest);
    if (BULLET_MARKER.test(rest)) {
      marker = { ordered: false, marker: rest[0]!, start: 0, contentColumn: 0 };
      markerLength = 1;
    } else if (ordered && (!interrupting || ordered[1] === '1')) {
      marker = { ordered: true, marker: ordered[2]!, start: Number(ordered[1]), contentColumn: 0 };
      markerLength = ordered[0].length;
    } else {
      return null;
    }
    const after = this.line[this.nextNonspace + markerLength];
    if (after !== undefined && !isSpaceOrTab(after)) return null;
    if (interrupting && /^[ \t]*$/.test(rest.slice(markerLength))) return null;
    const markerOffset = this.indent;
    this.advanceNextNonspace();
    this.advanceOffset(markerLength, true);
    const spacesStartColumn = this.column;
    const spacesStartOffset = this.offset;
    do {
      this.advanceOffset(1, true);
    } while (this.column - spacesStartColumn < 5 && isSpaceOrTab(this.line[this.offset]));
    const blankItem = this.offset >= this.line.length;
    const spaces = this.column - spacesStartColumn;
    let padding = markerLength + spaces;
    if (spaces >= 5 || spaces < 1 || blankItem) {
      padding = markerLength + 1;
      this.column = spacesStartColumn;
      this.offset = spacesStartOffset;
      if (isSpaceOrTab(this.line[this.offset])) this.advanceOffset(1, true);
    }
    marker.contentColumn = markerOffset + padding;
    return marker;
  }

  private findNextNonspace(): void {
    let i = this.offset;
    let cols = this.column;
    let c: string | undefined;
    while ((c = this.line[i]) !== undefined) {
      if (c === ' ') {
        i++;
        cols++;
      } else if (c === '\t') {
        i++;
        cols += 4 - (cols % 4);
      } else {
        break;
      }
    }
    this.blank = c === undefined;
    this.nextNonspace = i;
    this.nextNonspaceColumn = cols;
    this.indent = cols - this.column;
    this.indented = this.indent >= CODE_INDENT;
  }

  private advanceNextNonspace(): void {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
  }

  private advanceOffset(count: number, columns: boolean): void {
    let remaining = count;
    let c: string | undefined;
    while (remaining > 0 && (c = this.line[this.offset]) !== undefined) {
      if (c === '\t') {
        const toTab = 4 - (this.column % 4);
        if (columns) {
          // A tab only partly consumed (`-\tfoo`) stays for the next columns.
          const partial = toTab > remaining;
          const step = partial ? remaining : toTab;
          this.column += step;
          this.offset += partial ? 0 : 1;
          remaining -= step;
        } else {
          this.column += toTab;
          this.offset += 1;
          remaining -= 1;
        }
      } else {
        this.offset += 1;
        this.column += 1;
        remaining -= 1;
      }
    }
  }

  private appendLine(node: Node): void {
    if (node.type === 'paragraph') {
      node.paragraphLines!.push(this.line.slice(this.offset));
      node.lastLineIndented = this.indented;
    } else if (node.type === 'table') {
      if (this.lineNo !== node.delimiterLine) node.rowLines!.push(this.lineNo);
    } else if (node.fence || (node.htmlKind !== undefined && node.htmlKind <= 5)) {
      this.blankLineKept = true;
    }
    this.target = node;
    this.tip = node;
  }

  private addChild(type: BlockType): Node {
    while (!canContain(this.tip.type, type)) this.finalize(this.tip);
    const node = newNode(type, this.tip, this.lineNo);
    if (type === 'paragraph') node.paragraphLines = [];
    this.tip.children.push(node);
    this.tip = node;
    return node;
  }

  private closeUnmatchedBlocks(): void {
    if (this.allClosed) return;
    this.lazyLine = false;
    while (this.oldTip !== this.lastMatched) {
      const parent = this.oldTip.parent!;
      this.finalize(this.oldTip);
      this.oldTip = parent;
    }
    this.allClosed = true;
  }

  private finalize(node: Node): void {
    node.open = false;
    if (node.parent) this.tip = node.parent;
  }

  /** Records that the current line holds content of `node` and of all its ancestors. */
  private markLine(node: Node | null): void {
    for (let n = node; n; n = n.parent) n.endLine = this.lineNo;
  }
}

function newNode(type: BlockType, parent: Node | null, line: number): Node {
  return { type, parent, children: [], open: true, startLine: line, endLine: line };
}

function isContainer(type: BlockType): boolean {
  return type === 'blockquote' || type === 'listItem' || type === 'footnoteDefinition';
}

function acceptsLines(type: BlockType): boolean {
  return type === 'paragraph' || type === 'code' || type === 'html' || type === 'table';
}

function canContain(parent: BlockType, child: BlockType): boolean {
  switch (parent) {
    case 'root':
    case 'blockquote':
    case 'listItem':
    case 'footnoteDefinition':
      return child !== 'listItem';
    case 'list':
      return child === 'listItem';
    default:
      return false;
  }
}
