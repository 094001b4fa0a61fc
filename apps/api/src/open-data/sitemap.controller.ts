import { Controller, Get, Logger, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { answerIfFresh } from './http-cache';
import { OpenDataExceptionFilter, OpenDataRateLimitGuard } from './open-data.http';
import { OpenDataService, SITEMAP_MAX_URLS } from './open-data.service';
import { renderSitemap, STATIC_PAGES } from './sitemap';

/** The public pages of the web app for search engines (sitemaps.org protocol 0.9). */
@Controller()
@UseGuards(OpenDataRateLimitGuard)
@UseFilters(OpenDataExceptionFilter)
export class SitemapController {
  private readonly logger = new Logger('OpenData');

  constructor(
    private readonly data: OpenDataService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get('sitemap.xml')
  async sitemap(@Req() req: Request, @Res() res: Response): Promise<void> {
    const version = await this.data.version();
    if (answerIfFresh(req, res, version, `sitemap|${this.config.publicUrl}`)) return;
    const data = await this.data.sitemap(SITEMAP_MAX_URLS - STATIC_PAGES.length);
    if (data.truncated)
      this.logger.warn(
        `The sitemap reached ${SITEMAP_MAX_URLS} URLs; split it into a sitemap index`,
      );
    const xml = await renderSitemap(data, this.config.publicUrl);
    res.status(200).setHeader('Content-Type', 'application/xml; charset=utf-8');
    res.send(xml);
  }
}
