import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { ScheduledCleanups } from './cleanup.jobs';
import { JobQueue } from './job-queue';
import { loadJobSettings } from './job-settings';
import { JOB_SETTINGS } from './job-settings.provider';

/** The job queue (pg-boss): every feature defines its background work here instead of a timer. */
@Global()
@Module({
  providers: [
    {
      provide: JOB_SETTINGS,
      useFactory: (config: AppConfig) => loadJobSettings(config),
      inject: [APP_CONFIG],
    },
    JobQueue,
    ScheduledCleanups,
  ],
  exports: [JobQueue, JOB_SETTINGS],
})
export class JobsModule {}
