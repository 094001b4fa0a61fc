import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '../common/auth/access.decorator';
import { PlatformStats } from './platform-stats.model';
import { PlatformStatsService } from './platform-stats.service';

@Resolver(() => PlatformStats)
export class PlatformStatsResolver {
  constructor(private readonly stats: PlatformStatsService) {}

  @Query(() => PlatformStats, { description: 'Figures about the whole platform.' })
  @Access.public()
  platformStats(): Promise<PlatformStats> {
    return this.stats.stats();
  }
}
