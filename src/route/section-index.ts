import { builtInBackground, type Background } from '../curate/background.js';
import { MEMORY_ABSTRACT_WORDS } from '../curate/similarity.js';
import { TermWeights, type MemoryVector, type QueryTerm } from '../curate/term-weights.js';
import { joinedWords } from '../curate/words.js';
import type { EntryGroup } from '../list/entry-groups.js';
import type { ListEntry } from '../types.js';
import { HeadingEvidence, headingStems } from './heading-evidence.js';
import { SectionKinds, titleKinds, type PaperKind } from './paper-kind.js';
import { fuseRanks } from './rank-fusion.js';
import { SectionCentroids } from './section-centroids.js';

/** A paper to place: its id (to leave its own entry out), title and abstract. */
export interface PaperText {
  arxivId: string | null;
  title: string;
  abstract: string | null;
}

/** How well a paper fits one section. */
export interface SectionFit {
  group: EntryGroup;
  /**
   * How much the paper resembles the section: the mean cosine of its `NEIGHBOURS` nearest entries,
   * plus `HEADING_WEIGHT` × how much the heading's words the paper uses mark this section
   * (`heading-evidence.ts`). 0: nothing in common.
   */
  similarity: number;
  /**
   * The cosine of the paper with the section's papers as a whole (their summed vectors,
   * `section-centroids.ts`); 0: nothing in common.
   */
  centroid: number;
  /**
   * What the sections are ranked by (`rank-fusion.ts`): where the section stands by the
   * similarity plus `SIZE_WEIGHT` × ln(entries), and where by the centroid cosine plus the same
   * heading term; plus `KIND_RANK` for each kind of paper (survey, benchmark, dataset) that the
   * paper's title and the section both name (`paper-kind.ts`).
   */
  score: number;
  /** The section's entry most like the paper, and its cosine. */
  nearest: { entry: ListEntry; similarity: number } | null;
  /** The heading's words the paper's title or abstract uses. */
  headingWords: string[];
  /** The kinds of paper the paper's title and the section both name. */
  kinds: PaperKind[];
}

/**
 * A paper resembles a section when several of its entries are near it, not one: the mean over the
 * nearest three (fewer entries count as zeros, so a section of one paper needs a close match).
 */
export const NEIGHBOURS = 3;
/**
 * What it adds at most, when the paper uses every word of the section's heading (`Avatar
 * Generation`) and the list's papers that use them all sit in that section; a heading word every
 * section's papers use adds little.
 */
export const HEADING_WEIGHT = 0.2;
/**
 * A section holding more papers is likelier to get the next one: between sections of 5 and 50
 * papers, the larger gets 0.07 more. (With the two weights above, measured by leaving each paper of
 * the real lists out in turn: `test/route/shared-lists.test.ts`; heading words counted alike and
 * 0.05, 0.02 placed 37.7 / 53.6 / 62.0 % of the AIDC-AI, articulated-objects and Text-to-3D papers
 * right, weighted by how distinctive they are and 0.2, 0.03: 37.7 / 57.7 / 63.7 %; with the
 * centroid ranking fused in, `score`: 38.6 / 58.8 / 65.2 %.)
 */
export const SIZE_WEIGHT = 0.03;
/**
 * More than the two fused rankings can give (each at most 1): a paper whose title names its kind
 * goes to the section of that kind it fits best, when the list has one (`paper-kind.ts`).
 */
export const KIND_RANK = 2;

interface Doc {
  group: number;
  vector: MemoryVector;
  titleOnly: boolean;
}

/**
 * TF-IDF cosines (weighted as the similarity score weighs words, `term-weights.ts`) between a paper
 * and each section's entries. An entry that shows an abstract is compared with the paper's title and
 * abstract; a title-only entry with its title alone, as in `similarity.ts`. The same cosines, summed
 * per section, give the cosine with the section as a whole (`section-centroids.ts`): three nearest
 * entries can be a chance match of a few words, the whole section counts every entry. The centroid
 * alone placed fewer of the AIDC-AI and articulated-objects papers right and more of the Text-to-3D
 * ones; fused by rank (`rank-fusion.ts`), a few more of all three (`SIZE_WEIGHT`).
 * Trained classifiers did no better on the same leave-one-out (Dec 2026): multinomial and complement
 * naive Bayes, Rocchio with within-list discriminative weights (χ², section entropy), softmax
 * regression and a linear SVM were 2–25 points worse alone, and as a third fused ranking within
 * ±3 points (Text-to-3D up to +2.8, articulated objects down 1–4). The misses come from how the
 * lists split their papers (editing papers whose titles read like generation, encoder designs that
 * titles rarely name), not from the method.
 */
export class SectionIndex {
  private readonly weights: TermWeights;
  private readonly docs: Doc[] = [];
  private readonly headings: HeadingEvidence;
  private readonly centroids: SectionCentroids;
  private readonly kinds: SectionKinds;

  constructor(
    readonly groups: readonly EntryGroup[],
    background: Background = builtInBackground(),
  ) {
    this.weights = new TermWeights(background);
    const vectors: MemoryVector[][] = groups.map(() => []);
    groups.forEach((group, g) => {
      for (const span of group.entries) {
        const abstract = span.paper.abstract;
        const vector = this.weights.toVector('listed', span.paper, [
          joinedWords(span.paper.title),
          abstract ? joinedWords(abstract).slice(0, MEMORY_ABSTRACT_WORDS) : [],
        ]);
        if (!vector) continue;
        this.docs.push({ group: g, vector, titleOnly: !abstract });
        vectors[g]!.push(vector);
      }
    });
    this.weights.seal();
    this.headings = new HeadingEvidence(groups);
    this.centroids = new SectionCentroids(vectors);
    this.kinds = new SectionKinds(groups);
  }

  /** How well `paper` fits each section, in the order of `groups`; its own entry left out. */
  fits(paper: PaperText): SectionFit[] {
    const title = joinedWords(paper.title);
    const abstract = paper.abstract ? joinedWords(paper.abstract) : [];
    const byTitle = asMap(this.weights.toQuery([title]));
    const byAll = abstract.length > 0 ? asMap(this.weights.toQuery([title, abstract])) : byTitle;
    const cosines: Array<Array<{ entry: ListEntry; similarity: number }>> = this.groups.map(() => []);
    const sums = this.groups.map(() => 0);
    const own: MemoryVector[][] = this.groups.map(() => []);
    for (const doc of this.docs) {
      if (paper.arxivId !== null && doc.vector.entry.arxivId === paper.arxivId) {
        own[doc.group]!.push(doc.vector);
        continue;
      }
      const query = doc.titleOnly ? byTitle : byAll;
      let similarity = 0;
      const { termIds, weights } = doc.vector;
      for (let i = 0; i < termIds.length; i++) similarity += (query.get(termIds[i]!) ?? 0) * weights[i]!;
      sums[doc.group]! += similarity;
      if (similarity > 0)
        cosines[doc.group]!.push({ entry: doc.vector.entry, similarity: Math.min(1, similarity) });
    }
    const stems = headingStems(paper.title, paper.abstract);
    const paperKinds = titleKinds(paper.title);
    const fits = this.groups.map((group, g) => {
      const near = cosines[g]!.sort((a, b) => b.similarity - a.similarity);
      const mean = near.slice(0, NEIGHBOURS).reduce((sum, n) => sum + n.similarity, 0) / NEIGHBOURS;
      const heading = this.headings.match(g, stems, paper.arxivId);
      const similarity = mean + HEADING_WEIGHT * heading.share;
      const centroid = this.centroids.cosine(g, sums[g]!, own[g]);
      const size = SIZE_WEIGHT * Math.log(Math.max(1, group.entries.length));
      // No size term here: the cosine with a diffuse section's sum already grows with its size.
      const byWhole = centroid + HEADING_WEIGHT * heading.share;
      const fit = {
        group,
        similarity,
        centroid,
        score: 0,
        nearest: near[0] ?? null,
        headingWords: heading.words,
        kinds: [...this.kinds.of(g, paper.arxivId)].filter((kind) => paperKinds.has(kind)),
      };
      return { fit, byNearest: similarity + size, byWhole };
    });
    const fused = fuseRanks([fits.map((f) => f.byNearest), fits.map((f) => f.byWhole)]);
    return fits.map(({ fit }, g) => ({ ...fit, score: fused[g]! + KIND_RANK * fit.kinds.length }));
  }
}

function asMap(query: QueryTerm[]): Map<number, number> {
  return new Map(query.map(({ id, weight }) => [id, weight]));
}
