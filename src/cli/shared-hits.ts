import type { PhraseFinder, PhraseHits } from '../curate/phrase-hits.js';
import type { Paper } from '../types.js';

/** Where the feed worker and the main thread keep the phrase hits of one page of papers. */
export interface SharedHitsMemory {
  /** Per paper: FREE, TAKEN (being found) or DONE. */
  state: SharedArrayBuffer;
  /** Per paper: the title's and then the abstract's hits, one bit per phrase. */
  bits: SharedArrayBuffer;
  phrases: number;
}

const FREE = 0;
const TAKEN = 1;
const DONE = 2;
/** A paper the worker took and never finished (it died): found here after this long. */
const TAKEOVER_MS = 1000;

/**
 * The phrase hits of a page of papers, found by whichever thread gets to a paper first: the feed
 * worker goes through the papers in order as soon as it has parsed them, and the main thread,
 * scoring them in the same order once it has read the list, finds a paper's phrases itself when
 * the worker has not taken it yet. So the two cores share the work however long each thread's
 * own part took. Hits do not depend on who found them.
 */
export class SharedHits {
  private readonly state: Int32Array;
  private readonly bits: Int32Array;
  /** Int32 words per text. */
  private readonly words: number;

  static allocate(papers: number, phrases: number): SharedHitsMemory {
    const words = Math.ceil(phrases / 32);
    return {
      state: new SharedArrayBuffer(papers * Int32Array.BYTES_PER_ELEMENT),
      bits: new SharedArrayBuffer(papers * 2 * words * Int32Array.BYTES_PER_ELEMENT),
      phrases,
    };
  }

  constructor(
    memory: SharedHitsMemory,
    private readonly finder: PhraseFinder,
  ) {
    this.state = new Int32Array(memory.state);
    this.bits = new Int32Array(memory.bits);
    this.words = Math.ceil(memory.phrases / 32);
  }

  /** The worker's part: every paper not taken yet, in order. */
  findAll(papers: readonly Paper[]): void {
    for (let i = 0; i < papers.length; i++) {
      if (Atomics.compareExchange(this.state, i, FREE, TAKEN) !== FREE) continue;
      const hits = this.finder.find(papers[i]!);
      this.write(i * 2 * this.words, hits.title);
      this.write((i * 2 + 1) * this.words, hits.abstract);
      Atomics.store(this.state, i, DONE);
      Atomics.notify(this.state, i);
    }
  }

  /** The main thread's part: the hits of paper `i`, found here unless the worker took it. */
  get(i: number, paper: Paper): PhraseHits {
    if (Atomics.compareExchange(this.state, i, FREE, TAKEN) === FREE) return this.finder.find(paper);
    while (Atomics.load(this.state, i) !== DONE) {
      if (Atomics.wait(this.state, i, TAKEN, TAKEOVER_MS) === 'timed-out') return this.finder.find(paper);
    }
    return { title: this.read(i * 2 * this.words), abstract: this.read((i * 2 + 1) * this.words) };
  }

  private write(at: number, found: ReadonlySet<number>): void {
    for (const phrase of found) this.bits[at + (phrase >>> 5)]! |= 1 << (phrase & 31);
  }

  private read(at: number): Set<number> {
    const found = new Set<number>();
    for (let w = 0; w < this.words; w++) {
      const word = this.bits[at + w]!;
      if (word === 0) continue;
      for (let b = 0; b < 32; b++) if (word & (1 << b)) found.add(w * 32 + b);
    }
    return found;
  }
}
