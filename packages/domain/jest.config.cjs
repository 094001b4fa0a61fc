module.exports = { ...require('@alliance/config/jest/node.cjs'), roots: ['<rootDir>/src'] };
