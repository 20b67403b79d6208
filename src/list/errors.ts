/** A `list.section` the list cannot take papers into; the CLI and the Action report it as bad config. */
export class ListSectionError extends Error {}

/** The configured section is not a heading of the list (SPEC §6: a clear error for a missing section). */
export class ListSectionNotFoundError extends ListSectionError {
  constructor(
    readonly section: string,
    readonly headings: string[],
  ) {
    const found = headings.length > 0 ? headings.map((h) => `"${h}"`).join(', ') : 'none';
    super(
      `The list has no section "${section}" to add papers to. Headings found: ${found}. ` +
        'Set list.section in the config file to one of them.',
    );
    this.name = 'ListSectionNotFoundError';
  }
}

/**
 * The configured section holds its papers in sub-sections only: adding to it would put new papers
 * after its last sub-section, where no maintainer would put them (SPEC §5).
 */
export class SectionHasSubsectionsError extends ListSectionError {
  constructor(
    readonly section: string,
    readonly subsections: string[],
  ) {
    super(
      `The section "${section}" has no papers of its own; they are in its sub-sections ` +
        `${subsections.map((s) => `"${s}"`).join(', ')}. Set list.section in the config file to the one ` +
        'new papers should go to.',
    );
    this.name = 'SectionHasSubsectionsError';
  }
}

/** `list.section: auto` on a list with no section of papers to learn from. */
export class NoPaperSectionsError extends ListSectionError {
  constructor(readonly sections: string[]) {
    const found = sections.filter((s) => s !== '').map((s) => `"${s}"`);
    super(
      'list.section is `auto`, but no section of the list holds papers to learn where new ones go ' +
        `(sections found: ${found.length > 0 ? found.join(', ') : 'none'}). ` +
        'Set list.section in the config file to the section new papers should go to.',
    );
    this.name = 'NoPaperSectionsError';
  }
}

/** A ListDoc read from another text than the one being edited. */
export class StaleListDocError extends Error {
  constructor() {
    super('The list text changed since it was read; call readList on the text being edited.');
    this.name = 'StaleListDocError';
  }
}
