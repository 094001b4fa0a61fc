// Jest for the web app: the shared SWC preset (TSX, automatic React runtime) in jsdom.
const preset = require('@alliance/config/jest/node.cjs');

const [swcJest, presetSwcOptions] = preset.transform['^.+\\.(t|j)sx?$'];

// React Router's route-module loader checks `import.meta.hot`, which has no CommonJS equivalent:
// SWC replaces it with `undefined` (there is no Vite HMR under jest anyway).
const swcOptions = {
  ...presetSwcOptions,
  jsc: {
    ...presetSwcOptions.jsc,
    transform: {
      ...presetSwcOptions.jsc.transform,
      optimizer: { globals: { vars: { 'import.meta.hot': 'undefined' } } },
    },
  },
};

// React Router 8 and its dependencies ship as ESM only (cookie-es as .mjs): let SWC compile them
// to CommonJS too. pnpm lays packages out as node_modules/.pnpm/<name>@<version>/node_modules/<name>,
// so the pattern skips both the ".pnpm" segment and the packages listed here.
const ESM_ONLY = ['react-router', '@remix-run', 'cookie-es'];

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  // jsdom, plus the Fetch API and TextEncoder from Node (see the file).
  testEnvironment: '<rootDir>/jest/environment.cjs',
  roots: ['<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.test.{ts,tsx}'],
  transform: { '^.+\\.(c|m)?(t|j)sx?$': [swcJest, swcOptions] },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm|${ESM_ONLY.join('|')})/)`],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.(css)$': 'identity-obj-proxy',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
};
