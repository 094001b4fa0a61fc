// The shared config (recommended JS + typescript-eslint) plus the React hooks rules and the
// web app's walls (feature boundaries, below).
import path from 'node:path';
import shared from '@alliance/config/eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const SRC = path.join(import.meta.dirname, 'src');
const FEATURES = path.join(SRC, 'features');

/** The feature folder a path is in ("practices"), or null outside src/features. */
function featureOf(file) {
  const relative = path.relative(FEATURES, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep)[0] || null;
}

/**
 * The walls between rooms, judged on where a relative import lands (so "../../x" and
 * "../../../features/x" are the same thing):
 * - a feature uses another feature only through its public `index.ts` (`../../practices`),
 *   never a file inside it; tests may also share another feature's test mocks (`__tests__/`);
 * - the shared `ui/` imports no feature (it holds what several features use, without their rules).
 * The composition root (`app/`: routes, layout) may wire features together.
 */
const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Features import other features only through their index.ts; ui/ imports no feature.',
    },
    schema: [],
    messages: {
      internal:
        "'{{source}}' reaches inside the {{target}} feature: import from its index ('{{index}}'), or move what several features use to src/ui/.",
      uiImportsFeature:
        "'{{source}}': src/ui/ holds shared pieces and may not import a feature ({{target}}).",
    },
  },
  create(context) {
    const file = context.filename;
    const own = featureOf(file);
    const inUi = !path.relative(path.join(SRC, 'ui'), file).startsWith('..');
    const isTest = file.split(path.sep).includes('__tests__');
    if (!own && !inUi) return {};
    function check(node) {
      const source = node?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const resolved = path.resolve(path.dirname(file), source);
      const target = featureOf(resolved);
      if (!target || target === own) return;
      if (inUi) {
        context.report({ node, messageId: 'uiImportsFeature', data: { source, target } });
        return;
      }
      const inside = path.relative(path.join(FEATURES, target), resolved).split(path.sep);
      const isIndex =
        inside[0] === '' || (inside.length === 1 && /^index(\.tsx?)?$/.test(inside[0]));
      const isSharedMock = isTest && inside[0] === '__tests__';
      if (isIndex || isSharedMock) return;
      const index = path.relative(path.dirname(file), path.join(FEATURES, target)) || '.';
      context.report({ node, messageId: 'internal', data: { source, target, index } });
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default [
  ...shared,
  reactHooks.configs.flat['recommended-latest'],
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { alliance: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'alliance/feature-boundaries': 'error' },
  },
];
