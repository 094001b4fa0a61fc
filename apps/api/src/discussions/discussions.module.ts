import { Module } from '@nestjs/common';
import { DigestScheduler } from '../notifications/digest.scheduler';
import { NotificationResolver, ViewerNotificationPreferencesResolver } from '../notifications/notification.resolver';
import { UnsubscribeController } from '../notifications/unsubscribe.controller';
import { NotificationService } from '../notifications/notification.service';
import { PostResolver, ThreadResolver } from './discussion.resolver';
import { DiscussionService } from './discussion.service';

@Module({
  providers: [DiscussionService, NotificationService, ThreadResolver, PostResolver, NotificationResolver, ViewerNotificationPreferencesResolver, DigestScheduler],
  controllers: [UnsubscribeController],
  exports: [DiscussionService, NotificationService],
})
export class DiscussionsModule {}
