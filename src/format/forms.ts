import { isLinkKind, type AuthorForm, type Entry, type Part } from './parts.js';
import { DEFAULT_URL_FORM, formKey, urlForm, type UrlForm } from './paper-url.js';
import { bestOf, Tally, tallyOf } from './tally.js';

/**
 * How a group writes each field, by what most of its entries do: the date format, the et-al form
 * of authors, `arXiv` as the list spells it, the form of paper URLs, the label of each kind of
 * link, which links it writes empty (`[site]()`) when there is none, and each table column's
 * empty mark. The model entry gives the lines; these give the values' forms. What a group does
 * not show (it has no empty link, no date) is taken from the whole list (`fallback`).
 */
export interface Forms {
  dateFormat: string | null;
  etAl: AuthorForm | null;
  venue: string | null;
  url: UrlForm | null;
  labels: Map<string, string>;
  /** Roles some entry writes as an empty link rather than leaving out. */
  emptyLinks: Set<string>;
  /** What separates two links in a line (` | `). */
  separator: string | null;
  /** Kinds of links in the order lines show them (`paper`, `project`, `code`). */
  linkOrder: string[];
  /** Per column: the empty mark its cells use; the kinds of link it holds, most common first. */
  columnEmpty: Map<number, string>;
  columnKinds: Map<number, string[]>;
  /** Columns whose links show the paper's short name (`[Infinity-MM](…)`). */
  columnNamed: Set<number>;
  /** Per `column:kind`: the label the column's links of that kind show (`Github`, `ProjectPage`). */
  columnLabels: Map<string, string>;
  /**
   * Whether bylines mostly name the paper (`*GAPS, arXiv 2024*`) rather than its authors
   * (`Ajay Jain et al., CVPR 2022`); null where they show neither.
   */
  names: boolean | null;
  /** The empty mark most cells of the table use. */
  tableEmpty: string | null;
}

export function learnForms(entries: Entry[], fallback?: Forms): Forms {
  const seen = new Observed();
  for (const entry of entries) for (const line of entry.lines) seen.line(line);
  // On a tie (two entries, two forms), the whole list decides.
  const own = seen.forms(fallback === undefined);
  if (!fallback) return own;
  return {
    ...own,
    dateFormat: own.dateFormat ?? fallback.dateFormat,
    etAl: own.etAl ?? fallback.etAl,
    venue: own.venue ?? fallback.venue,
    url: own.url ?? fallback.url,
    labels: new Map([...fallback.labels, ...own.labels]),
    emptyLinks: new Set([...fallback.emptyLinks, ...own.emptyLinks]),
    separator: own.separator ?? fallback.separator,
    linkOrder: own.linkOrder.length > 0 ? own.linkOrder : fallback.linkOrder,
    names: own.names ?? fallback.names,
    tableEmpty: own.tableEmpty ?? fallback.tableEmpty,
  };
}

/** The paper URL form of a template, `https://arxiv.org/abs/ID` where the list shows none. */
export function urlFormOf(forms: Forms): UrlForm {
  return forms.url ?? DEFAULT_URL_FORM;
}

class Observed {
  private readonly dates = new Tally();
  private readonly etAl = new Tally();
  private readonly venues = new Tally();
  private readonly urls = new Map<string, UrlForm>();
  private readonly urlTally = new Tally();
  private readonly labels = new Map<string, Tally>();
  private readonly emptyLinks = new Set<string>();
  private readonly separators = new Tally();
  private readonly positions = new Map<string, number[]>();
  private readonly columnEmpty = new Map<number, Tally>();
  private readonly columnKinds = new Map<number, Tally>();
  private readonly columnLabels = new Map<string, Tally>();
  private readonly columnNamed = new Set<number>();
  private readonly tableEmpty = new Tally();
  private bylineNames = 0;
  private bylineAuthors = 0;

  line(line: Part[]): void {
    this.parts(line, null);
    const roles = line.flatMap((p) => (p.type === 'link' ? [p.role] : []));
    roles.forEach((role, i) =>
      this.positions.set(role, [...(this.positions.get(role) ?? []), i / roles.length]),
    );
  }

  private parts(parts: Part[], column: number | null): void {
    parts.forEach((part, i) => {
      if (part.type === 'date') this.dates.add(part.format);
      else if (part.type === 'authors' && part.form !== 'list') {
        this.etAl.add(part.form);
        if (column === null) this.bylineAuthors++;
      } else if (part.type === 'venue' && /^arxiv$/i.test(part.text)) this.venues.add(part.text);
      else if (part.type === 'name' && column === null) this.bylineNames++;
      else if (part.type === 'cell') this.cell(part);
      else if (part.type === 'link') {
        this.link(part, column);
        const between = parts[i + 1];
        if (parts[i + 2]?.type === 'link' && between?.type === 'text' && /^[\s|,;·•/]+$/.test(between.text))
          this.separators.add(between.text);
      }
    });
  }

  private link(part: Extract<Part, { type: 'link' }>, column: number | null): void {
    const form = urlForm(part.url);
    if (form && (part.role === 'title' || part.role === 'paper')) {
      this.urls.set(formKey(form), form);
      this.urlTally.add(formKey(form));
    }
    if (part.url === '') this.emptyLinks.add(part.role);
    if (part.role !== 'title' && !part.named) tallyOf(this.labels, part.role).add(part.label);
    if (column !== null && isLinkKind(part.role) && part.url !== '') {
      tallyOf(this.columnKinds, column).add(part.role);
      if (part.named) this.columnNamed.add(column);
      else tallyOf(this.columnLabels, `${column}:${part.role}`).add(part.label);
    }
  }

  private cell(cell: Extract<Part, { type: 'cell' }>): void {
    const only = cell.parts.length === 1 ? cell.parts[0] : cell.parts.length === 0 ? null : undefined;
    if (only === null || only?.type === 'text') {
      tallyOf(this.columnEmpty, cell.column).add(only?.text ?? '');
      if (only?.text) this.tableEmpty.add(only.text);
    }
    this.parts(cell.parts, cell.column);
  }

  /** The forms seen; `ties`: take the first seen of equally common forms, else leave them open. */
  forms(ties: boolean): Forms {
    const pick = (tally: Tally): string | null => (ties ? tally.best() : tally.decided());
    const mean = (role: string): number => {
      const at = this.positions.get(role)!;
      return at.reduce((a, b) => a + b, 0) / at.length;
    };
    return {
      dateFormat: pick(this.dates),
      etAl: pick(this.etAl) as AuthorForm | null,
      venue: pick(this.venues),
      url: this.urls.get(pick(this.urlTally) ?? '') ?? null,
      labels: bestOf(this.labels),
      emptyLinks: this.emptyLinks,
      separator: pick(this.separators),
      linkOrder: [...this.positions.keys()].sort((a, b) => mean(a) - mean(b)),
      columnEmpty: bestOf(this.columnEmpty),
      columnKinds: new Map([...this.columnKinds].map(([column, t]) => [column, t.ranked()])),
      columnNamed: this.columnNamed,
      columnLabels: bestOf(this.columnLabels),
      names: this.bylineNames + this.bylineAuthors === 0 ? null : this.bylineNames > this.bylineAuthors,
      tableEmpty: this.tableEmpty.best(),
    };
  }
}
