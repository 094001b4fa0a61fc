import { Module } from '@nestjs/common';
import {
  MisusePatternSearchHitResolver,
  OrganizationSearchHitResolver,
  PostSearchHitResolver,
  PracticeSearchHitResolver,
  SearchResolver,
  ThreadSearchHitResolver,
} from './search.resolver';
import { SearchQueries } from './search.queries';
import { SearchService } from './search.service';
import { SearchOutboxWorker } from './search-outbox.worker';

/** Search: the SearchEngine port, its PostgreSQL and Meilisearch adapters, and the outbox. */
@Module({
  providers: [
    SearchService,
    SearchQueries,
    SearchOutboxWorker,
    SearchResolver,
    PracticeSearchHitResolver,
    ThreadSearchHitResolver,
    PostSearchHitResolver,
    OrganizationSearchHitResolver,
    MisusePatternSearchHitResolver,
  ],
  exports: [SearchService, SearchOutboxWorker],
})
export class SearchModule {}
