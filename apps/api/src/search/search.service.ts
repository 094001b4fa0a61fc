import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { MeilisearchEngine } from './meilisearch.engine';
import { PostgresSearchEngine } from './postgres-search.engine';
import type { SearchEngine, SearchRequest, SearchResponse } from './search-engine';

/**
 * Chooses the engine: Meilisearch when MEILI_HOST is set, PostgreSQL otherwise. When
 * Meilisearch fails to answer, the same search runs on PostgreSQL (logged) so users still
 * get results; the outbox catches Meilisearch up when it returns.
 */
@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);
  readonly postgres: PostgresSearchEngine;
  readonly meilisearch: MeilisearchEngine | null;
  private lastFallbackWarning = 0;

  constructor(@InjectDataSource() db: DataSource, @InjectConfig() config: AppConfig) {
    this.postgres = new PostgresSearchEngine(db);
    this.meilisearch = config.meili ? new MeilisearchEngine(db, config.meili) : null;
  }

  /** The engine search uses when all is well. */
  get primary(): SearchEngine {
    return this.meilisearch ?? this.postgres;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    if (!this.meilisearch) return this.postgres.search(request);
    try {
      return await this.meilisearch.search(request);
    } catch (error) {
      const now = Date.now();
      if (now - this.lastFallbackWarning > 60_000) {
        this.lastFallbackWarning = now;
        this.logger.warn(
          `Meilisearch did not answer (${(error as Error).message}); searching with PostgreSQL meanwhile.`,
        );
      }
      return this.postgres.search(request);
    }
  }
}
