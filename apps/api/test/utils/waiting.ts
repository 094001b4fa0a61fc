import type { DataSource } from 'typeorm';

/** Polls `probe` until `ok` holds (every 50 ms), or fails naming what it waited for. */
export async function eventually<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Counts the SQL statements the API sends while `run` is in flight. */
export async function countStatements(
  db: DataSource,
  run: () => Promise<unknown>,
): Promise<number> {
  const logger = db.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (...args: Parameters<typeof logger.logQuery>) => {
    count++;
    return original(...args);
  };
  try {
    await run();
  } finally {
    logger.logQuery = original;
  }
  return count;
}
