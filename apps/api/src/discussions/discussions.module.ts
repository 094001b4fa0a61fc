import { Module } from '@nestjs/common';
import { PracticesModule } from '../practices/practices.module';
import { PostResolver, ThreadResolver } from './discussion.resolver';
import { DiscussionService } from './discussion.service';
import { PatternDiscussionResolver } from './pattern-discussion.resolver';

@Module({
  imports: [PracticesModule],
  providers: [DiscussionService, ThreadResolver, PostResolver, PatternDiscussionResolver],
  exports: [DiscussionService],
})
export class DiscussionsModule {}
