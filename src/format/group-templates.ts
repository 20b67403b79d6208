import type { ListStyle } from '../config/schema.js';
import { defaultBullet } from '../list/conventions.js';
import type { EntryGroup, EntrySpan } from '../list/entry-groups.js';
import type { ListDoc } from '../list/list-doc.js';
import { builtInEntry, builtInRow } from './built-in.js';
import { learnForms, type Forms } from './forms.js';
import { readSpan, tableColumns } from './group-entries.js';
import type { Entry } from './parts.js';
import { learnTemplate, type Template } from './template.js';

/** A template and the depth its heading entries take where they go. */
export interface GroupTemplate {
  template: Template;
  headingDepth?: number;
}

/** Entries read on each side of an insertion point: enough to tell how the list writes them. */
const REACH = 100;
/** Entries of the whole list read for the forms a group does not show. */
const LIST_SAMPLE = 300;

/**
 * The templates for one group: from its own entries near each insertion point; for a group with
 * none, from the nearest group with entries, else the built-in format that `list.style` names (a
 * table with no rows: a row by its headers). Where the group does not show a form (a date, an
 * empty link), the list's entries nearest to it decide. Entries are read as they are needed, so
 * a list of thousands costs what a few hundred do.
 */
export class GroupTemplates {
  private readonly read = new Map<EntrySpan, Entry>();
  private listForms: Forms | undefined;
  private readonly cache = new Map<number, GroupTemplate>();

  constructor(
    private readonly text: string,
    private readonly doc: ListDoc,
    private readonly group: EntryGroup,
    private readonly style: ListStyle,
  ) {}

  at(anchor: number): GroupTemplate {
    const key = this.group.entries.length > 0 ? anchor : -1;
    let found = this.cache.get(key);
    if (!found) this.cache.set(key, (found = this.learn(anchor)));
    return found;
  }

  private entry(span: EntrySpan): Entry {
    let entry = this.read.get(span);
    if (!entry) this.read.set(span, (entry = readSpan(this.text, this.doc, span)));
    return entry;
  }

  private learn(anchor: number): GroupTemplate {
    const spans = this.group.entries;
    const from = Math.max(0, anchor - REACH);
    const near = spans.slice(from, anchor + REACH).map((span) => this.entry(span));
    const own = learnTemplate(near, anchor - from, this.forms());
    if (own) return { template: own };
    const table = this.group.blocks.find((b) => b.type === 'table');
    if (table) {
      const row = builtInRow(
        tableColumns(this.text, this.doc, table.headLine!),
        this.pipes(table.delimiterLine!),
      );
      return { template: builtIn(row, this.forms(), 'built-in table row') };
    }
    const borrowed = this.nearest();
    if (borrowed) return borrowed;
    if (this.style === 'table') {
      throw new Error(`The section "${this.group.name}" has no table to add rows to (list.style is table).`);
    }
    const sample = builtInEntry(this.style, defaultBullet(this.doc.blocks));
    return {
      template: builtIn(sample, this.forms(), `built-in ${this.style}`),
      headingDepth: this.group.depth + 1,
    };
  }

  /** Groups with entries, the nearest to this one first. */
  private byDistance(): EntryGroup[] {
    const distance = (g: EntryGroup): number => Math.abs(g.start - this.group.start);
    return this.doc.groups.filter((g) => g.entries.length > 0).sort((a, b) => distance(a) - distance(b));
  }

  /** The group with entries nearest to this one (rows only come from this group's own table). */
  private nearest(): GroupTemplate | null {
    const source = this.byDistance().find((g) => g !== this.group && g.entries[0]!.kind !== 'row');
    if (!source) return null;
    const entries = source.entries.slice(-REACH).map((span) => this.entry(span));
    const template = learnTemplate(entries, entries.length, this.forms())!;
    const modelDepth = source.entries[0]!.container.depth ?? source.depth + 1;
    return {
      template: { ...template, source: `${template.source} in "${source.name}"` },
      headingDepth: this.group.depth + modelDepth - source.depth,
    };
  }

  private forms(): Forms {
    if (!this.listForms) {
      const sample: Entry[] = [];
      for (const group of this.byDistance()) {
        for (const span of group.entries.slice(0, LIST_SAMPLE - sample.length)) sample.push(this.entry(span));
        if (sample.length >= LIST_SAMPLE) break;
      }
      this.listForms = learnForms(sample);
    }
    return this.listForms;
  }

  private pipes(delimiterLine: number): { leading: boolean; trailing: boolean } {
    const row = this.text
      .slice(this.doc.lines.starts[delimiterLine], this.doc.lines.ends[delimiterLine])
      .trim();
    return { leading: row.startsWith('|'), trailing: row.endsWith('|') };
  }
}

/** A built-in sample as the template, with the forms the list shows where it shows them. */
function builtIn(sample: Entry, listForms: Forms, source: string): Template {
  const forms = learnForms([sample]);
  return {
    kind: sample.kind,
    lines: sample.lines,
    forms: {
      ...forms,
      dateFormat: listForms.dateFormat ?? forms.dateFormat,
      etAl: listForms.etAl ?? forms.etAl,
      venue: listForms.venue ?? forms.venue,
      url: listForms.url ?? forms.url,
    },
    source,
  };
}
