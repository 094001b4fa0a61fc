import { Query, Resolver } from '@nestjs/graphql';
import { PlatformStats } from './platform-stats.model';
import { PlatformStatsService } from './platform-stats.service';

@Resolver(() => PlatformStats)
export class PlatformStatsResolver {
  constructor(private readonly stats: PlatformStatsService) {}

  @Query(() => PlatformStats, { description: 'Figures about the whole platform.' })
  platformStats(): Promise<PlatformStats> {
    return this.stats.stats();
  }
}
