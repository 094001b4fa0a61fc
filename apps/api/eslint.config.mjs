import base from '@alliance/config/eslint';

export default [
  ...base,
  // Tests read GraphQL answers loosely typed; the assertions are what checks their shape.
  {
    files: ['test/**/*.ts', 'src/**/__tests__/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
