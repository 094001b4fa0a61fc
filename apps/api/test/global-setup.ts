import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../src/database/data-source';
import {
  startEmbeddedPostgres,
  type RunningEmbeddedPostgres,
} from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';
import { databaseUrlFor } from './utils/database-url';

/**
 * One PostgreSQL for the whole run: the server at DATABASE_URL, or an embedded one whose data
 * lives in the OS temp folder (reachable by the `postgres` user when tests run as root).
 * Migrations run once into a template database; each test file clones it (test/utils).
 */
export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'alliance-test-'));
    chmodSync(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir });
    (globalThis as { __embeddedPostgres?: RunningEmbeddedPostgres }).__embeddedPostgres = embedded;
    (globalThis as { __embeddedDataDir?: string }).__embeddedDataDir = dataDir;
    serverUrl = embedded.url;
  }
  const template = `alliance_test_template_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  const dataSource = await createDataSource(databaseUrlFor(serverUrl, template)).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env.TEST_SERVER_URL = serverUrl;
  process.env.TEST_TEMPLATE_DATABASE = template;
}
