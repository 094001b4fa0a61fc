import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LOADER_FACTORY, type LoaderFactory } from '../common/request-context';
import { AdminModule } from '../admin/admin.module';
import { DiscussionsModule } from '../discussions/discussions.module';
import { EventsModule } from '../events/events.module';
import { MisusePatternsModule } from '../misuse-patterns/misuse-patterns.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PracticesModule } from '../practices/practices.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { createLoaders } from './loaders';
import { NodeQueries } from './node.queries';
import { NodeResolver } from './node.resolver';

/**
 * The composition root above the features: the per-request loaders of every feature (the
 * GraphQL context factory is graphql-context.ts) and Relay's node(id) / nodes(ids) over every
 * entity that implements Node. It imports features; no feature imports it (LOADER_FACTORY is
 * how realtime/ rebuilds loaders per event without naming this module).
 */
@Global()
@Module({
  imports: [
    PracticesModule,
    DiscussionsModule,
    WebhooksModule,
    EventsModule,
    MisusePatternsModule,
    NotificationsModule,
    AdminModule,
  ],
  providers: [
    NodeResolver,
    NodeQueries,
    {
      provide: LOADER_FACTORY,
      inject: [getDataSourceToken()],
      useFactory:
        (db: DataSource): LoaderFactory =>
        (actor, scope) =>
          createLoaders(db, actor, scope),
    },
  ],
  exports: [LOADER_FACTORY],
})
export class ContextModule {}
