import { prepareText } from '../curate/words.js';
import type { EntryGroup } from '../list/entry-groups.js';

/**
 * What kind of paper it is, when its title says so. Many lists file papers by kind as well as by
 * topic (`Survey`, `Dataset › Image Editing`, `Benchmarks on Understanding Tasks`), and the topic
 * words of a dataset paper resemble those of the methods trained on it: `Pico-Banana-400K: A
 * Large-Scale Dataset for Text-Guided Image Editing` sits among the benchmarks by its words. A paper
 * whose title names its kind goes to a section of that kind when the list has one
 * (`section-index.ts`); a paper that names none is routed as before (keeping it out of kind
 * sections placed fewer right: most titles in the AIDC-AI list's dataset sections name no kind).
 *
 * The cue words are a fixed English table, not learned from any list; `data` is none of them
 * (`Data-Efficient Text-to-3D` is a method; as a cue it cost Text-to-3D three papers). Titles only:
 * most lists show no abstracts, and abstracts name datasets and benchmarks in passing (the first
 * sentence too sent a method paper to the articulated-objects list's `Dataset`; the whole
 * abstract placed 43 % of that list right instead of 60 %).
 *
 * Measured by leaving each paper of the real lists out in turn (`test/route/shared-lists.test.ts`):
 * AIDC-AI, articulated-objects and Text-to-3D 38.6 / 58.8 / 65.2 % right before, 40.9 / 59.8 /
 * 65.2 % with kinds; `npm run leave-out`, AIDC-AI 43 → 57 % (one paper more), the rest unchanged.
 */
export type PaperKind = 'survey' | 'benchmark' | 'dataset';

const KINDS: readonly PaperKind[] = ['survey', 'benchmark', 'dataset'];

/** A word's kind: `Benchmarking`, `MMBench`, `Evaluating`; `Datasets`, `Corpus`; `Survey`, `Review`. */
function wordKind(word: string): PaperKind | null {
  if (/^(?:surveys?|reviews?|overview|tutorial)$/.test(word)) return 'survey';
  if (/^benchmark|bench$|^evaluat|^assess|^leaderboard/.test(word)) return 'benchmark';
  if (/^(?:datasets?|corpus|corpora)$/.test(word)) return 'dataset';
  return null;
}

/** The kinds a title (or a heading) names; hyphens split words (`OneIG-Bench` → oneig · bench). */
export function titleKinds(text: string): Set<PaperKind> {
  const kinds = new Set<PaperKind>();
  for (const word of prepareText(text).spaced.words) {
    const kind = wordKind(word);
    if (kind !== null) kinds.add(kind);
  }
  return kinds;
}

/** A section of this many papers or more that mostly name a kind holds that kind. */
const MIN_PAPERS = 3;

/**
 * The kinds of paper each section of a list holds: those its heading or an enclosing one names
 * (`Dataset › Text-to-Image`), but not one enclosing every section (`Awesome Papers & Datasets`,
 * the whole list); and those that most of its papers name, at least `MIN_PAPERS` of them (a
 * benchmark section under a topic heading).
 */
export class SectionKinds {
  private readonly headed: Array<Set<PaperKind>>;
  /** Per section: how many of its papers name each kind, and how many papers it has. */
  private readonly counts: Array<{ papers: number } & Record<PaperKind, number>>;
  /** Each paper's section and kinds, by arXiv id (to leave a paper's own entry out). */
  private readonly byId = new Map<string, { group: number; kinds: Set<PaperKind> }>();

  constructor(groups: readonly EntryGroup[]) {
    const shared = sharedPath(groups);
    this.headed = groups.map((group) => titleKinds([...group.path.slice(shared), group.name].join(' · ')));
    this.counts = groups.map((group, g) => {
      const counts = { papers: 0, survey: 0, benchmark: 0, dataset: 0 };
      for (const span of group.entries) {
        const kinds = titleKinds(span.paper.title);
        counts.papers++;
        for (const kind of kinds) counts[kind]++;
        if (span.arxivId !== null) this.byId.set(span.arxivId, { group: g, kinds });
      }
      return counts;
    });
  }

  /** The kinds section `g` holds; the entry of `arxivId` there left out. */
  of(g: number, arxivId: string | null): Set<PaperKind> {
    const own = arxivId === null ? undefined : this.byId.get(arxivId);
    const left = own?.group === g ? own.kinds : null;
    const counts = this.counts[g]!;
    const papers = counts.papers - (left ? 1 : 0);
    const kinds = new Set(this.headed[g]);
    for (const kind of KINDS) {
      const n = counts[kind] - (left?.has(kind) ? 1 : 0);
      if (n >= MIN_PAPERS && 2 * n > papers) kinds.add(kind);
    }
    return kinds;
  }
}

/** How many enclosing headings every group has in common. */
function sharedPath(groups: readonly EntryGroup[]): number {
  const first = groups[0]?.path ?? [];
  let n = 0;
  while (n < first.length && groups.every((group) => group.path[n] === first[n])) n++;
  return n;
}
