import { Module } from '@nestjs/common';
import { PlatformInfoResolver } from './platform-info.resolver';
import { PlatformInfoService } from './platform-info.service';
import { PlatformStatsResolver } from './platform-stats.resolver';
import { PlatformStatsService } from './platform-stats.service';

@Module({
  providers: [
    PlatformStatsResolver,
    PlatformStatsService,
    PlatformInfoResolver,
    PlatformInfoService,
  ],
})
export class PlatformModule {}
