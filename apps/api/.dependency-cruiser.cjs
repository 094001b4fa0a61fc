/**
 * The API's walls (issue 14), checked in CI by `pnpm boundaries` (run before the tests).
 * Floors, bottom to top: common/ and visibility/ (the ground floor, import no feature) →
 * features (one folder each) → context/ (the composition root: request context, loaders,
 * node(id)) → app.module.ts / bootstrap.
 */
const { feature, publicSurface, CONVERTED } = require('./.dependency-cruiser.rooms.cjs');

module.exports = {
  forbidden: [
    {
      name: 'ground-floor-imports-no-feature',
      comment:
        'common/ and visibility/ are below every feature: they may not import one (nor the composition root).',
      severity: 'error',
      from: { path: '^src/(common|visibility)/' },
      to: { path: [feature, '^src/context/', '^src/app\\.module'] },
    },
    {
      name: 'features-do-not-import-the-composition-root',
      comment:
        'context/ assembles features; a feature importing it would close a loop through every feature.',
      severity: 'error',
      from: { path: feature },
      to: { path: ['^src/context/', '^src/app\\.module'] },
    },
    {
      name: 'feature-imports-features-through-index',
      comment:
        'A feature uses another only through its index.ts (or its Nest module): what is inside a folder is its own.',
      severity: 'error',
      // Known exception: digest.scheduler.ts is being moved onto the job queue in a parallel change
      // (its inside is not ours to edit now); it imports ../jobs/job-queue until jobs/ has an index.ts.
      from: {
        path: `^src/(${CONVERTED.join('|')})/`,
        pathNot: '^src/notifications/digest[.]scheduler[.]ts$',
      },
      to: { path: feature, pathNot: ['^src/$1/', publicSurface] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.spec\\.ts$', '/__tests__/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
