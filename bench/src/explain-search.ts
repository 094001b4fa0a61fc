/**
 * Shows PostgreSQL's plan for one search on the benchmark database (after `pnpm bench` made it):
 *   node src/explain-search.ts "recruitment" '{"kinds":["POST","THREAD"],"categories":["online-platforms"]}'
 */
import {
  benchDataDir,
  startEmbeddedPostgres,
  createDataSource,
  runMigrations,
  PostgresSearchEngine,
} from './api.ts';

const dataDir = benchDataDir(
  process.env.BENCH_PRACTICES ?? 100_000,
  process.env.BENCH_POSTS ?? 1_000_000,
);
const [query = 'recruitment', filter = '{}'] = process.argv.slice(2);
const embedded = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ dataDir, log: () => undefined });
const db = await createDataSource(process.env.DATABASE_URL ?? embedded.url).initialize();
try {
  await runMigrations(db);
  const statements: [string, unknown[]][] = [];
  const original = db.query.bind(db);
  db.query = async (sql: string, params?: unknown[]) => {
    statements.push([sql, params ?? []]);
    const t0 = performance.now();
    try {
      return await original(sql, params);
    } finally {
      console.log(
        `  ${(performance.now() - t0).toFixed(1)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 90)}`,
      );
    }
  };
  const engine = new PostgresSearchEngine(db);
  const facets = [
    'KIND',
    'FOCUS_AREA',
    'TECHNOLOGY',
    'FORM_OF_EXPLOITATION',
    'COUNTRY',
    'REGION',
    'STAKEHOLDER_TYPE',
    'ORGANIZATION',
    'CATEGORY',
    'STATUS',
  ];
  const scope = {
    userId: null,
    memberOrgIds: [],
    verifiedStakeholderTypes: [],
    memberOfVerifiedOrganization: false,
    moderator: false,
  };
  for (let run = 1; run <= Number(process.env.RUNS ?? 3); run++) {
    const started = performance.now();
    const result = await engine.search({
      query,
      filter: JSON.parse(filter),
      facets,
      sort: 'RELEVANCE',
      offset: 0,
      limit: 20,
      scope,
    });
    console.log(
      `run ${run}: ${result.estimatedTotalHits} hits in ${(performance.now() - started).toFixed(1)} ms`,
    );
  }
  db.query = original;
  const [sql, params] = statements.at(-1)!;
  const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  console.log(plan.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
} finally {
  await db.destroy();
  await embedded?.stop();
}
