module.exports = {
  ...require('@alliance/config/jest/node.cjs'),
  roots: ['<rootDir>/test'],
  testTimeout: 60_000,
};
