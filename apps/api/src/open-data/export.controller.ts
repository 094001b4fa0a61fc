import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { CSV_BOM, csvRecord } from './csv';
import { answerIfFresh } from './http-cache';
import { OpenDataExceptionFilter, OpenDataRateLimitGuard } from './open-data.http';
import { filtersQueryString, parseExportQuery, type PracticeFilters } from './open-data.query';
import { OpenDataService } from './open-data.service';
import { CSV_COLUMNS, LICENSE, type PracticeRow, SCHEMA_VERSION, toOpenPractice } from './practice-record';

type Format = 'csv' | 'json';
type Batches = AsyncGenerator<PracticeRow[]>;

const CONTENT_TYPE: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * The practice library as open data: every PUBLIC, PUBLISHED practice, the same for everyone
 * (credentials are ignored), streamed in batches. docs/open-data.md describes the fields.
 */
@Controller('export')
@UseGuards(OpenDataRateLimitGuard)
@UseFilters(OpenDataExceptionFilter)
export class ExportController {
  constructor(
    private readonly data: OpenDataService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get('practices.csv')
  csv(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.export(req, res, 'csv');
  }

  @Get('practices.json')
  json(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.export(req, res, 'json');
  }

  private async export(req: Request, res: Response, format: Format): Promise<void> {
    const filters = parseExportQuery(req.query);
    const version = await this.data.version();
    const variant = `export.${format}|v${SCHEMA_VERSION}|${this.config.publicUrl}|${filtersQueryString(filters)}`;
    if (answerIfFresh(req, res, version, variant)) return;
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPE[format]);
    if (format === 'csv') res.setHeader('Content-Disposition', 'attachment; filename="alliance-commons-practices.csv"');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const batches = this.data.practiceBatches(filters);
    // The first batch before the first byte: if the database fails now, the client still gets
    // a proper 500 rather than a cut connection.
    const first = await batches.next();
    const chunks = format === 'csv' ? this.csvChunks(first, batches) : this.jsonChunks(first, batches, filters);
    try {
      await pipeline(Readable.from(chunks, { objectMode: false, highWaterMark: 64 * 1024 }), res);
    } catch (error) {
      // The client went away mid-download: nothing to answer, nothing to log.
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      throw error;
    }
  }

  private async *csvChunks(first: IteratorResult<PracticeRow[]>, rest: Batches): AsyncGenerator<string> {
    yield CSV_BOM + csvRecord(CSV_COLUMNS.map(([name]) => name));
    for await (const row of rows(first, rest)) {
      const practice = toOpenPractice(row, this.config.publicUrl);
      yield csvRecord(CSV_COLUMNS.map(([, value]) => value(practice)));
    }
  }

  private async *jsonChunks(first: IteratorResult<PracticeRow[]>, rest: Batches, filters: PracticeFilters): AsyncGenerator<string> {
    const head = JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      generatedAt: new Date().toISOString(),
      source: this.config.publicUrl,
      license: LICENSE,
      filters: {
        ...(filters.focusAreas ? { focusArea: filters.focusAreas } : {}),
        ...(filters.countries ? { country: filters.countries } : {}),
        ...(filters.updatedSince ? { updatedSince: filters.updatedSince.toISOString() } : {}),
      },
      practices: [],
    });
    yield `${head.slice(0, -2)}\n`; // up to and including `"practices":[`
    let separator = '';
    for await (const row of rows(first, rest)) {
      yield `${separator}${JSON.stringify(toOpenPractice(row, this.config.publicUrl))}`;
      separator = ',\n';
    }
    yield '\n]}\n';
  }
}

/** The rows of the first batch, then of each further batch as it is fetched. */
async function* rows(first: IteratorResult<PracticeRow[]>, rest: Batches): AsyncGenerator<PracticeRow> {
  try {
    for (let batch = first; !batch.done; batch = await rest.next()) yield* batch.value;
  } finally {
    await rest.return(undefined);
  }
}
