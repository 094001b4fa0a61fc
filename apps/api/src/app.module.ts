import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { GraphQLFormattedError } from 'graphql';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { AdminModule } from './admin/admin.module';
import { AuditModule } from './audit/audit.module';
import { AccessGuard } from './common/auth/access.guard';
import { formatGraphQLError } from './common/errors';
import { GraphQLErrorPassThroughFilter } from './common/graphql-exception.filter';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { RateLimitService } from './common/rate-limit/rate-limit.service';
import { QUERY_LIMITS, queryLimitsPlugin } from './common/graphql/query-limits';
import { DocumentLimitsRule } from './common/graphql/document-limits';
import { graphqlWsOptions } from './common/graphql/websocket';
import { sanitiseSchemaInputs } from './common/input';
import { ContextModule } from './context/context.module';
import { graphqlContext } from './context/graphql-context';
import { AuthenticationService } from './identity/authentication.service';
import { IdentityModule } from './identity/identity.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PracticesModule } from './practices/practices.module';
import { MisusePatternsModule } from './misuse-patterns/misuse-patterns.module';
import { DiscussionsModule } from './discussions/discussions.module';
import { RealtimeModule } from './realtime/realtime.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ModerationModule } from './moderation/moderation.module';
import { dataSourceOptions } from './database/data-source';
import { HealthModule } from './health/health.module';
import { PlatformModule } from './platform/platform.module';
import { SearchModule } from './search/search.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { OpenDataModule } from './open-data/open-data.module';
import { EventsModule } from './events/events.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const graphqlLogger = new Logger('GraphQL');
const formatErrorOnce = (formatted: GraphQLFormattedError, error: unknown) =>
  formatGraphQLError(formatted, error, (e) => graphqlLogger.error(e));

@Module({})
export class AppModule {
  /**
   * @param databaseUrl null builds the module without connecting to a database, which is
   * enough to print the GraphQL schema.
   */
  static forRoot(config: AppConfig, databaseUrl: string | null): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // A request id per request: the caller's X-Request-Id when sane, else a new one;
            // echoed back so a user's report can be matched to our logs.
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const incoming = req.headers['x-request-id'];
              const id =
                typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: [
              'req.headers.authorization',
              'req.headers.cookie',
              'res.headers["set-cookie"]',
            ],
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            quietReqLogger: true,
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl ?? 'postgres://unused@127.0.0.1/unused'),
          manualInitialization: databaseUrl === null,
          retryAttempts: 3,
          retryDelay: 2000,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule, RateLimitModule],
          inject: [AuthenticationService, getDataSourceToken(), RateLimitService],
          useFactory: (
            auth: AuthenticationService,
            db: DataSource,
            rateLimits: RateLimitService,
          ): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            introspection: true,
            playground: false,
            includeStacktraceInErrorResponses: false,
            hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
            // One operation per HTTP request; CSRF prevention for cookie sessions (Apollo's
            // preflight rule); depth, alias, page-size and cost limits before execution.
            allowBatchedHttpRequests: false,
            csrfPrevention: true,
            plugins: [queryLimitsPlugin(() => rateLimits, config.graphqlTimeoutMs)],
            // Document limits (size, depth, aliases, expanded fields, introspection) before the
            // graphql-js rules that are super-linear on hostile documents; tokens capped in parse.
            validationRules: [DocumentLimitsRule],
            parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
            // HTTP statuses are set by queryLimitsPlugin (429 + Retry-After when an error asks to wait).
            preserveHttpStatusForExecutionErrors: false,
            // Every string argument (HTTP and WebSocket) is checked and normalised before any resolver.
            transformSchema: sanitiseSchemaInputs,
            // The caller is resolved once per request; loaders are per request too.
            // Subscriptions only over WebSocket, with the same limits as HTTP (common/graphql/websocket.ts);
            // the Origin allow-list is checked at the handshake (bootstrap.ts).
            subscriptions: {
              'graphql-ws': {
                path: '/graphql',
                ...graphqlWsOptions({ rateLimits: () => rateLimits, formatError: formatErrorOnce }),
              },
            },
            // Built by the composition root (context/graphql-context.ts): HTTP requests bring
            // { req, res }; graphql-ws subscriptions bring its context.
            context: graphqlContext(auth, db),
            formatError: formatErrorOnce,
          }),
        }),
        RateLimitModule,
        RealtimeModule,
        NotificationsModule,
        AuditModule,
        JobsModule,
        MailModule,
        IdentityModule,
        OrganizationsModule,
        PracticesModule,
        MisusePatternsModule,
        DiscussionsModule,
        ModerationModule,
        AdminModule,
        HealthModule,
        PlatformModule,
        SearchModule,
        WebhooksModule,
        ContextModule,
        OpenDataModule,
        EventsModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphQLErrorPassThroughFilter },
      ],
    };
  }
}
