/**
 * The built API (apps/api/dist) as the benchmark scripts use it: run `pnpm --filter api build`
 * first. The scripts measure the real engine, not a copy.
 */
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const apiDir = resolve(here, '../../apps/api');
const requireApi = createRequire(join(apiDir, 'package.json'));
const fromApi = (path: string) => requireApi(join(apiDir, 'dist', path));

export const { startEmbeddedPostgres } = fromApi('database/embedded-postgres.js');
export const { createDataSource } = fromApi('database/data-source.js');
export const { runMigrations } = fromApi('database/migrate.js');
export const { PostgresSearchEngine } = fromApi('search/postgres-search.engine.js');
export const domain = requireApi('@alliance/domain');

/** Where the generated database of these sizes is kept (BENCH_DATA_DIR, or the OS temp folder). */
export const benchDataDir = (practices: number | string, posts: number | string): string =>
  process.env.BENCH_DATA_DIR ?? join(tmpdir(), `alliance-bench-${practices}-${posts}`);
