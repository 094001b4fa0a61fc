import { Global, Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module';
import { PracticesModule } from '../practices/practices.module';
import { DigestScheduler } from './digest.scheduler';
import {
  NotificationResolver,
  ViewerNotificationPreferencesResolver,
} from './notification.resolver';
import { NotificationService } from './notification.service';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * Notifications, whole: the entity, the service other features raise them through (global:
 * discussions, practices, organizations and moderation all do), the viewer's list, badge and
 * live feed, email preferences, the daily digest and the unsubscribe link.
 */
@Global()
@Module({
  imports: [DiscussionsModule, PracticesModule],
  providers: [
    NotificationService,
    NotificationResolver,
    ViewerNotificationPreferencesResolver,
    DigestScheduler,
  ],
  controllers: [UnsubscribeController],
  exports: [NotificationService],
})
export class NotificationsModule {}
