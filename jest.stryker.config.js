import base from './jest.config.js';

/** The test files `npm run mutate` runs against each mutant (stryker.config.mjs). */
export default {
  ...base,
  testMatch: [
    '**/test/pr/memory.test.ts',
    '**/test/pr/marker.test.ts',
    '**/test/pr/packed-ids.test.ts',
    '**/test/pr/next-marker.test.ts',
    '**/test/pr/body.test.ts',
    '**/test/run/pull-body.test.ts',
    '**/test/run/memory-guards.test.ts',
    '**/test/run/maintainer-text.test.ts',
    '**/test/run/scenarios.test.ts',
    '**/test/list/place-entries.test.ts',
    '**/test/list/list-fixtures.test.ts',
    '**/test/list/hostile-text.test.ts',
  ],
};
