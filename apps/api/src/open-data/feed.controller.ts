import { countryName } from '@alliance/domain';
import { Controller, Get, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { FOCUS_AREA_LABELS, PATTERN_LABELS, renderAtomFeed, renderPatternAtomFeed } from './atom';
import { answerIfFresh } from './http-cache';
import { OpenDataExceptionFilter, OpenDataRateLimitGuard } from './open-data.http';
import {
  filtersQueryString,
  parseFeedQuery,
  parsePatternFeedQuery,
  type PatternFilters,
  patternFiltersQueryString,
  type PracticeFilters,
} from './open-data.query';
import { OpenDataService } from './open-data.service';
import { toOpenPattern } from './pattern-record';
import { toOpenPractice } from './practice-record';

/** The 50 most recently published public practices (or misuse patterns) as an Atom feed, filterable. */
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
    await this.send(req, res, selfUrl, async (fallbackUpdated) => {
      const practices = (await this.data.latest(filters)).map((row) =>
        toOpenPractice(row, publicUrl),
      );
      return renderAtomFeed(practices, {
        publicUrl,
        selfUrl,
        filterLabel: describeFilters(filters),
        fallbackUpdated,
      });
    });
  }

  @Get('misuse-patterns.atom')
  async patterns(@Req() req: Request, @Res() res: Response): Promise<void> {
    const filters = parsePatternFeedQuery(req.query);
    const { publicUrl } = this.config;
    const selfUrl = `${publicUrl}/feeds/misuse-patterns.atom${patternFiltersQueryString(filters)}`;
    await this.send(req, res, selfUrl, async (fallbackUpdated) => {
      const patterns = (await this.data.latestPatterns(filters)).map((row) =>
        toOpenPattern(row, publicUrl),
      );
      return renderPatternAtomFeed(patterns, {
        publicUrl,
        selfUrl,
        filterLabel: describePatternFilters(filters),
        fallbackUpdated,
      });
    });
  }

  /**
   * Answers 304 when the client's copy of the feed at `selfUrl` is still fresh, else the feed
   * `render` writes (given the time of the latest change, for an empty feed's <updated>).
   */
  private async send(
    req: Request,
    res: Response,
    selfUrl: string,
    render: (fallbackUpdated: Date) => Promise<string>,
  ): Promise<void> {
    const version = await this.data.version();
    if (answerIfFresh(req, res, version, `feed.atom|${selfUrl}`)) return;
    const xml = await render(version.lastModified ?? new Date());
    res.status(200).setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    res.send(xml);
  }
}

function describePatternFilters(filters: PatternFilters): string {
  return [filters.stages ?? [], filters.technologies ?? []]
    .map((codes) => codes.map((code) => PATTERN_LABELS.get(code) ?? code).join(', '))
    .filter(Boolean)
    .join('; ');
}

function describeFilters(filters: PracticeFilters): string {
  return [
    (filters.focusAreas ?? []).map((code) => FOCUS_AREA_LABELS.get(code) ?? code).join(', '),
    (filters.countries ?? []).map((code) => countryName(code)).join(', '),
  ]
    .filter(Boolean)
    .join('; ');
}
