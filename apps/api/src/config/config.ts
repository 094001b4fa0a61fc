import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Typed configuration, read once from the environment and validated at boot.
 * A bad value stops the process with one line naming the variable (see ConfigError).
 */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const bool = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), {
      message: `${name} must be true or false`,
    })
    .transform((v) => ['true', '1', 'yes'].includes(v));

const port = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number between 1 and 65535`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, `${name} must be a whole number between 1 and 65535`);

const url = (name: string, protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (v) => {
        try {
          const parsed = new URL(v);
          return protocols.includes(parsed.protocol) && parsed.hostname !== '';
        } catch {
          return false;
        }
      },
      {
        message: `${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
      },
    );

const MAIL_MODES = ['smtp', 'log', 'mailbox'] as const;

const envSchema = z.object({
  PORT: port('PORT').default(3000),
  // Defaulted after parsing: 127.0.0.1 outside production, 0.0.0.0 in production.
  HOST: z
    .string()
    .trim()
    .regex(
      /^(\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:.]+|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$/,
      'HOST must be an address or host name to listen on, like 127.0.0.1 or 0.0.0.0',
    )
    .optional(),
  DATABASE_URL: url('DATABASE_URL', ['postgres:', 'postgresql:']).optional(),
  DATABASE_PORT: port('DATABASE_PORT').optional(),
  DATA_DIR: z.string().trim().min(1, 'DATA_DIR must not be empty').default('.data'),
  MEILI_HOST: url('MEILI_HOST', ['http:', 'https:']).optional(),
  MEILI_API_KEY: z.string().optional(),
  MEILI_INDEX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, 'MEILI_INDEX must be letters, digits, - and _')
    .default('alliance'),
  GRAPHQL_TIMEOUT_MS: z.coerce
    .number({ message: 'GRAPHQL_TIMEOUT_MS must be a number of milliseconds' })
    .int()
    .min(1)
    .max(120_000)
    .default(10_000),
  SEARCH_OUTBOX_POLL_MS: z.coerce
    .number({ message: 'SEARCH_OUTBOX_POLL_MS must be a number of milliseconds' })
    .int()
    .min(10)
    .max(600_000)
    .default(1000),
  SEARCH_OUTBOX_RETRY_MS: z.coerce
    .number({ message: 'SEARCH_OUTBOX_RETRY_MS must be a number of milliseconds' })
    .int()
    .min(10)
    .max(600_000)
    .default(1000),
  SMTP_URL: url('SMTP_URL', ['smtp:', 'smtps:']).optional(),
  MAIL_MODE: z
    .enum(MAIL_MODES, { message: `MAIL_MODE must be one of ${MAIL_MODES.join(', ')}` })
    .optional(),
  PUBLIC_URL: url('PUBLIC_URL', ['http:', 'https:']).optional(),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      message: 'NODE_ENV must be one of development, production, test',
    })
    .default('development'),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  // Defaulted after parsing: true outside production, false in production.
  SEED_DEMO: bool('SEED_DEMO').optional(),
  SERVE_WEB: bool('SERVE_WEB').default(true),
  WEB_DIST_DIR: z.string().trim().min(1).optional(),
  CORS_ORIGINS: z
    .string()
    .trim()
    .refine(
      (v) => v.split(',').every((o) => /^https?:\/\/[^/\s]+$/.test(o.trim())),
      'CORS_ORIGINS must be a comma-separated list of origins like https://partner.example.org',
    )
    .optional(),
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(
      /^(true|false|\d+|[\w.:/, -]+)$/,
      'TRUST_PROXY must be true, false, a hop count, or addresses/subnets',
    )
    .optional(),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Where outgoing mail goes: `smtp` sends it (SMTP_URL), `log` only logs that a mail was not sent
 * (an explicit production opt-out), `mailbox` keeps it in the dev mailbox under DATA_DIR, shown
 * at /dev/mailbox (never in production).
 */
export type MailMode = (typeof MAIL_MODES)[number];

export interface AppConfig {
  port: number;
  /** Interface to listen on: 127.0.0.1 unless HOST says otherwise; 0.0.0.0 in production. */
  host: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded one is started. */
  databaseUrl?: string;
  /** Fixed port for the embedded PostgreSQL; a free one is chosen when unset. */
  databasePort?: number;
  /** Absolute path of the folder for local state (embedded database, dev mailbox). */
  dataDir: string;
  /** DATA_DIR was set, rather than defaulted. */
  dataDirExplicit: boolean;
  /** Meilisearch (search engine) when MEILI_HOST is set; PostgreSQL full-text search otherwise. */
  meili?: { host: string; apiKey?: string; index: string };
  /** GraphQL resolution stops with TIMEOUT after this long. */
  graphqlTimeoutMs: number;
  /** How often the search outbox is drained, and the first retry delay (doubling to 5 min). */
  searchOutbox: { pollMs: number; retryMs: number };
  smtpUrl?: string;
  mailMode: MailMode;
  publicUrl: string;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: LogLevel;
  /** Load demo data into an empty database: SEED_DEMO, default true outside production only. */
  seedDemo: boolean;
  serveWeb: boolean;
  webDistDir: string;
  /**
   * Express "trust proxy": which proxies may set X-Forwarded-For, so per-IP rate limits see
   * the client's address behind nginx. false (default) trusts none.
   */
  trustProxy: boolean | number | string;
  /** Browser origins other than our own that may call the API (CORS); none by default. */
  corsOrigins: string[];
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Reads configuration from an environment. Empty strings count as unset, so `PORT=` in a
 * .env file falls back to the default. Relative paths are taken from `baseDir` (the folder
 * the command was started from; pnpm passes it as INIT_CWD).
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  baseDir: string = env.INIT_CWD ?? process.cwd(),
): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value;
  }
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    const got = raw[variable];
    // Never echo secrets back: DATABASE_URL and SMTP_URL may carry passwords.
    const shown = got !== undefined && !/URL|KEY/.test(variable) ? ` (got "${got}")` : '';
    throw new ConfigError(variable, `Invalid configuration: ${issue.message}${shown}.`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const mailMode = e.MAIL_MODE ?? (e.SMTP_URL ? 'smtp' : production ? undefined : 'mailbox');
  if (mailMode === undefined) {
    throw new ConfigError(
      'SMTP_URL',
      'Invalid configuration: SMTP_URL is required in production (your mail server, e.g. smtp://user:pass@host:587), or set MAIL_MODE=log to only log outgoing mail.',
    );
  }
  if (mailMode === 'smtp' && !e.SMTP_URL)
    throw new ConfigError('SMTP_URL', 'Invalid configuration: MAIL_MODE=smtp needs SMTP_URL.');
  if (mailMode === 'mailbox' && production) {
    throw new ConfigError(
      'MAIL_MODE',
      'Invalid configuration: MAIL_MODE=mailbox (the dev mailbox) is not available in production; set SMTP_URL, or MAIL_MODE=log.',
    );
  }
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(baseDir, e.DATA_DIR);
  return {
    port: e.PORT,
    // Outside production only this machine can reach the demo accounts and the dev mailbox;
    // production runs behind a proxy or in a container, reached from outside it.
    host: e.HOST?.replace(/^\[(.*)\]$/, '$1') ?? (production ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl: e.DATABASE_URL,
    databasePort: e.DATABASE_PORT,
    dataDir,
    dataDirExplicit: raw.DATA_DIR !== undefined,
    meili: e.MEILI_HOST
      ? { host: e.MEILI_HOST, apiKey: e.MEILI_API_KEY, index: e.MEILI_INDEX }
      : undefined,
    graphqlTimeoutMs: e.GRAPHQL_TIMEOUT_MS,
    searchOutbox: { pollMs: e.SEARCH_OUTBOX_POLL_MS, retryMs: e.SEARCH_OUTBOX_RETRY_MS },
    smtpUrl: mailMode === 'smtp' ? e.SMTP_URL : undefined,
    mailMode,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO ?? !production,
    serveWeb: e.SERVE_WEB,
    trustProxy:
      e.TRUST_PROXY === undefined || e.TRUST_PROXY === 'false'
        ? false
        : e.TRUST_PROXY === 'true'
          ? true
          : /^\d+$/.test(e.TRUST_PROXY)
            ? Number(e.TRUST_PROXY)
            : e.TRUST_PROXY,
    corsOrigins: e.CORS_ORIGINS ? e.CORS_ORIGINS.split(',').map((o) => o.trim()) : [],
    webDistDir: e.WEB_DIST_DIR
      ? resolve(baseDir, e.WEB_DIST_DIR)
      : resolve(__dirname, '..', '..', '..', 'web', 'dist'),
  };
}

/** Every variable the API reads, for the README table and the config test. */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);
