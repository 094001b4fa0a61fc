import { Inject } from '@nestjs/common';
import { z } from 'zod';
import { type AppConfig, ConfigError } from '../config/config';
import { parseEnvSection } from '../config/env-section';

export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');
/** Injects the WebhookSettings read at start-up. */
export const InjectWebhookSettings = () => Inject(WEBHOOK_SETTINGS);

/** At most this many webhooks per organization. */
export const MAX_WEBHOOKS_PER_ORGANIZATION = 10;
/** A webhook is disabled after this many deliveries in a row have failed for good. */
export const DISABLE_AFTER_FAILED_DELIVERIES = 10;
/** Retry delays grow by this factor: 30 s, 2 min, 8 min, 32 min, ~2 h, then the cap. */
export const BACKOFF_FACTOR = 4;
/** The longest wait between two attempts. */
export const MAX_RETRY_DELAY_MS = 6 * 3600_000;
/** Events and their deliveries are kept this long (the delivery log). */
export const RETENTION_DAYS = 30;

export interface WebhookSettings {
  /** How often the worker looks for events and due deliveries; 0 = this process does not deliver. */
  pollMs: number;
  /** First retry delay; multiplied by BACKOFF_FACTOR per failed attempt, up to MAX_RETRY_DELAY_MS. */
  retryMs: number;
  maxRetryDelayMs: number;
  /** Attempts per delivery before it is given up (FAILED). */
  maxAttempts: number;
  /** Per request: connect, send and response headers. */
  timeoutMs: number;
  /** AES-256-GCM key for signing secrets at rest, when set. */
  secretKey: Buffer | null;
  /** Production rules: HTTPS only, no private or local addresses (see webhook-url.ts). */
  production: boolean;
}

const ms = (name: string, min: number, max: number) =>
  z.coerce
    .number({ message: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

const envSchema = z.object({
  WEBHOOK_POLL_MS: ms('WEBHOOK_POLL_MS', 0, 600_000).optional(),
  WEBHOOK_RETRY_MS: ms('WEBHOOK_RETRY_MS', 10, MAX_RETRY_DELAY_MS).default(30_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce
    .number({ message: 'WEBHOOK_MAX_ATTEMPTS must be a number' })
    .int()
    .min(1, 'WEBHOOK_MAX_ATTEMPTS must be 1 to 20')
    .max(20, 'WEBHOOK_MAX_ATTEMPTS must be 1 to 20')
    .default(8),
  WEBHOOK_TIMEOUT_MS: ms('WEBHOOK_TIMEOUT_MS', 100, 60_000).default(10_000),
  WEBHOOK_SECRET_KEY: z.string().trim().optional(),
});

/** The variables this module reads (documented in docs/webhooks.md). */
export const WEBHOOK_VARIABLES = Object.keys(envSchema.shape);

/**
 * Webhook settings from the environment (read here rather than in AppConfig, so the feature
 * stays in its folder). Unset or empty variables take their defaults; under NODE_ENV=test the
 * worker only runs when WEBHOOK_POLL_MS is set, so tests drive it explicitly.
 */
export function loadWebhookSettings(
  config: Pick<AppConfig, 'nodeEnv'>,
  env: NodeJS.ProcessEnv = process.env,
): WebhookSettings {
  const e = parseEnvSection(envSchema, env, ['WEBHOOK_SECRET_KEY']);
  return {
    pollMs: e.WEBHOOK_POLL_MS ?? (config.nodeEnv === 'test' ? 0 : 1000),
    retryMs: e.WEBHOOK_RETRY_MS,
    maxRetryDelayMs: MAX_RETRY_DELAY_MS,
    maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
    timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    secretKey: e.WEBHOOK_SECRET_KEY ? parseSecretKey(e.WEBHOOK_SECRET_KEY) : null,
    production: config.nodeEnv === 'production',
  };
}

/** 32 bytes, as 64 hex digits or base64 (`openssl rand -base64 32`). */
function parseSecretKey(value: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(value)
    ? Buffer.from(value, 'hex')
    : Buffer.from(value, 'base64');
  if (key.length !== 32) {
    throw new ConfigError(
      'WEBHOOK_SECRET_KEY',
      'Invalid configuration: WEBHOOK_SECRET_KEY must be 32 random bytes, as 64 hex digits or base64 (openssl rand -base64 32).',
    );
  }
  return key;
}

/** The wait before the next attempt, after `attempts` failed ones (1, 2, …). */
export function retryDelayMs(
  settings: Pick<WebhookSettings, 'retryMs' | 'maxRetryDelayMs'>,
  attempts: number,
): number {
  return Math.min(
    settings.maxRetryDelayMs,
    settings.retryMs * BACKOFF_FACTOR ** Math.max(attempts - 1, 0),
  );
}
