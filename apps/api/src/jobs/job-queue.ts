import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Db, Job, PgBoss, Queue, SendOptions } from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import type { JobSettings } from './job-settings';
import { InjectJobSettings } from './job-settings.provider';

/** pg-boss keeps its tables in a schema of its own, created (and upgraded) at start. */
export const JOB_SCHEMA = 'pgboss';

export interface JobDefinition<T extends object = object> {
  name: string;
  /** Retry, backoff, expiry and policy of the queue (pg-boss QueueOptions). */
  queue?: Omit<Queue, 'name'>;
  /** Handles one job; throwing fails the attempt (retried as `queue` says). */
  handle(data: T, job: Job<T>): Promise<void>;
  /** A cron schedule (UTC) that sends the job once per occurrence across every replica. */
  cron?: { expression: string; missed: 'skip' | 'once' };
  /** False: the queue exists here (jobs can be sent) but this process does not work it. */
  work?: boolean;
  /**
   * A drain that runs again `everyMs` after each run ends, once across replicas: the queue is
   * `stately` (one job waiting, one running), each run queues the next, and a schedule every
   * minute queues one should the chain break (a crash, the database gone at that moment).
   */
  repeat?: { everyMs: number };
}

export interface QueueHealth {
  name: string;
  /** Jobs waiting (ready, deferred or retrying). */
  queued: number;
  active: number;
  /** Jobs that used up their retries and are kept for inspection. */
  failed: number;
}

/**
 * The one job system (docs/decisions.md, "One job system"): a pg-boss instance on the API's
 * database. Features define their jobs when their providers are built; the queue and its schema
 * are created when the application boots (so `cli` commands can send jobs), and the workers
 * and schedules start once migrations have run (startPlatform calls startWorkers). Stopping the
 * application lets running jobs finish (up to 30 s); a job cut off is retried after it expires.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private boss?: PgBoss;
  private working = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectJobSettings() readonly settings: JobSettings,
  ) {}

  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.definitions.has(definition.name))
      throw new Error(`Job ${definition.name} is defined twice`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition<never>);
  }

  async onApplicationBootstrap() {
    if (!this.db.isInitialized) return;
    // pg-boss is published as an ES module only.
    const { PgBoss } = await import('pg-boss');
    const boss = new PgBoss({
      connectionString: (this.db.options as { url?: string }).url,
      schema: JOB_SCHEMA,
      application_name: 'alliance-commons-jobs',
      max: 4,
      connectionTimeoutMillis: 5_000,
      cronMonitorIntervalSeconds: this.settings.cronCheckSeconds,
      cronWorkerIntervalSeconds: Math.max(1, Math.min(this.settings.cronCheckSeconds, 5)),
    });
    // Connection losses surface here (and are retried by pg-boss); they must not crash the API.
    boss.on('error', (error) => this.logger.warn(`Job queue: ${error.message}`));
    await boss.start();
    for (const definition of this.definitions.values()) {
      const queue = definition.repeat
        ? { ...definition.queue, policy: 'stately' }
        : definition.queue;
      if (!(await boss.getQueue(definition.name))) await boss.createQueue(definition.name, queue);
      else if (definition.queue) {
        const {
          policy: _policy,
          deadLetter: _deadLetter,
          retryDelayMax: _max,
          heartbeatSeconds: _hb,
          partition: _partition,
          ...updatable
        } = definition.queue;
        await boss.updateQueue(definition.name, updatable);
      }
    }
    this.boss = boss;
  }

  /** Starts working the queues and the schedules (called once migrations are in place). */
  async startWorkers(): Promise<void> {
    const boss = this.boss;
    if (!boss || this.working) return;
    this.working = true;
    for (const definition of this.definitions.values()) {
      if (definition.work === false) continue;
      if (definition.cron) {
        await boss.schedule(definition.name, definition.cron.expression, null, {
          tz: 'UTC',
          missed: definition.cron.missed,
        });
      }
      const repeat = definition.repeat;
      if (repeat) await boss.schedule(definition.name, '* * * * *', null, { tz: 'UTC' });
      const pollingIntervalSeconds = repeat
        ? Math.max(0.5, Math.min(this.settings.pollSeconds, repeat.everyMs / 1000))
        : this.settings.pollSeconds;
      await boss.work<never>(definition.name, { pollingIntervalSeconds }, async ([job]) => {
        try {
          if (!repeat) return await definition.handle(job.data, job);
          // A drain faster than the queue's polling runs its rounds within one job, for about
          // one polling interval, so rounds stay `everyMs` apart.
          const until = Date.now() + pollingIntervalSeconds * 1000;
          for (;;) {
            await definition.handle(job.data, job);
            if (!this.boss || Date.now() + repeat.everyMs >= until) break;
            await new Promise((resolve) => setTimeout(resolve, repeat.everyMs));
          }
        } finally {
          if (repeat) await this.sendNext(definition.name, repeat.everyMs);
        }
      });
      if (repeat) await this.sendNext(definition.name, 0);
    }
  }

  /** The next run of a repeating drain; a failure is left to the minute schedule. */
  private async sendNext(name: string, afterMs: number) {
    try {
      await this.boss?.send(name, {}, { startAfter: new Date(Date.now() + afterMs) });
    } catch (error) {
      this.logger.warn(
        `Could not queue the next ${name} (${(error as Error).message}); the minute schedule will.`,
      );
    }
  }

  /**
   * Sends a job. With `em` (an open transaction) the job is written in that transaction: it
   * exists only if the transaction commits. Returns the job id (null when a singleton policy
   * kept an equal job from being queued).
   */
  async send(
    name: string,
    data: object,
    options: SendOptions = {},
    em?: EntityManager,
  ): Promise<string | null> {
    if (!this.boss) throw new Error(`The job queue is not running: cannot send ${name}`);
    return this.boss.send(name, data, em ? { ...options, db: inTransaction(em) } : options);
  }

  /** Queue depth and kept failures per queue, for /health/ready (counted, not pg-boss's cached stats). */
  async health(): Promise<QueueHealth[]> {
    if (!this.boss) return [];
    const rows: QueueHealth[] = await this.db.query(
      `SELECT name, count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
              count(*) FILTER (WHERE state = 'active')::int AS active,
              count(*) FILTER (WHERE state = 'failed')::int AS failed
         FROM ${JOB_SCHEMA}.job WHERE name = ANY($1) GROUP BY name ORDER BY name`,
      [[...this.definitions.keys()]],
    );
    return rows;
  }

  get running(): boolean {
    return this.boss !== undefined;
  }

  /** Lets running jobs finish, then closes the queue's connections (before the DataSource closes). */
  async onModuleDestroy() {
    const boss = this.boss;
    this.boss = undefined;
    await boss?.stop({ graceful: true, timeout: 30_000, close: true });
  }
}

/** pg-boss statements through the caller's TypeORM transaction. */
function inTransaction(em: EntityManager): Db {
  const runner = em.queryRunner;
  if (!runner?.isTransactionActive)
    throw new Error('JobQueue.send(…, em) needs an entity manager inside a transaction');
  return {
    async executeSql(text: string, values?: unknown[]) {
      const result = await runner.query(text, values, true);
      return { rows: (result.records ?? []) as unknown[] };
    },
  };
}
