import { describe, expect, it } from '@jest/globals';
import { rankPhrases } from '../../../src/curate/auto/choose-terms.js';
import { AUTO_RULES, deriveProfile } from '../../../src/curate/auto/derive.js';
import { backgroundShare, countPhrases, paperPhrases } from '../../../src/curate/auto/phrase-counts.js';
import { builtInBackground } from '../../../src/curate/background.js';
import { createQueryMatcher } from '../../../src/curate/query-matcher.js';
import { createScorer } from '../../../src/curate/score.js';
import { paper } from '../papers.js';
import { topicList } from './topic-list.js';

describe('paperPhrases', () => {
  it('takes runs of one to three terms within a clause, hyphenated words whole', () => {
    const phrases = paperPhrases({
      arxivId: '1',
      title: 'Fine-grained text-to-image models: a study',
      abstract: null,
    });
    expect(phrases).toContain('fine-grained');
    expect(phrases).toContain('fine-grained text-to-image');
    expect(phrases).toContain('fine-grained text-to-image models');
    expect(phrases).not.toContain('fine');
    // Never across the colon, never starting or ending on a stopword.
    expect(phrases).not.toContain('models study');
    expect(phrases).not.toContain('a study');
    expect(phrases).toContain('study');
  });

  it('reads the abstract only when the list shows one', () => {
    const entry = { arxivId: '1', title: 'Alpha', abstract: 'Beta gamma.' };
    expect(paperPhrases(entry)).toContain('beta gamma');
    expect(paperPhrases({ ...entry, abstract: null })).toEqual(new Set(['alpha']));
  });
});

describe('backgroundShare', () => {
  it('estimates a phrase as rarer than its rarest word, a common phrase as common', () => {
    const background = builtInBackground();
    expect(backgroundShare('image generation', background)).toBeLessThan(
      backgroundShare('image', background),
    );
    expect(backgroundShare('image', background)).toBeGreaterThan(backgroundShare('molecular', background));
  });
});

describe('rankPhrases', () => {
  it('keeps phrases at least two papers use and far more common in the list than in general', () => {
    const list = topicList(24);
    const ranked = rankPhrases(
      countPhrases(list.map((e) => paperPhrases(e))),
      list.length,
      builtInBackground(),
    );
    const phrases = ranked.map((r) => r.phrase);
    expect(phrases).toContain('molecular property prediction');
    // One paper's own ending is no phrase of the list.
    expect(phrases).not.toContain('drug discovery ii');
    for (const stat of ranked) expect(stat.papers).toBeGreaterThanOrEqual(2);
  });
});

describe('deriveProfile', () => {
  it('derives query phrases, weighted terms and a threshold that the listed papers reach', () => {
    const list = topicList(24, true);
    const derived = deriveProfile(list);
    if (!derived.ok) throw new Error(derived.reason);
    const { profile } = derived;
    expect(profile.name).toBe('auto');
    expect(profile.phrases.length).toBeGreaterThan(0);
    expect(profile.phrases.length).toBeLessThanOrEqual(AUTO_RULES.queryPhrases);
    // The query returns every listed paper, with phrases the terms score.
    const inQuery = createQueryMatcher(profile.phrases, []);
    for (const e of list)
      expect(inQuery({ title: e.title, abstract: e.abstract!, categories: [] })).toBe(true);
    const terms = profile.terms.map((t) => t.phrase);
    for (const phrase of profile.phrases) expect(terms).toContain(phrase);
    expect(profile.terms.map((t) => t.phrase)).toContain('molecular property prediction');
    for (const term of profile.terms) {
      expect(term.weight).toBeGreaterThanOrEqual(0.5);
      expect(term.weight).toBeLessThanOrEqual(3);
    }
    expect(profile.exclude).toEqual([]);
    expect(profile.categories).toEqual(AUTO_RULES.categories);
    // Most listed papers reach the fitted threshold; an off-topic paper does not.
    const scorer = createScorer({ ...profile, exclude: [], similarityWeight: 0 }, profile.categories);
    const reached = list.filter(
      (e) => scorer(paper({ title: e.title, abstract: e.abstract! })).score >= profile.minScore,
    );
    expect(reached.length).toBeGreaterThanOrEqual(0.75 * list.length);
    const off = scorer(
      paper({ title: 'Galaxy cluster lensing', abstract: 'Weak lensing of galaxy clusters.' }),
    );
    expect(off.score).toBeLessThan(profile.minScore);
    // Similarity to the list alone cannot carry a paper half way to the threshold.
    expect(profile.similarityWeight).toBeGreaterThan(0);
    expect(profile.similarityWeight).toBeLessThanOrEqual(
      Math.min(AUTO_RULES.similarityWeight, AUTO_RULES.similarityShareOfThreshold * profile.minScore + 0.05),
    );
  });

  it('is the same whatever the order of the list, and counts each paper once', () => {
    const list = topicList(24);
    const a = deriveProfile(list);
    const b = deriveProfile([...list].reverse().concat(list.slice(0, 3)));
    expect(b).toEqual(a);
  });

  it('fits the threshold leave-one-out: a paper does not vote for its own phrases', () => {
    const list = topicList(24);
    // Each listed paper repeated under a second id would vote for itself: the threshold rises.
    const twice = [...list, ...list.map((e) => ({ ...e, arxivId: `${e.arxivId}9` }))];
    const once = deriveProfile(list);
    const doubled = deriveProfile(twice);
    if (!once.ok || !doubled.ok) throw new Error('derivation failed');
    expect(doubled.profile.minScore).toBeGreaterThanOrEqual(once.profile.minScore);
  });

  it('says the list is too small to learn from below 20 papers with an arXiv id', () => {
    const small = topicList(19).concat([{ arxivId: null, title: 'No id here', abstract: null }]);
    expect(deriveProfile(small)).toEqual({
      ok: false,
      papers: 19,
      reason: 'the list has 19 papers with an arXiv id, fewer than the 20 profile: auto needs',
    });
    expect(deriveProfile(topicList(20)).ok).toBe(true);
  });
});
