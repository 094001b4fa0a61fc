import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { createDataSource } from './database/data-source';
import {
  EmbeddedDatabaseError,
  embeddedOptionsFor,
  startEmbeddedPostgres,
} from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { seedDemoData } from './database/seed/demo-seed';
import { createAdmin } from './identity/create-admin';
import { createTokenFromCli } from './identity/create-token';
import { NotificationService } from './notifications/notification.service';
import { MeilisearchEngine } from './search/meilisearch.engine';
import { rebuildWithLock } from './search/search-outbox.worker';

/**
 * Operator commands: `migrate`, `seed`, `create-admin`, `create-token`, `digest`, `reindex`, `print-schema <file>`.
 * They use DATABASE_URL, or the embedded database in DATA_DIR (started for the command, or
 * the one a running API already serves).
 */
const COMMANDS: Record<string, (config: AppConfig, args: string[]) => Promise<void>> = {
  async migrate(config) {
    await withDatabase(config, async (url) => {
      const dataSource = await createDataSource(url).initialize();
      try {
        const applied = await runMigrations(dataSource);
        console.log(
          applied.length
            ? `Applied: ${applied.map((m) => m.name).join(', ')}`
            : 'Database is up to date.',
        );
      } finally {
        await dataSource.destroy();
      }
    });
  },
  async seed(config) {
    await withDatabase(config, async (url) => {
      const dataSource = await createDataSource(url).initialize();
      try {
        await runMigrations(dataSource);
        console.log(
          (await seedDemoData(dataSource))
            ? 'Demo data loaded.'
            : 'Database is not empty; demo data not loaded.',
        );
      } finally {
        await dataSource.destroy();
      }
    });
  },
  /** cli create-admin --email someone@example.org [--name "Display Name"] */
  async 'create-admin'(config, args) {
    const email = flag(args, '--email');
    if (!email)
      throw new ConfigError(
        '--email',
        'Usage: cli create-admin --email <address> [--name <display name>]',
      );
    await withDatabase(config, async (url) => {
      const dataSource = await createDataSource(url).initialize();
      try {
        await runMigrations(dataSource);
        const result = await createAdmin(dataSource, email, flag(args, '--name'));
        console.log(
          result.password
            ? `Created platform admin ${result.email} with password: ${result.password}\nSign in and change it under Profile.`
            : `${result.email} is now a platform admin.`,
        );
      } finally {
        await dataSource.destroy();
      }
    });
  },
  /** cli create-token --email someone@example.org [--name "My script"] [--write] [--days 90] */
  async 'create-token'(config, args) {
    const email = flag(args, '--email');
    if (!email)
      throw new ConfigError(
        '--email',
        'Usage: cli create-token --email <address> [--name <name>] [--write] [--days <1–366>]',
      );
    await withDatabase(config, async (url) => {
      const dataSource = await createDataSource(url).initialize();
      try {
        await runMigrations(dataSource);
        const days = flag(args, '--days');
        const { token, scopes } = await createTokenFromCli(dataSource, email, {
          name: flag(args, '--name'),
          write: args.includes('--write'),
          days: days ? Number(days) : undefined,
        });
        console.log(`API token for ${email} (${scopes.join(', ')}; shown once): ${token}`);
      } finally {
        await dataSource.destroy();
      }
    });
  },
  /** cli digest: sends the daily digest now (idempotent: what was sent is not sent again). */
  async digest(config) {
    await withDatabase(config, async (url) => {
      const app = await createApp({ ...config, serveWeb: false }, url);
      try {
        const { emails, items } = await app.get(NotificationService).runDigest();
        console.log(`Digest sent: ${emails} email(s) with ${items} item(s).`);
      } finally {
        await app.close();
      }
    });
  },
  /**
   * cli reindex: rebuilds the Meilisearch index into a new one and swaps it in atomically
   * (search never goes empty); the outbox waits meanwhile and catches up afterwards.
   */
  async reindex(config) {
    if (!config.meili) {
      console.log(
        'MEILI_HOST is not set: search uses PostgreSQL, which the database keeps current. Nothing to rebuild.',
      );
      return;
    }
    await withDatabase(config, async (url) => {
      const dataSource = await createDataSource(url).initialize();
      try {
        await runMigrations(dataSource);
        await dataSource.query(`UPDATE search_state SET outbox_enabled = true WHERE id = 1`);
        const started = Date.now();
        const engine = new MeilisearchEngine(dataSource, config.meili!);
        const { documents } = await rebuildWithLock(dataSource, engine, (n) =>
          process.stdout.write(`\rIndexed ${n} rows…`),
        );
        console.log(
          `\nRebuilt ${config.meili!.index} from ${documents} rows in ${((Date.now() - started) / 1000).toFixed(1)} s and swapped it in.`,
        );
      } finally {
        await dataSource.destroy();
      }
    });
  },
  async 'print-schema'(config, [file]) {
    if (!file) throw new ConfigError('file', 'Usage: cli print-schema <file>');
    const sdl = await buildSchemaSdl(config);
    writeFileSync(resolve(file), sdl);
    console.log(`Wrote ${resolve(file)}`);
  },
};

/** The GraphQL schema as committed in packages/graphql/schema.graphql (no database needed). */
export async function buildSchemaSdl(config: AppConfig): Promise<string> {
  const app = await createApp({ ...config, serveWeb: false, logLevel: 'warn' }, null);
  try {
    const { schema } = app.get(GraphQLSchemaHost);
    return `# The Alliance Commons GraphQL schema. Generated by \`pnpm graphql:generate\`; do not edit.\n\n${printSchema(schema)}\n`;
  } finally {
    await app.close();
  }
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function withDatabase(config: AppConfig, run: (url: string) => Promise<void>) {
  if (config.databaseUrl) return run(config.databaseUrl);
  const db = await startEmbeddedPostgres({ ...embeddedOptionsFor(config), reuseRunning: true });
  try {
    await run(db.url);
  } finally {
    await db.stop();
  }
}

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`Usage: cli <${Object.keys(COMMANDS).join('|')}> [args]`);
    process.exit(2);
  }
  try {
    await command(loadConfig(), args);
    process.exit(0);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError)
      console.error(error.message);
    else console.error(error);
    process.exit(1);
  }
}

if (require.main === module) void main();
