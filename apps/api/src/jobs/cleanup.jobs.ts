import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from './job-queue';

export const CLEANUP_JOB = 'maintenance.cleanup';
/** Sessions ended (expired or signed out) this long ago are deleted; the audit log keeps sign-ins. */
export const ENDED_SESSION_RETENTION_DAYS = 30;
/** Email tokens expired or used this long ago are deleted (they can never be used again). */
export const EMAIL_TOKEN_RETENTION_DAYS = 1;

/**
 * Hourly clean-ups of rows that can no longer do anything, as a scheduled job (once per hour
 * across replicas). Webhook events and deliveries are pruned by their own job
 * (webhooks/webhook.worker.ts, RETENTION_DAYS); finished jobs by pg-boss's retention.
 */
@Injectable()
export class ScheduledCleanups {
  private readonly logger = new Logger('Cleanup');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    jobs: JobQueue,
  ) {
    jobs.define({
      name: CLEANUP_JOB,
      queue: { policy: 'singleton', retryLimit: 3, retryDelay: 60, expireInSeconds: 600 },
      cron: { expression: '41 * * * *', missed: 'once' },
      handle: () => this.run(),
    });
  }

  async run(): Promise<void> {
    const [, sessions] = await this.db.query(
      `DELETE FROM user_session WHERE coalesce(least(revoked_at, expires_at), expires_at) < now() - $1 * interval '1 day'`,
      [ENDED_SESSION_RETENTION_DAYS],
    );
    const [, tokens] = await this.db.query(
      `DELETE FROM email_token WHERE coalesce(least(used_at, expires_at), expires_at) < now() - $1 * interval '1 day'`,
      [EMAIL_TOKEN_RETENTION_DAYS],
    );
    if (sessions || tokens)
      this.logger.log(`Deleted ${sessions} ended session(s) and ${tokens} spent email token(s)`);
  }
}
