import { countryName, FOCUS_AREAS } from '@alliance/domain';
import { Controller, Get, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { renderAtomFeed } from './atom';
import { answerIfFresh } from './http-cache';
import { OpenDataExceptionFilter, OpenDataRateLimitGuard } from './open-data.http';
import { filtersQueryString, parseFeedQuery, type PracticeFilters } from './open-data.query';
import { OpenDataService } from './open-data.service';
import { toOpenPractice } from './practice-record';

const FOCUS_AREA_LABELS = new Map<string, string>(FOCUS_AREAS.map((f) => [f.code, f.label]));

/** The 50 most recently published public practices as an Atom feed, filterable. */
@Controller('feeds')
@UseGuards(OpenDataRateLimitGuard)
@UseFilters(OpenDataExceptionFilter)
export class FeedController {
  constructor(
    private readonly data: OpenDataService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get('practices.atom')
  async practices(@Req() req: Request, @Res() res: Response): Promise<void> {
    const filters = parseFeedQuery(req.query);
    const { publicUrl } = this.config;
    const selfUrl = `${publicUrl}/feeds/practices.atom${filtersQueryString(filters)}`;
    const version = await this.data.version();
    if (answerIfFresh(req, res, version, `feed.atom|${selfUrl}`)) return;
    const practices = (await this.data.latest(filters)).map((row) => toOpenPractice(row, publicUrl));
    const xml = renderAtomFeed(practices, {
      publicUrl,
      selfUrl,
      filterLabel: describeFilters(filters),
      fallbackUpdated: version.lastModified ?? new Date(),
    });
    res.status(200).setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    res.send(xml);
  }
}

function describeFilters(filters: PracticeFilters): string {
  return [
    (filters.focusAreas ?? []).map((code) => FOCUS_AREA_LABELS.get(code) ?? code).join(', '),
    (filters.countries ?? []).map((code) => countryName(code)).join(', '),
  ]
    .filter(Boolean)
    .join('; ');
}
