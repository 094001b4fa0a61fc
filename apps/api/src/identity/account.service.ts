import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserActor } from '../common/actor';
import { AppError, ErrorCode, notFound } from '../common/errors';
import { Session } from './session.entity';
import { SessionService } from './session.service';
import { PLATFORM_ROLES, type PlatformRole, User } from './user.entity';

/** The viewer's sessions, and platform roles managed by admins. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async revokeSession(actor: UserActor, sessionId: string): Promise<boolean> {
    await this.db.transaction(async (em) => {
      const session = await em.findOneBy(Session, {
        id: sessionId,
        userId: actor.user.id,
        revokedAt: IsNull(),
      });
      if (!session) throw notFound('The session');
      await this.sessions.revoke(session.id, em);
      await this.audit.record(
        { action: 'session.revoked', actor, subject: { type: 'Session', id: session.id } },
        em,
      );
    });
    return true;
  }

  async revokeOtherSessions(actor: UserActor): Promise<number> {
    return this.db.transaction(async (em) => {
      const others = (await this.sessions.listActive(actor.user.id)).filter(
        (s) => s.id !== actor.credentialId,
      );
      await this.sessions.revokeAllOf(actor.user.id, actor.credentialId, em);
      for (const s of others) {
        await this.audit.record(
          { action: 'session.revoked', actor, subject: { type: 'Session', id: s.id } },
          em,
        );
      }
      return others.length;
    });
  }

  /** Platform admins only (declared on the resolver; checked again here). */
  async setPlatformRole(actor: UserActor, userId: string, role: PlatformRole): Promise<User> {
    if (actor.user.platformRole !== 'ADMIN')
      throw new AppError(ErrorCode.FORBIDDEN, 'Only platform admins can change roles.');
    if (!PLATFORM_ROLES.includes(role))
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Unknown role.');
    return this.db.transaction(async (em) => {
      const user = await em.findOneBy(User, { id: userId });
      if (!user) throw notFound('The user');
      if (user.id === actor.user.id && role !== 'ADMIN') {
        const admins = await em.countBy(User, { platformRole: 'ADMIN' });
        if (admins <= 1)
          throw new AppError(ErrorCode.LAST_ADMIN, 'The platform needs at least one admin.');
      }
      const previous = user.platformRole;
      await em.update(User, user.id, { platformRole: role });
      await this.audit.record(
        {
          action: 'user.platform_role_changed',
          actor,
          subject: { type: 'User', id: user.id },
          details: { from: previous, to: role },
        },
        em,
      );
      return { ...user, platformRole: role };
    });
  }
}
