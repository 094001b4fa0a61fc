import { Module } from '@nestjs/common';
import { PlatformStatsResolver } from './platform-stats.resolver';
import { PlatformStatsService } from './platform-stats.service';

@Module({ providers: [PlatformStatsResolver, PlatformStatsService] })
export class PlatformModule {}
