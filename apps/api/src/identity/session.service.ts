import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { hashSecret, newSecret } from './secrets';
import { Session } from './session.entity';

export const SESSION_COOKIE = 'ac_session';
/** A session unused for this long ends (idle timeout). */
export const SESSION_IDLE_MS = 14 * 24 * 3600 * 1000;
/** A session ends this long after sign-in whatever its use (absolute lifetime). */
export const SESSION_LIFETIME_MS = 30 * 24 * 3600 * 1000;
/** last_seen_at is written at most this often, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Server-side sessions in PostgreSQL. The browser holds a random token in an httpOnly,
 * SameSite=Lax cookie (Secure when PUBLIC_URL is https); we store only its SHA-256.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async create(
    userId: string,
    req: Request,
    res: Response,
    em: EntityManager = this.db.manager,
  ): Promise<Session> {
    const token = newSecret();
    const now = new Date();
    const session = await em.save(
      em.create(Session, {
        tokenHash: hashSecret(token),
        userId,
        ip: req.ip?.slice(0, 64) ?? null,
        userAgent: req.get('user-agent')?.slice(0, 400) ?? null,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
      }),
    );
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicUrl.startsWith('https:'),
      path: '/',
      maxAge: SESSION_LIFETIME_MS,
    });
    return session;
  }

  /** The live session behind a cookie token, refreshing its last use. */
  async resolve(token: string): Promise<Session | null> {
    const session = await this.db.getRepository(Session).findOne({
      where: { tokenHash: hashSecret(token), revokedAt: IsNull() },
    });
    if (!session) return null;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now || now - session.lastSeenAt.getTime() > SESSION_IDLE_MS)
      return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.db.getRepository(Session).update(session.id, { lastSeenAt: new Date(now) });
    }
    return session;
  }

  clearCookie(res: Response) {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  async revoke(sessionId: string, em: EntityManager = this.db.manager): Promise<void> {
    await em.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of a user except `keepId` (after a password change or reset). */
  async revokeAllOf(
    userId: string,
    keepId: string | null,
    em: EntityManager = this.db.manager,
  ): Promise<void> {
    const qb = em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepId) qb.andWhere('id <> :keepId', { keepId });
    await qb.execute();
  }

  /** A user's live sessions, most recently used first. */
  listActive(userId: string): Promise<Session[]> {
    return this.db
      .getRepository(Session)
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > now()', { userId })
      .andWhere(`s.last_seen_at > now() - make_interval(secs => :idle)`, {
        idle: SESSION_IDLE_MS / 1000,
      })
      .orderBy('s.last_seen_at', 'DESC')
      .getMany();
  }
}
