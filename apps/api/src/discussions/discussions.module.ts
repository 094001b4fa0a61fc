import { Module } from '@nestjs/common';
import { PracticesModule } from '../practices/practices.module';
import { DigestScheduler } from '../notifications/digest.scheduler';
import { NotificationResolver, ViewerNotificationPreferencesResolver } from '../notifications/notification.resolver';
import { UnsubscribeController } from '../notifications/unsubscribe.controller';
import { PostResolver, ThreadResolver } from './discussion.resolver';
import { DiscussionService } from './discussion.service';
import { PatternDiscussionResolver } from './pattern-discussion.resolver';

@Module({
  imports: [PracticesModule],
  providers: [DiscussionService, ThreadResolver, PostResolver, PatternDiscussionResolver, NotificationResolver, ViewerNotificationPreferencesResolver, DigestScheduler],
  controllers: [UnsubscribeController],
  exports: [DiscussionService],
})
export class DiscussionsModule {}
