import { z } from 'zod';
import type { AppConfig } from '../config/config';
import { parseEnvSection } from '../config/env-section';

/** Settings of the job queue (pg-boss), read from the environment like webhook-settings.ts. */
export interface JobSettings {
  /** How often an idle worker looks for jobs (pg-boss's minimum is 0.5 s). */
  pollSeconds: number;
  /** How often the schedules are checked; a missed occurrence is caught up on the next check. */
  cronCheckSeconds: number;
  /** Cron expression (UTC) of the daily digest; null = not scheduled by this process. */
  digestCron: string | null;
  /** First retry delay of an email that could not be sent; doubles per attempt up to an hour. */
  mailRetrySeconds: number;
  /** Attempts per email before it is kept as failed (visible in /health/ready). */
  mailRetryLimit: number;
}

const seconds = (name: string, min: number, max: number) =>
  z.coerce
    .number({ message: `${name} must be a number of seconds` })
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

const envSchema = z.object({
  JOBS_POLL_SECONDS: seconds('JOBS_POLL_SECONDS', 0.5, 60).default(2),
  JOBS_CRON_CHECK_SECONDS: seconds('JOBS_CRON_CHECK_SECONDS', 1, 60).default(30),
  DIGEST_CRON: z
    .string()
    .trim()
    .regex(
      /^\S+( \S+){4}$/,
      'DIGEST_CRON must be a cron expression of five fields, e.g. "0 7 * * *"',
    )
    .optional(),
  MAIL_RETRY_SECONDS: seconds('MAIL_RETRY_SECONDS', 1, 3600).default(30),
  MAIL_RETRY_LIMIT: z.coerce
    .number({ message: 'MAIL_RETRY_LIMIT must be a number' })
    .int()
    .min(0, 'MAIL_RETRY_LIMIT must be 0 to 100')
    .max(100, 'MAIL_RETRY_LIMIT must be 0 to 100')
    .default(30),
});

export const JOB_VARIABLES = Object.keys(envSchema.shape);

/**
 * Under NODE_ENV=test the digest is scheduled only when DIGEST_CRON is set, so a test run that
 * crosses the digest hour sends nothing the test did not ask for.
 */
export function loadJobSettings(
  config: Pick<AppConfig, 'nodeEnv'>,
  env: NodeJS.ProcessEnv = process.env,
): JobSettings {
  const e = parseEnvSection(envSchema, env);
  return {
    pollSeconds: e.JOBS_POLL_SECONDS,
    cronCheckSeconds: e.JOBS_CRON_CHECK_SECONDS,
    digestCron: e.DIGEST_CRON ?? (config.nodeEnv === 'test' ? null : '0 7 * * *'),
    mailRetrySeconds: e.MAIL_RETRY_SECONDS,
    mailRetryLimit: e.MAIL_RETRY_LIMIT,
  };
}
