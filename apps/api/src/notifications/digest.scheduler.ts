import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationService } from './notification.service';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Runs the daily digest in the API: at start-up (catching up) and every 24 hours. Replicas may
 * all do so: the digest locks and marks what it sends, so each item goes out once. Operators
 * can also run `cli digest` from cron.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Digest');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly notifications: NotificationService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onApplicationBootstrap() {
    if (!this.db.isInitialized || process.env.NODE_ENV === 'test') return;
    this.timer = setInterval(() => void this.run(), DAY_MS);
    this.timer.unref();
  }

  private async run() {
    try {
      await this.notifications.runDigest();
    } catch (error) {
      this.logger.error(error);
    }
  }

  onModuleDestroy() {
    clearInterval(this.timer);
  }
}
