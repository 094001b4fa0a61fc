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

// React Router 8 and its dependencies ship as ESM only (cookie-es as .mjs), and so does the
// unified ecosystem behind react-markdown (remark, rehype, micromark, mdast/hast/unist utilities,
// vfile and their small helpers): let SWC compile them to CommonJS too. pnpm lays packages out as
// node_modules/.pnpm/<name>@<version>/node_modules/<name>, so the pattern skips both the ".pnpm"
// segment and the packages listed here (regular expressions, one path segment each).
const ESM_ONLY = [
  'react-router',
  '@remix-run',
  'cookie-es',
  'react-markdown',
  'remark-[^/]+',
  'rehype-[^/]+',
  'unified',
  'bail',
  'trough',
  'devlop',
  'zwitch',
  'ccount',
  'vfile[^/]*',
  'micromark[^/]*',
  'mdast-util-[^/]+',
  'hast-util-[^/]+',
  'unist-util-[^/]+',
  'character-entities[^/]*',
  'character-reference-invalid',
  'decode-named-character-reference',
  'parse-entities',
  'stringify-entities',
  'property-information',
  'space-separated-tokens',
  'comma-separated-tokens',
  'html-url-attributes',
  'estree-util-[^/]+',
  'is-plain-obj',
  'is-alphabetical',
  'is-alphanumerical',
  'is-decimal',
  'is-hexadecimal',
  'longest-streak',
  'markdown-table',
  'escape-string-regexp',
  'trim-lines',
  '@ungap/structured-clone',
];

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
