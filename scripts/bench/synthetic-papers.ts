import type { ListEntry, Paper } from '../../src/types.js';
import type { TextSource } from './synthetic-text.js';

// What the default profile looks for, as papers on the topic say it.
const ON_TOPIC = [
  'unified multimodal',
  'image generation',
  'autoregressive',
  'image editing',
  'visual tokenizer',
  'GPT-4o',
  'text-to-image',
  'understanding and generation',
  'next-token prediction',
  'MLLM',
];
// Generation work next to the topic (the profile's excludes) and plain off-topic words.
const NEAR = ['3D', 'video', 'Gaussian splatting', 'medical', 'super-resolution', 'diffusion'];
const CATEGORIES = ['cs.CV', 'cs.LG', 'cs.CL', 'cs.AI', 'cs.MM', 'eess.IV', 'stat.ML'];
const FIRST = ['Ada', 'Alan', 'Grace', 'Wei', 'Yuki', 'Priya', 'Olu', 'Lena', 'Jun', 'Marta', 'Ravi', 'Chen'];
const LAST = ['Lovelace', 'Turing', 'Hopper', 'Zhang', 'Sato', 'Iyer', 'Adeyemi', 'Berg', 'Li', 'Rossi'];

/**
 * Every paper arXiv returns matched the query, so each mentions at least one query phrase:
 * `on` papers are about the list's topic, `near` ones about generation next to it, and `passing`
 * ones mention a phrase in passing (an autoregressive time-series model).
 */
export type Kind = 'on' | 'near' | 'passing';

/** A title-cased title of `count` words with a phrase of the paper's kind in it. */
function title(text: TextSource, kind: Kind): string {
  const phrases = kind === 'on' ? ON_TOPIC : kind === 'near' ? NEAR : [];
  const head = text.words(7 + Math.floor(text.random() * 6)).split(' ');
  if (phrases.length > 0) head.splice(Math.floor(text.random() * head.length), 0, text.pick(phrases));
  return head.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

function abstract(text: TextSource, kind: Kind): string {
  const length = 140 + Math.floor(text.random() * 120);
  if (kind === 'on') return `${text.words(length, ON_TOPIC, 0.03)}.`;
  const phrases = kind === 'near' ? NEAR : [];
  const words = text.words(length, phrases, 0.02).split(' ');
  words.splice(Math.floor(text.random() * words.length), 0, text.pick(ON_TOPIC));
  return `${words.join(' ')}.`;
}

function authors(text: TextSource): string[] {
  const count = 2 + Math.floor(text.random() * 10);
  return Array.from({ length: count }, () => `${text.pick(FIRST)} ${text.pick(LAST)}`);
}

/**
 * `count` arXiv papers as one query's page would bring them: 5% on the list's topic, 30% next to
 * it, the rest mentioning a query phrase in passing; a third with a code link in the comment, a
 * tenth with one in the abstract. Submitted in the 7 days before `now`, newest first.
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
      categories: [primary, ...(text.random() < 0.4 ? [text.pick(CATEGORIES)] : [])].filter(
        (c, k, all) => all.indexOf(c) === k,
      ),
      primaryCategory: primary,
      published: stamp,
      updated: stamp,
    };
    if (text.random() < 0.33) paper.comment = `Code: https://github.com/lab-${i}/project-${i}. 12 pages.`;
    if (text.random() < 0.1) paper.abstract += ` Project page: https://lab-${i}.github.io/project.`;
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

export function asListEntry(paper: Paper, withAbstract: boolean): ListEntry {
  return { arxivId: paper.arxivId, title: paper.title, abstract: withAbstract ? paper.abstract : null };
}
