import base from './jest.config.js';

/**
 * The test files `npm run mutate` runs against each mutant (stryker.config.mjs): fast unit tests
 * only, so that a mutant takes seconds. Left out: the whole runs that guard the same properties
 * (test/run/memory-guards.test.ts load the whole Action for every mutant) and the long-history
 * bodies of test/run/pull-body.test.ts (thousands of papers, too slow once instrumented).
 */
export default {
  ...base,
  testMatch: [
    '**/test/pr/memory.test.ts',
    '**/test/pr/marker.test.ts',
    '**/test/pr/marker-schema.test.ts',
    '**/test/pr/marker-fit.test.ts',
    '**/test/pr/packed-ids.test.ts',
    '**/test/pr/next-marker.test.ts',
    '**/test/pr/body.test.ts',
    '**/test/list/insertions.test.ts',
    '**/test/list/place-entries.test.ts',
    '**/test/list/place-text.test.ts',
    '**/test/list/list-fixtures.test.ts',
    '**/test/list/hostile-text.test.ts',
  ],
};
