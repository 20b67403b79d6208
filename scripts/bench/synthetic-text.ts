import { builtInBackground } from '../../src/curate/background.js';

/** A seeded generator, so every run of the benchmark measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Words a real abstract is made of besides its content words; the tokenizer has to skip them.
const FUNCTION_WORDS = ['the', 'of', 'and', 'a', 'to', 'in', 'we', 'for', 'with', 'on', 'that', 'is', 'our'];
// What abstracts put between their words: results, acronyms, math, the odd markup arXiv keeps.
const ASIDES: Array<(r: number) => string> = [
  (r) => `by ${(1 + r * 30).toFixed(1)}%`,
  (r) => `(FID ${(2 + r * 8).toFixed(2)})`,
  () => '$\\mathcal{O}(n^2)$',
  (r) => `${Math.floor(2 + r * 70)}B parameters`,
  () => 'state-of-the-art',
  () => '&',
  () => '<think>',
];

export interface TextSource {
  random: () => number;
  /** One word, drawn from arXiv abstracts' vocabulary in proportion to how many abstracts use it. */
  word(): string;
  /** `count` words of abstract-like text: content words, function words and rare made-up words. */
  words(count: number, phrases?: readonly string[], phraseRate?: number): string;
  /** About `count` words as an abstract writes them: sentences, commas, figures and asides. */
  sentences(count: number, phrases?: readonly string[], phraseRate?: number): string;
  pick<T>(items: readonly T[]): T;
}

export function textSource(seed: number): TextSource {
  const random = seededRandom(seed);
  const vocabulary: string[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [word, df] of builtInBackground().df) {
    vocabulary.push(word);
    total += df;
    cumulative.push(total);
  }
  const word = (): string => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo]!;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = (count: number, phrases: readonly string[] = [], phraseRate = 0): string =>
    Array.from({ length: count }, () => {
      const r = random();
      if (r < phraseRate && phrases.length > 0) return pick(phrases);
      if (r < 0.35) return pick(FUNCTION_WORDS);
      if (r < 0.42) return `x${Math.floor(random() * 1e6).toString(36)}`;
      return word();
    }).join(' ');
  const sentences = (count: number, phrases: readonly string[] = [], phraseRate = 0): string => {
    const out: string[] = [];
    for (let left = count; left > 0;) {
      const length = Math.min(left, 12 + Math.floor(random() * 16));
      const parts = words(length, phrases, phraseRate).split(' ');
      if (random() < 0.5) parts[Math.floor(random() * parts.length)] += ',';
      if (random() < 0.3) parts.splice(Math.floor(random() * parts.length), 0, pick(ASIDES)(random()));
      const sentence = parts.join(' ');
      out.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
      left -= length;
    }
    return out.join(' ');
  };
  return { random, word, words, sentences, pick };
}
