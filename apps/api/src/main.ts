import 'reflect-metadata';
import pino from 'pino';
import { startPlatform, type Platform } from './bootstrap';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { EmbeddedDatabaseError } from './database/embedded-postgres';

const SHUTDOWN_GRACE_MS = 15_000;

async function main() {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    return fail(error);
  }
  const log = pino({ level: config.logLevel, base: { context: 'EmbeddedPostgres' } });

  // Signals that arrive during start-up are honoured once the platform is up (or has failed).
  let stopRequested: NodeJS.Signals | undefined;
  let platform: Platform | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopRequested) return;
    stopRequested = signal;
    if (platform) void shutdown(platform, signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    platform = await startPlatform(config, { log: (m) => log.debug(m) });
  } catch (error) {
    return fail(error);
  }
  if (stopRequested) return shutdown(platform, stopRequested);
  console.log(
    [
      '',
      `  Alliance Commons is running at ${platform.url}`,
      `  GraphQL API:  ${platform.url}/graphql`,
      `  Health:       ${platform.url}/health/ready`,
      config.databaseUrl
        ? ''
        : `  Database:     embedded PostgreSQL, data in ${platform.dataDir}/postgres`,
      // Outside production the demo accounts and the dev mailbox are open to whoever reaches the port.
      config.nodeEnv === 'production'
        ? ''
        : `  Demo mode:    demo accounts and the dev mailbox are open; listening on ${config.host} (HOST)`,
      '  Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );
}

async function shutdown(platform: Platform, signal: NodeJS.Signals) {
  console.log(`\n  Received ${signal}: finishing requests, closing the database…`);
  setTimeout(() => {
    console.error(`Shutdown took longer than ${SHUTDOWN_GRACE_MS / 1000}s; exiting.`);
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  try {
    await platform.close();
    process.exit(0);
  } catch (error) {
    console.error(`Shutdown failed: ${(error as Error).message}`);
    process.exit(1);
  }
}

/** One clear line, non-zero exit. Unexpected errors keep their stack for the operator. */
function fail(error: unknown): never {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError) {
    console.error(error.message);
  } else {
    console.error('Alliance Commons could not start:', error);
  }
  process.exit(1);
}

void main();
