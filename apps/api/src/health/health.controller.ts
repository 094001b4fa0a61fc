import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { migrationsUpToDate } from '../database/migrate';

type ComponentState = { status: 'up' | 'down'; detail?: string };

/**
 * Liveness says the process answers; readiness says it can serve: the database answers and
 * every migration is applied. Load balancers route by readiness.
 */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
    return { status, components: { database, migrations } };
  }

  private async check(probe: () => Promise<void>): Promise<ComponentState> {
    try {
      await Promise.race([
        probe(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 3s')), 3000).unref()),
      ]);
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', detail: (error as Error).message };
    }
  }
}
