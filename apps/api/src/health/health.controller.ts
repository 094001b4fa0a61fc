import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { migrationsUpToDate } from '../database/migrate';
import { JobQueue } from '../jobs/job-queue';
import { SearchService } from '../search/search.service';
import { SearchOutboxWorker } from '../search/search-outbox.worker';

type ComponentState = { status: 'up' | 'down'; detail?: string };
type JobsState = {
  status: 'up' | 'degraded' | 'down';
  queued: number;
  active: number;
  failed: number;
  detail?: string;
  queues?: Record<string, { queued: number; active: number; failed: number }>;
};
type SearchState = {
  status: 'up' | 'degraded';
  engine: string;
  detail?: string;
  outbox?: { pending: number; failing: number; oldestSeconds: number };
};

/**
 * Liveness says the process answers; readiness says it can serve: the database answers and
 * every migration is applied. Load balancers route by readiness. Search reports the engine in
 * use and the outbox lag; Meilisearch being down degrades search (PostgreSQL answers) but
 * does not make the instance unready. Jobs report their queue depth and the jobs that failed
 * for good (kept for inspection): failures or a stopped queue degrade, they do not unready, since
 * every job is kept in the database until an instance works it.
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly search: SearchService,
    private readonly outbox: SearchOutboxWorker,
    private readonly jobs: JobQueue,
  ) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'up', uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const database = await this.check(async () => {
      await this.db.query('SELECT 1');
    });
    const migrations =
      database.status === 'up'
        ? await this.check(async () => {
            if (!(await migrationsUpToDate(this.db))) throw new Error('pending migrations');
          })
        : { status: 'down' as const, detail: 'database unreachable' };
    const status = database.status === 'up' && migrations.status === 'up' ? 'up' : 'down';
    res.status(status === 'up' ? 200 : 503);
    return {
      status,
      components: {
        database,
        migrations,
        search: await this.searchState(migrations.status === 'up'),
        jobs: await this.jobsState(database.status === 'up'),
      },
    };
  }

  private async jobsState(databaseUp: boolean): Promise<JobsState> {
    const empty = { queued: 0, active: 0, failed: 0 };
    if (!this.jobs.running) return { status: 'down', ...empty, detail: 'job queue not running' };
    if (!databaseUp) return { status: 'down', ...empty, detail: 'database unreachable' };
    try {
      const queues = await this.jobs.health();
      const total = (key: 'queued' | 'active' | 'failed') => queues.reduce((n, q) => n + q[key], 0);
      const failed = total('failed');
      return {
        status: failed > 0 ? 'degraded' : 'up',
        queued: total('queued'),
        active: total('active'),
        failed,
        ...(failed > 0 ? { detail: `${failed} job(s) failed after their last retry` } : {}),
        queues: Object.fromEntries(queues.map(({ name, ...counts }) => [name, counts])),
      };
    } catch (error) {
      return { status: 'down', ...empty, detail: (error as Error).message };
    }
  }

  private async searchState(databaseReady: boolean): Promise<SearchState> {
    const meili = this.search.meilisearch;
    if (!meili) return { status: 'up', engine: 'postgres' };
    const reachable = await this.check(async () => {
      await meili.client.health();
    });
    const outbox = databaseReady ? await this.outbox.lag() : undefined;
    return reachable.status === 'up'
      ? { status: 'up', engine: 'meilisearch', outbox }
      : {
          status: 'degraded',
          engine: 'meilisearch',
          detail: `Meilisearch unreachable (${reachable.detail}); searching with PostgreSQL`,
          outbox,
        };
  }

  private async check(probe: () => Promise<void>): Promise<ComponentState> {
    try {
      await Promise.race([
        probe(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timed out after 3s')), 3000).unref(),
        ),
      ]);
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', detail: (error as Error).message };
    }
  }
}
