import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SearchKind } from '@alliance/domain';
import { type AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import type { MeilisearchEngine } from './meilisearch.engine';
import { dependentKeys } from './search-documents';
import type { SearchDocumentKey } from './search-engine';
import { SearchService } from './search.service';

/** One drainer at a time across every API instance (and `cli reindex`). */
export const OUTBOX_LOCK_KEY = 0x5ea7c4;
export const SEARCH_OUTBOX_JOB = 'search.drain-outbox';

export interface OutboxOptions {
  batchSize: number;
  pollMs: number;
  /** First retry delay; doubles with each failed attempt up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxOptions = {
  batchSize: 500,
  pollMs: 1000,
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60_000,
};

export interface OutboxLag {
  pending: number;
  failing: number;
  oldestSeconds: number;
}

/**
 * Drains the search outbox into Meilisearch: batches in id order, current state of each
 * document (so order and repetition do not matter), dependent documents on cascading
 * changes, retries with exponential backoff when Meilisearch fails. Rows are deleted only
 * once Meilisearch reports the tasks succeeded, so stopping Meilisearch loses nothing. Draining
 * is a repeating job (jobs/: one at a time across instances, SEARCH_OUTBOX_POLL_MS after the last
 * drain ended); the outbox rows keep their own backoff (SEARCH_OUTBOX_RETRY_MS, doubling).
 */
@Injectable()
export class SearchOutboxWorker implements OnModuleDestroy {
  private readonly logger = new Logger('SearchOutbox');
  private preparing?: Promise<unknown>;
  private started = false;
  private stopped = false;
  readonly options: OutboxOptions;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly search: SearchService,
    @InjectConfig() config: AppConfig,
    jobs: JobQueue,
  ) {
    this.options = {
      ...DEFAULT_OUTBOX_OPTIONS,
      pollMs: config.searchOutbox.pollMs,
      baseDelayMs: config.searchOutbox.retryMs,
    };
    jobs.define({
      name: SEARCH_OUTBOX_JOB,
      queue: { retryLimit: 0, expireInSeconds: 600 },
      // Only where Meilisearch is configured; PostgreSQL search reads the tables themselves.
      work: search.meilisearch !== null,
      repeat: { everyMs: this.options.pollMs },
      handle: async () => {
        // Nothing before start() (startPlatform, once migrations ran) has made the index ready.
        if (!this.started) return;
        await this.preparing;
        await this.drainAll();
      },
    });
  }

  /** Called by startPlatform once migrations (and demo data) are in place. */
  async start() {
    if (!this.db.isInitialized) return;
    const meili = this.search.meilisearch;
    // Triggers fill the outbox only while an engine needs it.
    await this.db.query(`UPDATE search_state SET outbox_enabled = $1 WHERE id = 1`, [
      meili !== null,
    ]);
    if (!meili) return;
    this.preparing = this.prepare();
    this.started = true;
  }

  /** Index and settings in place; an empty index is filled by a full rebuild. */
  private async prepare() {
    const meili = this.search.meilisearch!;
    try {
      const empty = await meili.ensureIndex();
      const [{ n }] = await this.db.query(
        `SELECT (SELECT count(*) FROM practice) + (SELECT count(*) FROM organization) AS n`,
      );
      if (empty && Number(n) > 0) {
        this.logger.log('The Meilisearch index is empty: rebuilding it from the database.');
        await this.rebuild();
      }
    } catch (error) {
      this.logger.warn(
        `Meilisearch is not ready (${(error as Error).message}); the outbox keeps changes until it is.`,
      );
    }
  }

  /** Drains until nothing is due (or a batch fails). */
  async drainAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const result = await this.drainOnce().catch((error) => {
        this.logger.error(error);
        return { processed: 0, failed: true };
      });
      total += result.processed;
      if (result.processed === 0 || result.failed || this.stopped) return total;
    }
  }

  /** One batch. */
  async drainOnce(): Promise<{ processed: number; failed: boolean }> {
    const meili = this.search.meilisearch;
    if (!meili) return { processed: 0, failed: false };
    return this.db.transaction(async (em) => {
      const [{ locked }] = await em.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [
        OUTBOX_LOCK_KEY,
      ]);
      if (!locked) return { processed: 0, failed: false };
      const rows: { id: string; kind: SearchKind; entity_id: string; cascade: boolean }[] =
        await em.query(
          `SELECT id, kind, entity_id, cascade FROM search_outbox WHERE next_attempt_at <= now() ORDER BY id LIMIT $1`,
          [this.options.batchSize],
        );
      if (rows.length === 0) return { processed: 0, failed: false };
      const ids = rows.map((r) => r.id);
      try {
        const keys: SearchDocumentKey[] = rows.map((r) => ({
          kind: r.kind,
          entityId: r.entity_id,
        }));
        const cascading = rows
          .filter((r) => r.cascade)
          .map((r) => ({ kind: r.kind, entityId: r.entity_id }));
        if (cascading.length) keys.push(...(await dependentKeys(this.db, cascading)));
        await meili.sync(dedupe(keys));
        await em.query(`DELETE FROM search_outbox WHERE id = ANY($1)`, [ids]);
        return { processed: rows.length, failed: false };
      } catch (error) {
        const message = (error as Error).message;
        await em.query(
          `UPDATE search_outbox
              SET attempts = attempts + 1, last_error = left($2, 1000),
                  next_attempt_at = now() + least($4::float8, $3::float8 * power(2, least(attempts, 20))) * interval '1 millisecond'
            WHERE id = ANY($1)`,
          [ids, message, this.options.baseDelayMs, this.options.maxDelayMs],
        );
        this.logger.warn(
          `Could not update Meilisearch (${message}); ${rows.length} change(s) wait in the outbox.`,
        );
        return { processed: 0, failed: true };
      }
    });
  }

  /** A full rebuild into a new index, swapped in atomically; the worker waits meanwhile. */
  async rebuild(onProgress?: (n: number) => void): Promise<{ documents: number }> {
    const meili = this.search.meilisearch;
    if (!meili)
      throw new Error(
        'Meilisearch is not configured (MEILI_HOST): PostgreSQL search needs no rebuild.',
      );
    return rebuildWithLock(this.db, meili, onProgress);
  }

  async lag(): Promise<OutboxLag> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS pending, count(*) FILTER (WHERE attempts > 0)::int AS failing,
              coalesce(extract(epoch FROM now() - min(enqueued_at)), 0)::float8 AS oldest
         FROM search_outbox`,
    );
    return { pending: row.pending, failing: row.failing, oldestSeconds: Math.round(row.oldest) };
  }

  /** A drain in progress stops after its current batch (the job queue waits for it). */
  async onModuleDestroy() {
    this.stopped = true;
    await this.preparing?.catch(() => undefined);
  }
}

/**
 * Rebuilds under the outbox lock, so no drainer writes to the old index between the snapshot
 * and the swap; changes made meanwhile wait in the outbox and are applied to the new index.
 */
export async function rebuildWithLock(
  db: DataSource,
  meili: MeilisearchEngine,
  onProgress?: (n: number) => void,
): Promise<{ documents: number }> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock($1)`, [OUTBOX_LOCK_KEY]);
    return await meili.rebuild(onProgress);
  } finally {
    await runner.query(`SELECT pg_advisory_unlock($1)`, [OUTBOX_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

function dedupe(keys: SearchDocumentKey[]): SearchDocumentKey[] {
  const seen = new Map(keys.map((k) => [`${k.kind}:${k.entityId}`, k]));
  return [...seen.values()];
}
