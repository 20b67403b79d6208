import type { Paper } from '../../../src/types.js';
import { OFF_TOPICS, type SectionTopic } from './topics.js';

/** A generated paper and the links its list entry shows. */
export interface GeneratedPaper {
  paper: Paper;
  /** The paper's short name (the part of the title before the colon). */
  name: string;
  code: string | null;
  project: string | null;
}

const SYLLABLES = [
  'ra',
  'vo',
  'ki',
  'lu',
  'mon',
  'te',
  'zar',
  'pi',
  'sen',
  'do',
  'qua',
  'fel',
  'ny',
  'bro',
  'tis',
];
const ADJECTIVES = [
  'Robust',
  'Scalable',
  'Efficient',
  'Adaptive',
  'Self-Supervised',
  'Hierarchical',
  'Sparse',
  'Unified',
];
const LINKERS = ['with', 'via', 'for', 'from', 'under'];
const FIRST = [
  'Mei',
  'Jonas',
  'Ravi',
  'Ana',
  'Tomasz',
  'Leila',
  'Kwame',
  'Sofia',
  'Hiro',
  'Ines',
  'Omar',
  'Lena',
];
const LAST = [
  'Lin',
  'Berg',
  'Kumar',
  'Souza',
  'Nowak',
  'Haddad',
  'Mensah',
  'Rossi',
  'Tanaka',
  'Alves',
  'Farouk',
  'Weber',
];

/** A small seeded generator (mulberry32): the same seed, the same list. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

/** Two to four phrases of the topic, distinct, in a random order. */
function phrasesOf(rand: () => number, phrases: readonly string[], count: number): string[] {
  const pool = [...phrases];
  const out: string[] = [];
  while (out.length < count && pool.length > 0)
    out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}

function shortName(serial: number): string {
  const a = SYLLABLES[serial % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(serial / SYLLABLES.length) % SYLLABLES.length]!;
  const name = `${a}${b}${SYLLABLES[(serial * 7) % SYLLABLES.length]}`;
  return name[0]!.toUpperCase() + name.slice(1);
}

/**
 * `count` on-topic papers of one section, numbered from `serial`, submitted in 2025 (month by
 * position): titles `Name: Adjective phrase with phrase`, abstracts made of four of the section's
 * phrases, three authors; about two in three have a code link, one in three a project page.
 */
export function sectionPapers(
  topic: SectionTopic,
  categories: string[],
  serial: number,
  count: number,
  rand: () => number,
): GeneratedPaper[] {
  return Array.from({ length: count }, (_, k) => {
    const n = serial + k;
    const name = shortName(n);
    const [a, b, c, d] = phrasesOf(rand, topic.phrases, 4);
    const title = `${name}: ${pick(rand, ADJECTIVES)} ${a} ${pick(rand, LINKERS)} ${b}`;
    const abstract =
      `We present ${name}, a new approach to ${a}. It learns ${b} together with ${c}, ` +
      `and a study of ${d} explains where the gains come from. Experiments on standard benchmarks show clear improvements.`;
    const month = String((k % 12) + 1).padStart(2, '0');
    const published = `2025-${month}-${String(10 + (k % 18)).padStart(2, '0')}T12:00:00Z`;
    const authors = [0, 1, 2].map(() => `${pick(rand, FIRST)} ${pick(rand, LAST)}`);
    return {
      name,
      code: rand() < 0.65 ? `https://github.com/${name.toLowerCase()}-lab/${name}` : null,
      project: rand() < 0.3 ? `https://${name.toLowerCase()}.github.io/` : null,
      paper: paper(
        `25${month}.${String(n).padStart(5, '0')}`,
        title,
        abstract,
        authors,
        categories,
        published,
      ),
    };
  });
}

/** Off-topic papers from other fields, numbered from `serial`. */
export function distractorPapers(serial: number, count: number, rand: () => number): Paper[] {
  return Array.from({ length: count }, (_, k) => {
    const topic = OFF_TOPICS[k % OFF_TOPICS.length]!;
    const [a, b, c] = phrasesOf(rand, topic.phrases, 3);
    const title = `${pick(rand, ADJECTIVES)} ${a} ${pick(rand, LINKERS)} ${b}: ${shortName(serial + k)}`;
    const abstract = `We study ${a} and ${b}, and relate them to ${c}. The results hold on two surveys.`;
    const authors = [`${pick(rand, FIRST)} ${pick(rand, LAST)}`];
    return paper(
      `2511.${String(serial + k).padStart(5, '0')}`,
      title,
      abstract,
      authors,
      [topic.category],
      '2025-11-20T12:00:00Z',
    );
  });
}

function paper(
  arxivId: string,
  title: string,
  abstract: string,
  authors: string[],
  categories: string[],
  published: string,
): Paper {
  return {
    arxivId,
    version: 1,
    title,
    abstract,
    authors,
    categories,
    primaryCategory: categories[0]!,
    published,
    updated: published,
  };
}
