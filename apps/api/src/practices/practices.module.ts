import { Module } from '@nestjs/common';
import {
  EndorsementResolver,
  PracticeResolver,
  PracticeRevisionResolver,
} from './practice.resolver';
import { PracticeService } from './practice.service';
import { PracticeStatsService } from './practice-stats.service';

@Module({
  providers: [
    PracticeService,
    PracticeStatsService,
    PracticeResolver,
    EndorsementResolver,
    PracticeRevisionResolver,
  ],
  exports: [PracticeService],
})
export class PracticesModule {}
