import { Module } from '@nestjs/common';
import { NotificationResolver } from '../notifications/notification.resolver';
import { NotificationService } from '../notifications/notification.service';
import { PostResolver, ThreadResolver } from './discussion.resolver';
import { DiscussionService } from './discussion.service';

@Module({
  providers: [DiscussionService, NotificationService, ThreadResolver, PostResolver, NotificationResolver],
  exports: [DiscussionService, NotificationService],
})
export class DiscussionsModule {}
