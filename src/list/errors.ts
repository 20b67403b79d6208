/** The configured section is not a heading of the list (SPEC §6: a clear error for a missing section). */
export class ListSectionNotFoundError extends Error {
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

/** A ListDoc read from another text than the one being edited. */
export class StaleListDocError extends Error {
  constructor() {
    super('The list text changed since it was read; call readList on the text being edited.');
    this.name = 'StaleListDocError';
  }
}
