import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module';
import { PracticesModule } from '../practices/practices.module';
import { ModerationItemResolver, ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

@Module({
  imports: [DiscussionsModule, PracticesModule],
  providers: [ModerationService, ModerationResolver, ModerationItemResolver],
})
export class ModerationModule {}
