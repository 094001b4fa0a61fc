import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '../common/auth/access.decorator';
import { PlatformInfo } from './platform-info.model';
import { PlatformInfoService } from './platform-info.service';

@Resolver(() => PlatformInfo)
export class PlatformInfoResolver {
  constructor(private readonly service: PlatformInfoService) {}

  @Query(() => PlatformInfo, { description: 'How this platform instance runs (demo mode).' })
  @Access.public()
  platformInfo(): Promise<PlatformInfo> {
    return this.service.info();
  }
}
