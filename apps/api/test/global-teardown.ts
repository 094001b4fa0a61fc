import { rmSync } from 'node:fs';
import { Client } from 'pg';
import type { RunningEmbeddedPostgres } from '../src/database/embedded-postgres';

export default async function globalTeardown() {
  const g = globalThis as {
    __embeddedPostgres?: RunningEmbeddedPostgres;
    __embeddedDataDir?: string;
  };
  if (g.__embeddedPostgres) {
    await g.__embeddedPostgres.stop();
    rmSync(g.__embeddedDataDir!, { recursive: true, force: true });
    return;
  }
  // External server: remove what this run created.
  const admin = new Client({ connectionString: process.env.TEST_SERVER_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${process.env.TEST_TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
}
