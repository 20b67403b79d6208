/**
 * Mutation testing (`npm run mutate`; not part of CI or `npm test`): the PR's memory, its marker
 * and the code that splices entries into the list, against the test files that exercise them
 * (jest.stryker.config.js), one process at a time so a shared 2-core machine keeps up.
 */
export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: { configFile: 'jest.stryker.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/pr/memory.ts',
    'src/pr/marker.ts',
    'src/pr/marker-schema.ts',
    'src/pr/marker-fit.ts',
    'src/pr/marker-json.ts',
    'src/pr/packed-ids.ts',
    'src/list/insertions.ts',
    'src/list/place-text.ts',
    'src/list/place-entries.ts',
    'src/list/edit-list.ts',
  ],
  ignorePatterns: ['dist', 'out', 'coverage', '.tmp', 'reports'],
  tempDirName: '.tmp/stryker',
  concurrency: 1,
  // Later runs test again only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: '.tmp/stryker-incremental.json',
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: '.tmp/mutation/index.html' },
  thresholds: { high: 90, low: 80, break: null },
};
