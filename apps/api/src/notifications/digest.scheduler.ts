import { Injectable, Logger } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue';
import { NotificationService } from './notification.service';

export const DAILY_DIGEST_JOB = 'notifications.daily-digest';

/**
 * The daily digest as a job on a cron schedule (DIGEST_CRON, UTC; jobs/job-settings.ts). The
 * schedule is checked by every replica but sends one job per occurrence (pg-boss claims each
 * schedule pass in the database), and with `missed: 'once'` an occurrence that fell while no
 * instance was running (the API was down past the digest hour) is sent at the first pass after
 * start. runDigest locks and marks what it sends, so a retry or a `cli digest` run alongside
 * sends nothing twice.
 */
@Injectable()
export class DigestScheduler {
  private readonly logger = new Logger('Digest');

  constructor(notifications: NotificationService, jobs: JobQueue) {
    const cron = jobs.settings.digestCron;
    jobs.define({
      name: DAILY_DIGEST_JOB,
      queue: {
        policy: 'singleton',
        retryLimit: 5,
        retryDelay: 60,
        retryBackoff: true,
        expireInSeconds: 1800,
      },
      cron: cron ? { expression: cron, missed: 'once' } : undefined,
      handle: async () => {
        const { emails, items } = await notifications.runDigest();
        this.logger.log(`Daily digest job: ${emails} email(s), ${items} item(s)`);
      },
    });
  }
}
