import { joinedWords } from '../curate/words.js';
import type { EntryGroup } from '../list/entry-groups.js';
import { headingStem, termOf } from '../curate/terms.js';
import { headingTerms } from './heading-terms.js';

/** A paper's words as heading stems (`headingStem` of the similarity index's terms). */
export function headingStems(title: string, abstract: string | null): Set<string> {
  const words = [...joinedWords(title), ...(abstract ? joinedWords(abstract) : [])];
  return new Set(
    words.flatMap((word) => {
      const term = termOf(word);
      return term === null ? [] : [headingStem(term)];
    }),
  );
}

/** What the words of a section's heading say about a paper that uses them. */
export interface HeadingMatch {
  /** The heading's words the paper uses (lower case). */
  words: string[];
  /**
   * 0–1: the mean over the heading's words of how much each marks the section — of the list's
   * papers that use the word, the share in this section (smoothed: one more in, two more in all)
   * — for the words the paper uses, 0 for the others.
   */
  share: number;
}

/**
 * How distinctive each section's heading words are among the list's own papers: `Tracking` marks
 * its section when the list's tracking papers sit there, while `articulation`, which every section's
 * papers use, says little. Learned from the list (titles, and abstracts where it shows them).
 */
export class HeadingEvidence {
  private readonly headings: Array<Map<string, string>>;
  /** Stem → how many papers of each section use it (heading stems only). */
  private readonly uses = new Map<string, number[]>();
  /** Each paper's heading stems and section, by arXiv id (to leave a paper's own entry out). */
  private readonly byId = new Map<string, { group: number; stems: Set<string> }>();

  constructor(groups: readonly EntryGroup[]) {
    this.headings = groups.map((group) => headingTerms(group.name));
    for (const heading of this.headings)
      for (const stem of heading.keys())
        this.uses.set(
          stem,
          groups.map(() => 0),
        );
    groups.forEach((group, g) => {
      for (const span of group.entries) {
        const stems = headingStems(span.paper.title, span.paper.abstract);
        for (const stem of stems) {
          const counts = this.uses.get(stem);
          if (counts) counts[g]! += 1;
        }
        if (span.arxivId !== null) this.byId.set(span.arxivId, { group: g, stems });
      }
    });
  }

  /** How the paper (its heading stems) matches section `g`'s heading; its own entry left out. */
  match(g: number, stems: ReadonlySet<string>, arxivId: string | null): HeadingMatch {
    const heading = this.headings[g]!;
    const own = arxivId === null ? undefined : this.byId.get(arxivId);
    const words: string[] = [];
    let sum = 0;
    for (const [stem, word] of heading) {
      if (!stems.has(stem)) continue;
      words.push(word);
      const counts = this.uses.get(stem)!;
      const left = own?.stems.has(stem) ? 1 : 0;
      const here = counts[g]! - (own?.group === g ? left : 0);
      const all = counts.reduce((a, b) => a + b, 0) - left;
      sum += (here + 1) / (all + 2);
    }
    return { words, share: heading.size > 0 ? sum / heading.size : 0 };
  }
}
