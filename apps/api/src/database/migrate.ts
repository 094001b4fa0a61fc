import type { DataSource, Migration } from 'typeorm';

/** An arbitrary constant naming our advisory lock: "migrations of Alliance Commons". */
const MIGRATION_LOCK = 7_143_610_221;

/**
 * Applies pending migrations, each in its own transaction. Several API replicas may start at
 * once, so the run is serialised with a PostgreSQL advisory lock: the first applies, the others
 * wait and find nothing left to do.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/** True when every migration the code knows is applied. */
export async function migrationsUpToDate(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}
