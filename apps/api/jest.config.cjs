/** Unit tests beside the code (src/**\/__tests__), integration tests on real PostgreSQL in test/. */
module.exports = {
  ...require('@alliance/config/jest/node.cjs'),
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  // Two cores: one worker per core; each test file gets its own database from the template.
  maxWorkers: 2,
};
