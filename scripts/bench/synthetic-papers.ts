import type { Paper } from '../../src/types.js';
import type { TextSource } from './synthetic-text.js';

// Phrases of the default profile's query: every paper arXiv returns mentions at least one.
const QUERY_PHRASES = [
  'image generation',
  'autoregressive',
  'image editing',
  'visual tokenizer',
  'GPT-4o',
  'text-to-image',
  'understanding and generation',
  'next-token prediction',
  'unified multimodal',
  'tokenization',
];
// What papers on the list's topic say besides (the profile's terms).
const ON_TOPIC = [...QUERY_PHRASES, 'MLLM', 'codebook', 'interleaved', 'instruction-based'];
// Generation work next to the topic (the profile's excludes).
const NEAR = ['3D', 'video', 'Gaussian splatting', 'medical', 'super-resolution', 'diffusion', 'robot'];
// The query's categories come first: arXiv only returns papers listed in one of them.
const CATEGORIES = ['cs.CV', 'cs.LG', 'cs.CL', 'cs.AI', 'cs.MM'];
const CROSS_LISTS = [...CATEGORIES, 'eess.IV', 'stat.ML', 'cs.RO', 'cs.GR'];
const FIRST = [
  'Ada', 'Alan', 'Grace', 'Wei', 'Yuki', 'Priya', 'Olu', 'Lena', 'Jun', 'Marta', 'Ravi', 'Chen', 'José',
  'Zoë', 'Łukasz', 'Søren', 'Hyun-woo', 'Xiaoming', 'Ana Sofía', "Ma'ayan", 'Jean-Baptiste', 'Thảo',
]; // prettier-ignore
const LAST = [
  'Lovelace', 'Turing', 'Hopper', 'Zhang', 'Sato', 'Iyer', 'Adeyemi', 'Berg', 'Li', 'Rossi', 'Müller',
  'Nguyễn', 'García-López', "O'Neil", 'Kowalczyk', 'van der Berg', 'Wang', 'Liu', 'Kim', 'Øster',
]; // prettier-ignore
const VENUES = ['CVPR 2026', 'ICLR 2026', 'NeurIPS 2025', 'ICCV 2025', 'ACM MM 2025', 'AAAI 2026'];
const SMALL = new Set(['the', 'of', 'and', 'a', 'to', 'in', 'for', 'with', 'on', 'via']);

/**
 * Every paper arXiv returns matched the query, so each mentions at least one query phrase:
 * `on` papers are about the list's topic, `near` ones about generation next to it, and `passing`
 * ones mention a phrase in passing (an autoregressive time-series model).
 */
export type Kind = 'on' | 'near' | 'passing';

function shortName(text: TextSource): string {
  const syllables = ['Uni', 'Gen', 'Tok', 'Vis', 'Edit', 'Omni', 'Mo', 'Lu', 'Var', 'Pix', 'Any', 'Fuse'];
  const name = text.pick(syllables) + text.pick(syllables);
  return text.random() < 0.3 ? `${name}-${text.pick(['R1', 'V2', '7B', 'XL'])}` : name;
}

/** A title as arXiv titles go: often a short name and a colon, title case, one phrase of its kind. */
function title(text: TextSource, kind: Kind): string {
  const phrases = kind === 'on' ? ON_TOPIC : kind === 'near' ? NEAR : [];
  const head = text.words(6 + Math.floor(text.random() * 6)).split(' ');
  if (phrases.length > 0) head.splice(Math.floor(text.random() * head.length), 0, text.pick(phrases));
  const cased = head
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
  return text.random() < 0.5 ? `${shortName(text)}: ${cased}` : cased;
}

function abstract(text: TextSource, kind: Kind): string {
  const length = 145 + Math.floor(text.random() * 90);
  const phrases = kind === 'on' ? ON_TOPIC : kind === 'near' ? NEAR : [];
  const sentences = text.sentences(length, phrases, kind === 'on' ? 0.03 : 0.02).split('. ');
  sentences.splice(
    Math.floor(text.random() * sentences.length),
    0,
    `We study ${text.pick(QUERY_PHRASES)} ${text.words(4)}`,
  );
  return sentences.join('. ');
}

/** Most papers have a handful of authors, a few have dozens. */
function authors(text: TextSource): string[] {
  const count = Math.min(40, 1 + Math.floor(-Math.log(1 - text.random()) * 5));
  return Array.from({ length: count }, () => `${text.pick(FIRST)} ${text.pick(LAST)}`);
}

function comment(text: TextSource, i: number): string | undefined {
  const r = text.random();
  if (r < 0.2) return `Accepted to ${text.pick(VENUES)}. Code: https://github.com/lab-${i}/project-${i}`;
  if (r < 0.35)
    return `${8 + Math.floor(text.random() * 30)} pages, ${2 + Math.floor(text.random() * 14)} figures`;
  if (r < 0.45) return `Project page: https://lab-${i}.github.io/project/`;
  if (r < 0.55) return `Technical report; code and models at https://github.com/lab-${i}/project-${i}.`;
  return undefined;
}

/**
 * `count` arXiv papers as one query's page would bring them: 5% on the list's topic, 30% next to
 * it, the rest mentioning a query phrase in passing; about half with a comment (a third of those
 * with a code link), a tenth with a link in the abstract, a few with a journal ref or DOI.
 * Submitted in the 7 days before `now`, newest first.
 */
export function syntheticPapers(text: TextSource, count: number, now: Date, idPrefix = '2611'): Paper[] {
  return Array.from({ length: count }, (_, i) => {
    const r = text.random();
    const kind: Kind = r < 0.05 ? 'on' : r < 0.35 ? 'near' : 'passing';
    const published = new Date(now.getTime() - Math.floor(((i + 0.5) / count) * 7 * 86_400_000));
    const stamp = published.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const primary = text.pick(CATEGORIES);
    const paper: Paper = {
      arxivId: `${idPrefix}.${String(count - i).padStart(5, '0')}`,
      version: text.random() < 0.15 ? 2 : 1,
      title: title(text, kind),
      abstract: abstract(text, kind),
      authors: authors(text),
      categories: [primary, ...(text.random() < 0.5 ? [text.pick(CROSS_LISTS)] : [])].filter(
        (c, k, all) => all.indexOf(c) === k,
      ),
      primaryCategory: primary,
      published: stamp,
      updated: stamp,
    };
    const note = comment(text, i);
    if (note !== undefined) paper.comment = note;
    if (text.random() < 0.1) paper.abstract += ` Project page: https://lab-${i}.github.io/project.`;
    if (text.random() < 0.05) paper.journalRef = `${text.pick(VENUES)}, pp. ${100 + i}-${112 + i}`;
    if (text.random() < 0.04) paper.doi = `10.1109/TPAMI.2026.${3000000 + i}`;
    return paper;
  });
}

/** A list's own papers: on its topic, so they are the similarity memory candidates meet. */
export function syntheticListPapers(text: TextSource, count: number): Paper[] {
  return Array.from({ length: count }, (_, i) => {
    const month = String((i % 12) + 1).padStart(2, '0');
    return {
      arxivId: `${24 + (i % 2)}${month}.${String(10000 + i)}`,
      version: 1,
      title: title(text, text.random() < 0.85 ? 'on' : 'near'),
      abstract: abstract(text, 'on'),
      authors: authors(text),
      categories: ['cs.CV'],
      primaryCategory: 'cs.CV',
      published: `20${24 + (i % 2)}-${month}-15T12:00:00Z`,
      updated: `20${24 + (i % 2)}-${month}-15T12:00:00Z`,
    };
  });
}
