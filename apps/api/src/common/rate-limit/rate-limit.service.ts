import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '../errors';

/**
 * Every limit in one table, so they are reviewed together (docs/security.md repeats them).
 * Buckets live in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres), so replicas share
 * them and a restart does not reset an attacker's count.
 */
export const RATE_LIMITS = {
  /** GraphQL root fields per minute: anonymous callers by IP. */
  'api:ip': { points: 300, duration: 60 },
  /** GraphQL root fields per minute: per session or API token. */
  'api:credential': { points: 600, duration: 60 },
  /** Sign-in attempts from one IP per 5 minutes, whatever the address (looser than per address + IP). */
  'sign-in:ip': { points: 30, duration: 5 * 60 },
  /**
   * Wrong passwords per email address + IP in an hour (counted, never refused here: the identity
   * service turns the count into growing delays, 'sign-in:delay').
   */
  'sign-in:failures': { points: 1_000_000, duration: 3600 },
  /** A pause before an email address + IP may try again (set with block()). */
  'sign-in:delay': { points: 1, duration: 1 },
  /** Sign-ups per minute from one IP. */
  'sign-up:ip': { points: 5, duration: 60 },
  /** Password-reset requests per minute from one IP, and per account per 15 minutes. */
  'reset:ip': { points: 5, duration: 60 },
  'reset:account': { points: 3, duration: 15 * 60 },
  /** Posts per hour: accounts younger than a day, and the others. */
  'post:new-account': { points: 10, duration: 3600 },
  'post:account': { points: 120, duration: 3600 },
  /** GraphQL cost points per hour per token, session or visitor IP (see common/graphql/query-limits.ts). */
  'api:cost': { points: 5000, duration: 3600 },
  /** Verification and invitation emails per account per 10 minutes. */
  'mail:account': { points: 5, duration: 10 * 60 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

@Injectable()
export class RateLimitService {
  private readonly limiters: Map<RateLimitName, RateLimiterPostgres>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.limiters = new Map(
      (Object.keys(RATE_LIMITS) as RateLimitName[]).map((name) => [
        name,
        new RateLimiterPostgres({
          storeClient: dataSource,
          storeType: 'typeorm',
          tableName: 'rate_limit',
          tableCreated: true,
          keyPrefix: name,
          points: RATE_LIMITS[name].points,
          duration: RATE_LIMITS[name].duration,
          clearExpiredByTimeout: false,
        }),
      ]),
    );
  }

  /** Counts one attempt; past the limit, RATE_LIMITED with the seconds to wait. */
  async consume(name: RateLimitName, key: string, points = 1): Promise<void> {
    try {
      await this.limiters.get(name)!.consume(key, points);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(error.msBeforeNext);
      throw error;
    }
  }

  /** Spends GraphQL cost points; tells what is left and when the hour resets, without throwing. */
  async consumeCost(
    key: string,
    points: number,
  ): Promise<{ exceeded: boolean; remaining: number; resetAt: Date }> {
    try {
      const res = await this.limiters.get('api:cost')!.consume(key, points);
      return {
        exceeded: false,
        remaining: res.remainingPoints,
        resetAt: new Date(Date.now() + res.msBeforeNext),
      };
    } catch (error) {
      if (error instanceof RateLimiterRes)
        return {
          exceeded: true,
          remaining: Math.max(0, error.remainingPoints),
          resetAt: new Date(Date.now() + error.msBeforeNext),
        };
      throw error;
    }
  }

  /** Counts one attempt and tells whether the limit is now reached, without throwing. */
  async hit(name: RateLimitName, key: string): Promise<{ reached: boolean }> {
    try {
      const res = await this.limiters.get(name)!.consume(key, 1);
      return { reached: res.remainingPoints === 0 };
    } catch (error) {
      if (error instanceof RateLimiterRes) return { reached: true };
      throw error;
    }
  }

  /** Counts one event and tells how many there have been in the current window (never throws). */
  async count(name: RateLimitName, key: string): Promise<number> {
    try {
      return (await this.limiters.get(name)!.consume(key, 1)).consumedPoints;
    } catch (error) {
      if (error instanceof RateLimiterRes) return error.consumedPoints;
      throw error;
    }
  }

  /** Refuses `key` on `name` for the next `seconds` (a penalty, e.g. a sign-in delay). */
  async block(name: RateLimitName, key: string, seconds: number): Promise<void> {
    await this.limiters.get(name)!.block(key, seconds);
  }

  /** Milliseconds until `key` may be consumed on `name` again; 0 when it may now. */
  async blockedFor(name: RateLimitName, key: string): Promise<number> {
    const res = await this.limiters.get(name)!.get(key);
    return res && res.consumedPoints > RATE_LIMITS[name].points ? Math.max(0, res.msBeforeNext) : 0;
  }

  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiters.get(name)!.delete(key);
  }
}

export function rateLimited(msBeforeNext: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError(
    ErrorCode.RATE_LIMITED,
    `Too many requests. Please wait ${retryAfterSeconds} seconds and try again.`,
    {
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  );
}
