export { dedup, simpleNormaliseTitle, type DedupMemory, type DedupResult } from './dedup.js';
export { createScorer, SCORING_RULES, type PaperScore, type Scorer, type ScoringMemory } from './score.js';
export { select, byScoreThenId, type ScoredCandidate, type SelectOptions } from './select.js';
export { findLinks } from './links.js';
export { containsPhrase, PhraseSet } from './phrase-set.js';
export { createQueryMatcher, matchesQuery } from './query-matcher.js';
export { prepareText } from './words.js';
export { formatPoints, roundPoints } from './points.js';
