import { Module } from '@nestjs/common';
import { ExportController } from './export.controller';
import { FeedController } from './feed.controller';
import { OpenDataRateLimitGuard } from './open-data.http';
import { OpenDataService } from './open-data.service';
import { SitemapController } from './sitemap.controller';

/**
 * Open data (issue 7): CSV and JSON exports of the public practice library, an Atom feed and
 * the sitemap, over plain HTTP for partners, feed readers and search engines. Public by design:
 * these are HTTP controllers, not GraphQL operations, so AccessGuard lets them through; what
 * they may show is fixed in OpenDataService (PUBLIC and PUBLISHED only). See docs/open-data.md.
 */
@Module({
  controllers: [ExportController, FeedController, SitemapController],
  providers: [OpenDataService, OpenDataRateLimitGuard],
})
export class OpenDataModule {}
