import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startPlatform, type Platform } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/config';
import { databaseUrlFor } from './database-url';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    extensions?: { code?: string; [k: string]: unknown };
    path?: string[];
  }[];
}

export interface TestPlatform {
  platform: Platform;
  url: string;
  /** The database of this test file, for arranging rows and asserting on them. */
  db: DataSource;
  /** POSTs one GraphQL operation the way the web app does. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated template; dropped by TestPlatform.close(). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_SERVER_URL!;
  const name = `alliance_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(
    serverUrl,
    `CREATE DATABASE ${name} TEMPLATE ${process.env.TEST_TEMPLATE_DATABASE}`,
  );
  return {
    url: databaseUrlFor(serverUrl, name),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** The real platform on its own database and a free port, as `pnpm start` runs it. */
export async function startTestPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  // A second instance on another platform's database: pass its DATABASE_URL (not dropped here).
  const database = env.DATABASE_URL
    ? { url: env.DATABASE_URL, drop: async () => undefined }
    : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    SERVE_WEB: 'false',
    // Tests act as different clients through X-Forwarded-For (per-IP limits).
    TRUST_PROXY: 'loopback',
    // The dev mailbox lives under DATA_DIR: one per test file.
    DATA_DIR: mkdtempSync(join(tmpdir(), 'alliance-api-test-')),
    // Production refuses to start without a mail server (and has no dev mailbox): log mail there.
    ...(env.NODE_ENV === 'production' && !env.SMTP_URL ? { MAIL_MODE: 'log' } : {}),
    ...env,
    DATABASE_URL: database.url,
  });
  const platform = await startPlatform(config, { listenPort: 0 });
  const db = platform.app.get(DataSource);
  return {
    platform,
    url: platform.url,
    db,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${platform.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResponse, 'status'>;
      return { status: res.status, ...body } as GqlResponse<never>;
    },
    async close() {
      await platform.close();
      await database.drop();
    },
  };
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
