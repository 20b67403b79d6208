import { describe, expect, it } from '@jest/globals';
import { PROFILES, DEFAULT_PROFILE } from '../../src/config/profiles.js';
import type { LabelledPaper } from '../../src/curate/eval/corpus.js';
import { listSplit, seedSplit } from '../../src/curate/eval/list-split.js';
import { inMemoryHalf } from '../../src/curate/eval/split.js';
import { formatSplit } from '../../src/curate/eval/split-report.js';
import { topicList } from './auto/topic-list.js';
import { paper } from './papers.js';

const hand = PROFILES[DEFAULT_PROFILE]!;

function corpus(): LabelledPaper[] {
  const on = topicList(60, true).map((e) => ({
    label: 'on' as const,
    paper: paper({ arxivId: e.arxivId!, title: e.title, abstract: e.abstract! }),
  }));
  const off = Array.from({ length: 40 }, (_, i) => ({
    label: 'off' as const,
    paper: paper({
      arxivId: `2502.${String(i).padStart(5, '0')}`,
      title: `Galaxy cluster lensing survey ${i}`,
      abstract: 'Weak lensing of galaxy clusters.',
    }),
  }));
  return [...on, ...off];
}

describe('the memory/find split of the eval', () => {
  it('splits by id, the same on every run, about half and half', () => {
    const ids = corpus().map((c) => c.paper.arxivId);
    const memory = ids.filter(inMemoryHalf);
    expect(ids.filter(inMemoryHalf)).toEqual(memory);
    expect(memory.length).toBeGreaterThan(20);
    expect(memory.length).toBeLessThan(80);
  });

  it('seed topic: auto derived from the memory half, measured on the rest against the hand profile', () => {
    const report = seedSplit(corpus(), hand);
    expect(report.memory + report.find).toBe(60);
    expect(report.candidates).toBe(100 - report.memory);
    expect(report.rows.map((r) => r.name)).toEqual(['auto', hand.name]);
    const auto = report.rows[0]!;
    expect(auto.keywords.positives).toBe(report.find);
    // The made-up topic is found by the profile derived from it, not by the hand profile.
    expect(auto.keywords.recall).toBeGreaterThan(0.9);
    expect(auto.keywords.proposedOff).toBe(0);
    expect(report.rows[1]!.keywords.truePositives).toBe(0);
    expect(formatSplit(report)[0]).toMatch(/^ {2}auto: derived from \d+ papers — \d+ query phrases/);
  });

  it('per list: the corpus papers the list links are its labels', () => {
    const list = topicList(60).concat([
      { arxivId: '2999.00001', title: 'Not in the corpus', abstract: null },
    ]);
    const report = listSplit(corpus(), list, hand);
    expect(report.linked).toBe(60);
    expect(report.memory + report.find).toBe(60);
    expect(report.rows[0]!.withList.positives).toBe(report.find);
  });
});
