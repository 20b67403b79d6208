import type { Block } from './blocks.js';
import { nextLineStart, type Lines } from './lines.js';
import { headingKey } from './plain-text.js';

/** A part of the list under one top-level heading (headings in containers do not count). */
export interface Section {
  /** Heading text as written, e.g. `📄 Papers`. */
  heading: string;
  depth: number;
  /** Index of the heading block among the document's top-level blocks. */
  headingBlock: number;
  /** Index after the last top-level block of the section. */
  endBlock: number;
  headingLine: number;
  /** Offset of the heading line. */
  start: number;
  /** Offset after the heading (after its line ending). */
  contentStart: number;
  /** Offset just past the last line with content, including its line ending. */
  contentEnd: number;
  /** Offset of the next heading of the same or a higher level, or the end of the text. */
  end: number;
}

export function readSections(blocks: Block[], lines: Lines, textLength: number): Section[] {
  const headings = blocks.flatMap((block, index) => (block.type === 'heading' ? [index] : []));
  return headings.map((index) => {
    const heading = blocks[index]!;
    const depth = heading.depth!;
    let endBlock = blocks.length;
    for (let i = index + 1; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.type === 'heading' && block.depth! <= depth) {
        endBlock = i;
        break;
      }
    }
    const lastLine = endBlock > index + 1 ? blocks[endBlock - 1]!.endLine : heading.endLine;
    const next = blocks[endBlock];
    return {
      heading: heading.text!,
      depth,
      headingBlock: index,
      endBlock,
      headingLine: heading.startLine,
      start: lines.starts[heading.startLine]!,
      contentStart: nextLineStart(lines, heading.endLine, textLength),
      contentEnd: nextLineStart(lines, lastLine, textLength),
      end: next ? lines.starts[next.startLine]! : textLength,
    };
  });
}

/**
 * The section a config names: a heading whose text (emoji, markdown and HTML stripped, any case)
 * equals the name, else the first one that contains it as whole words (`Papers` finds
 * `## 📄 Papers`, not `## Newspapers`).
 */
export function findSection(sections: Section[], name: string): Section | null {
  const wanted = headingKey(name);
  if (wanted === '') return null;
  const keys = sections.map((section) => headingKey(section.heading));
  const exact = keys.indexOf(wanted);
  if (exact >= 0) return sections[exact]!;
  const contained = keys.findIndex((key) => ` ${key} `.includes(` ${wanted} `));
  return contained >= 0 ? sections[contained]! : null;
}

/** The top-level blocks of a section after its heading. */
export function sectionBody(blocks: Block[], section: Section): Block[] {
  return blocks.slice(section.headingBlock + 1, section.endBlock);
}
