/** Browser journeys: one platform for the run (started like `pnpm start`), one Chromium per file. */
module.exports = {
  ...require('@alliance/config/jest/node.cjs'),
  roots: ['<rootDir>/journeys'],
  testMatch: ['**/*.journey.ts'],
  globalSetup: '<rootDir>/src/global-setup.ts',
  globalTeardown: '<rootDir>/src/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};
