import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { guardWebSocketHandshakes } from './common/graphql/websocket';
import type { AppConfig } from './config/config';
import { runMigrations } from './database/migrate';
import {
  embeddedOptionsFor,
  startEmbeddedPostgres,
  type RunningEmbeddedPostgres,
} from './database/embedded-postgres';
import { seedDemoData } from './database/seed/demo-seed';
import { SearchOutboxWorker } from './search/search-outbox.worker';
import { JobQueue } from './jobs/job-queue';

export interface Platform {
  app: NestExpressApplication;
  /** Where the platform answers, e.g. http://localhost:3000 */
  url: string;
  databaseUrl: string;
  /** Where local state lives (DATA_DIR, or its fallback when root cannot use the default). */
  dataDir: string;
  /** Stops accepting, finishes in-flight requests, closes the pool, stops the embedded database. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Messages from before the Nest logger exists (embedded database start-up). */
  log?: (message: string) => void;
  /** Listen on this port instead of config.port (0 = any free port; tests use it). */
  listenPort?: number;
}

/** Paths the web app's client-side routes must never shadow (files are matched by extension). */
const SERVER_PATHS = /^\/(graphql|health|export|feeds|dev|unsubscribe|sitemap\.xml)(\/|$|\?)/;

/**
 * Starts the whole platform: database (embedded unless DATABASE_URL is set), migrations,
 * demo data on an empty database, the API, and the built web app on the same origin.
 */
export async function startPlatform(
  config: AppConfig,
  options: StartOptions = {},
): Promise<Platform> {
  let embedded: RunningEmbeddedPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ ...embeddedOptionsFor(config), log: options.log });
    databaseUrl = embedded.url;
    config = { ...config, dataDir: embedded.dataDir };
  }
  try {
    const app = await createApp(config, databaseUrl);
    const dataSource = app.get(DataSource);
    const logger = app.get(Logger);
    const applied = await runMigrations(dataSource);
    if (applied.length)
      logger.log(
        `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`,
        'Database',
      );
    if (config.seedDemo && (await seedDemoData(dataSource)))
      logger.log('Loaded demo data into the empty database', 'Database');
    // Search sync starts once the schema and any demo data are in place.
    await app.get(SearchOutboxWorker).start();
    // Jobs (mail, digest, webhooks, search outbox, clean-ups) start once the schema is in place.
    await app.get(JobQueue).startWorkers();

    // HOST: the loopback only outside production (config.ts), so a laptop's demo stays on it.
    await app.listen(options.listenPort ?? config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = options.listenPort === undefined ? config.publicUrl : `http://localhost:${port}`;
    let closing: Promise<void> | undefined;
    return {
      app,
      url,
      databaseUrl,
      dataDir: config.dataDir,
      close: () =>
        (closing ??= (async () => {
          try {
            await app.close();
          } finally {
            await embedded?.stop();
          }
        })()),
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** The Nest application, configured but not listening. Shared by the server, CLI and tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string | null,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    {
      bufferLogs: true,
      bodyParser: false,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(cookieParser());
  // Security headers. The web app is same-origin only: scripts, styles, images and API calls
  // come from here; React sets style attributes, hence 'unsafe-inline' for styles alone.
  // GraphiQL (/graphql in a browser) needs nothing more: its Monaco workers are files under
  // /assets (worker-src falls back to script-src 'self') and its fonts are data: URLs (helmet's
  // default font-src).
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': config.publicUrl.startsWith('https:') ? [] : null,
        },
      },
      strictTransportSecurity: config.publicUrl.startsWith('https:'),
    }),
  );
  app.useBodyParser('json', { limit: '1mb' });
  // Partners' browser apps on other origins, when configured; tokens rather than cookies
  // are expected there, so credentials are not allowed cross-origin.
  if (config.corsOrigins.length)
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST'],
      credentials: false,
      maxAge: 600,
    });
  if (config.serveWeb) serveWebApp(app, config.webDistDir);
  await app.init();
  // The Origin allow-list of WebSocket handshakes, in front of graphql-ws (installed by init()).
  guardWebSocketHandshakes(app.getHttpServer(), {
    publicUrl: config.publicUrl,
    corsOrigins: config.corsOrigins,
  });
  return app;
}

/**
 * The built web app on the same origin; client-side routes fall back to index.html. Browsers
 * opening /graphql get GraphiQL (graphiql.html, built from npm packages with the web app, so
 * it works offline and under the same-origin CSP).
 */
function serveWebApp(app: NestExpressApplication, distDir: string) {
  const indexHtml = join(distDir, 'index.html');
  if (!existsSync(indexHtml)) {
    app.get(Logger).warn(`No web app build at ${distDir}; serving the API only`, 'Web');
    return;
  }
  const graphiqlHtml = join(distDir, 'graphiql.html');
  const hasGraphiql = existsSync(graphiqlHtml);
  if (!hasGraphiql)
    app
      .get(Logger)
      .warn(`No GraphiQL in the web app build at ${distDir}; /graphql is the API only`, 'Web');
  app.useStaticAssets(distDir, {
    index: false,
    setHeaders: (res, path) => {
      // Vite fingerprints everything under assets/, so it can be cached for good.
      res.setHeader(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    // GET /graphql from a browser (HTML preferred to JSON, no `query` parameter) is GraphiQL;
    // POSTs, GETs with a query and WebSocket upgrades stay with the API.
    if (
      hasGraphiql &&
      (req.method === 'GET' || req.method === 'HEAD') &&
      /^\/graphql\/?$/.test(req.path) &&
      req.query.query === undefined &&
      req.accepts(['json', 'html']) === 'html'
    ) {
      res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(graphiqlHtml);
    }
    // /dev/mailbox is both a page of the web app and its JSON: browsers asking for HTML get the app.
    const devPage = req.path.startsWith('/dev/') && req.accepts(['json', 'html']) === 'html';
    const isPageRoute =
      devPage || (!SERVER_PATHS.test(req.path) && !/\.[A-Za-z0-9]+$/.test(req.path));
    if ((req.method === 'GET' || req.method === 'HEAD') && isPageRoute && req.accepts('html')) {
      res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(indexHtml);
    }
    next();
  });
}
