import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { type CsvValue, writeCsv } from './csv';
import { answerIfFresh } from './http-cache';
import { OpenDataExceptionFilter, OpenDataRateLimitGuard } from './open-data.http';
import {
  filtersQueryString,
  parseExportQuery,
  parsePatternExportQuery,
  patternFilterParams,
  patternFiltersQueryString,
  practiceFilterParams,
} from './open-data.query';
import { OpenDataService } from './open-data.service';
import { PATTERN_CSV_COLUMNS, PATTERN_SCHEMA_VERSION, toOpenPattern } from './pattern-record';
import { CSV_COLUMNS, LICENSE, SCHEMA_VERSION, toOpenPractice } from './practice-record';

type Format = 'csv' | 'json';

const CONTENT_TYPE: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** What one export is made of: its rows in batches, how a row looks in each format, its envelope. */
interface ExportSpec<Row, Record> {
  /** Cache key part: endpoint, schema version, filters. */
  variant: string;
  filename: string;
  batches: () => AsyncGenerator<Row[]>;
  toRecord: (row: Row) => Record;
  columns: readonly (readonly [string, (record: Record) => CsvValue])[];
  /** The JSON envelope without its list, and the name of the list. */
  head: () => object;
  listName: string;
}

/**
 * The practice library and the misuse patterns as open data: every PUBLIC, PUBLISHED practice
 * or pattern, the same for everyone (credentials are ignored), streamed in batches.
 * docs/open-data.md describes the fields.
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
    return this.practices(req, res, 'csv');
  }

  @Get('practices.json')
  json(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.practices(req, res, 'json');
  }

  @Get('misuse-patterns.csv')
  patternsCsv(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.patterns(req, res, 'csv');
  }

  @Get('misuse-patterns.json')
  patternsJson(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.patterns(req, res, 'json');
  }

  private practices(req: Request, res: Response, format: Format): Promise<void> {
    const filters = parseExportQuery(req.query);
    const { publicUrl } = this.config;
    return this.export(req, res, format, {
      variant: `v${SCHEMA_VERSION}|${filtersQueryString(filters)}`,
      filename: 'alliance-commons-practices.csv',
      batches: () => this.data.practiceBatches(filters),
      toRecord: (row) => toOpenPractice(row, publicUrl),
      columns: CSV_COLUMNS,
      listName: 'practices',
      head: () => ({
        schemaVersion: SCHEMA_VERSION,
        generatedAt: new Date().toISOString(),
        source: publicUrl,
        license: LICENSE,
        filters: practiceFilterParams(filters),
      }),
    });
  }

  private patterns(req: Request, res: Response, format: Format): Promise<void> {
    const filters = parsePatternExportQuery(req.query);
    const { publicUrl } = this.config;
    return this.export(req, res, format, {
      variant: `misuse-patterns|v${PATTERN_SCHEMA_VERSION}|${patternFiltersQueryString(filters)}`,
      filename: 'alliance-commons-misuse-patterns.csv',
      batches: () => this.data.patternBatches(filters),
      toRecord: (row) => toOpenPattern(row, publicUrl),
      columns: PATTERN_CSV_COLUMNS,
      listName: 'misusePatterns',
      head: () => ({
        schemaVersion: PATTERN_SCHEMA_VERSION,
        generatedAt: new Date().toISOString(),
        source: publicUrl,
        license: LICENSE,
        filters: patternFilterParams(filters),
      }),
    });
  }

  private async export<Row, Record>(
    req: Request,
    res: Response,
    format: Format,
    spec: ExportSpec<Row, Record>,
  ): Promise<void> {
    const version = await this.data.version();
    const variant = `export.${format}|${spec.variant}|${this.config.publicUrl}`;
    if (answerIfFresh(req, res, version, variant)) return;
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPE[format]);
    if (format === 'csv')
      res.setHeader('Content-Disposition', `attachment; filename="${spec.filename}"`);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const batches = spec.batches();
    // The first batch before the first byte: if the database fails now, the client still gets
    // a proper 500 rather than a cut connection.
    const first = await batches.next();
    try {
      if (format === 'csv') {
        // The next batch is only fetched when the client has read the previous ones.
        await writeCsv(csvRecords(rows(first, batches), spec), res);
      } else {
        await pipeline(
          Readable.from(jsonChunks(rows(first, batches), spec), {
            objectMode: false,
            highWaterMark: 64 * 1024,
          }),
          res,
        );
      }
    } catch (error) {
      // The client went away mid-download: nothing to answer, nothing to log.
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      throw error;
    }
  }
}

/** The header row, then one CSV record (a list of cell values) per row. */
async function* csvRecords<Row, Record>(
  all: AsyncGenerator<Row>,
  spec: ExportSpec<Row, Record>,
): AsyncGenerator<CsvValue[]> {
  yield spec.columns.map(([name]) => name);
  for await (const row of all) {
    const record = spec.toRecord(row);
    yield spec.columns.map(([, value]) => value(record));
  }
}

async function* jsonChunks<Row, Record>(
  all: AsyncGenerator<Row>,
  spec: ExportSpec<Row, Record>,
): AsyncGenerator<string> {
  const head = JSON.stringify({ ...spec.head(), [spec.listName]: [] });
  yield `${head.slice(0, -2)}\n`; // up to and including `"<list>":[`
  let separator = '';
  for await (const row of all) {
    yield `${separator}${JSON.stringify(spec.toRecord(row))}`;
    separator = ',\n';
  }
  yield '\n]}\n';
}

/** The rows of the first batch, then of each further batch as it is fetched. */
async function* rows<Row>(
  first: IteratorResult<Row[]>,
  rest: AsyncGenerator<Row[]>,
): AsyncGenerator<Row> {
  try {
    for (let batch = first; !batch.done; batch = await rest.next()) yield* batch.value;
  } finally {
    await rest.return(undefined);
  }
}
