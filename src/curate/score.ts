import type { ExcludeTerm, ScoringConfig, Term } from '../config/schema.js';
import type { ListEntry, Paper, Reason } from '../types.js';
import { PhraseSet } from './phrase-set.js';
import { prepareText } from './words.js';
import { formatPoints, roundPoints } from './points.js';
import type { Background } from './background.js';
import { buildSimilarityIndex, type Nearest, type Neighbour } from './similarity.js';
import {
  closeness,
  leaveOneOutCosines,
  pointsShare,
  POINTS_FROM_SHARE,
  similarityScale,
  type SimilarityScale,
} from './similarity-scale.js';

/**
 * The scoring rules, stated once (they are what the score cards mean):
 * - a term in the title earns its weight × `titleFactor`; in the abstract, its weight ×
 *   `abstractFactor`; a term in both earns both (each field counts once, however often it repeats);
 * - an exclude term takes points away by the same rule; a hard one drops the paper instead
 *   (decision `excluded`);
 * - a primary category among the query's categories earns `primaryCategoryWeight`; otherwise a
 *   cross-listed one earns `crossListWeight` (once per paper);
 * - similarity (TF-IDF cosine, `similarity.ts`) to the list earns `similarityWeight` × the part above
 *   one half of the share of listed papers that are less near the list than the paper, rescaled to
 *   0–1 (`similarity-scale.ts`: the mean cosine to the 10 nearest listed papers, placed among the
 *   listed papers' own leave-one-out values; nearer than half of them earns nothing); when
 *   a rejected paper is nearer than any listed one, its cosine placed on the same scale takes
 *   points away. It is looked up only for papers it could carry to `minScore` (it can add at
 *   most `similarityWeight`): no decision depends on that, but the scores of papers out of its
 *   reach do (their cards show no similarity), so it is part of the rules.
 * Every reason's points are rounded to one decimal and the score is their sum.
 */
export const SCORING_RULES = {
  titleFactor: 1.5,
  abstractFactor: 1,
} as const;

export type ScoringRules = { -readonly [K in keyof typeof SCORING_RULES]: number };

export interface ScoringMemory {
  listed: ListEntry[];
  rejected: ListEntry[];
  /** Word frequencies the similarity weighs by; the built-in arXiv sample unless given. */
  background?: Background;
}

export interface PaperScore {
  score: number;
  /** Sorted by points, highest first; ties by text. */
  reasons: Reason[];
  /** A hard exclude term matched. */
  excluded: boolean;
}

export type Scorer = (paper: Paper) => PaperScore;

const TITLE_IN_REASON_MAX = 70;

function quoteTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= TITLE_IN_REASON_MAX) return `"${clean}"`;
  const cut = clean.slice(0, TITLE_IN_REASON_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `"${(space > TITLE_IN_REASON_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…"`;
}

function reason(label: string, points: number): Reason {
  const rounded = roundPoints(points);
  return { text: `${label} ${formatPoints(rounded)}`, points: rounded };
}

function byPoints(a: Reason, b: Reason): number {
  return b.points - a.points || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

function termReasons(
  terms: Term[],
  inTitle: ReadonlySet<number>,
  inAbstract: ReadonlySet<number>,
  rules: ScoringRules,
): Reason[] {
  const out: Reason[] = [];
  terms.forEach((term, i) => {
    if (inTitle.has(i)) out.push(reason(`title "${term.phrase}"`, term.weight * rules.titleFactor));
    if (inAbstract.has(i)) out.push(reason(`abstract "${term.phrase}"`, term.weight * rules.abstractFactor));
  });
  return out;
}

function excludeReasons(
  excludes: ExcludeTerm[],
  inTitle: (i: number) => boolean,
  inAbstract: (i: number) => boolean,
  rules: ScoringRules,
): { reasons: Reason[]; excluded: boolean } {
  const reasons: Reason[] = [];
  let excluded = false;
  excludes.forEach((term, i) => {
    const title = inTitle(i);
    const abstract = inAbstract(i);
    if (!title && !abstract) return;
    if (term.hard) {
      excluded = true;
      reasons.push({ text: `excluded by "${term.phrase}" in ${title ? 'title' : 'abstract'}`, points: 0 });
      return;
    }
    const weight = Math.abs(term.weight);
    if (weight === 0) return;
    if (title) reasons.push(reason(`title exclude "${term.phrase}"`, -weight * rules.titleFactor));
    if (abstract) reasons.push(reason(`abstract exclude "${term.phrase}"`, -weight * rules.abstractFactor));
  });
  return { reasons, excluded };
}

function categoryReason(paper: Paper, categories: Set<string>, scoring: ScoringConfig): Reason | null {
  if (paper.primaryCategory !== '' && categories.has(paper.primaryCategory)) {
    return reason(`category ${paper.primaryCategory}`, scoring.primaryCategoryWeight);
  }
  const cross = paper.categories.filter((c) => c !== paper.primaryCategory && categories.has(c)).sort()[0];
  return cross === undefined ? null : reason(`cross-listed in ${cross}`, scoring.crossListWeight);
}

function similarityReasons(nearest: Nearest, weight: number, scale: SimilarityScale): Reason[] {
  const { listed, rejected } = nearest;
  const out: Reason[] = [];
  const describe = (n: Neighbour, share: number, from = '') => {
    const place =
      scale.size === 0 ? '' : `; nearer the list than ${Math.round(share * 100)}% of listed papers${from}`;
    return `similar to ${n.kind} ${quoteTitle(n.entry.title)} (${n.similarity.toFixed(2)}${place})`;
  };
  if (listed !== null) {
    const share = scale.share(closeness(nearest.listedTop));
    const points = roundPoints(weight * pointsShare(share));
    const from = `, points from ${Math.round(POINTS_FROM_SHARE * 100)}%`;
    if (points > 0) out.push(reason(describe(listed, share, from), points));
  }
  if (rejected !== null && rejected.similarity > (listed?.similarity ?? 0)) {
    const share = scale.share(rejected.similarity);
    const points = roundPoints(weight * share);
    if (points > 0) out.push(reason(describe(rejected, share), -points));
  }
  return out;
}

/**
 * Builds the scorer for one run: phrases are compiled and the similarity index over the list's
 * papers is built here, once; the returned function is pure.
 */
export function createScorer(
  scoring: ScoringConfig,
  categories: string[],
  memory: ScoringMemory = { listed: [], rejected: [] },
  rules: ScoringRules = SCORING_RULES,
): Scorer {
  const terms = scoring.terms.filter((t) => t.weight !== 0);
  const excludes = scoring.exclude;
  // Terms and excludes in one set, excludes numbered after the terms: each text is read once.
  const phrases = new PhraseSet([...terms.map((t) => t.phrase), ...excludes.map((e) => e.phrase)]);
  const wanted = new Set(categories);
  const useSimilarity = scoring.similarityWeight > 0 && memory.listed.length + memory.rejected.length > 0;
  const index = useSimilarity
    ? buildSimilarityIndex(memory.listed, memory.rejected, memory.background)
    : null;
  const scale = similarityScale(index ? leaveOneOutCosines(index, memory.listed) : []);

  return (paper) => {
    const title = prepareText(paper.title);
    const abstract = prepareText(paper.abstract);
    const inTitle = phrases.matches(title);
    const inAbstract = phrases.matches(abstract);
    const reasons = termReasons(terms, inTitle, inAbstract, rules);
    const offset = terms.length;
    const exclusion = excludeReasons(
      excludes,
      (i) => inTitle.has(offset + i),
      (i) => inAbstract.has(offset + i),
      rules,
    );
    reasons.push(...exclusion.reasons);
    const category = categoryReason(paper, wanted, scoring);
    if (category && category.points !== 0) reasons.push(category);
    const withoutSimilarity = reasons.reduce((sum, r) => sum + r.points, 0);
    if (index && !exclusion.excluded && withoutSimilarity + scoring.similarityWeight >= scoring.minScore) {
      const words = { title: title.joined.words, abstract: abstract.joined.words };
      reasons.push(
        ...similarityReasons(index.nearest(words, paper.arxivId), scoring.similarityWeight, scale),
      );
    }
    reasons.sort(byPoints);
    const score = roundPoints(reasons.reduce((sum, r) => sum + r.points, 0));
    return { score, reasons, excluded: exclusion.excluded };
  };
}
