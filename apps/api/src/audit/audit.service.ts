import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { AuditEvent } from './audit-event.entity';

/** The security-relevant events we record; the list doubles as documentation. */
export const AUDIT_ACTIONS = [
  'user.signed_up',
  'user.email_verified',
  'user.signed_in',
  'user.sign_in_failed',
  'user.sign_in_locked',
  'user.signed_out',
  'user.password_changed',
  'user.password_reset_requested',
  'user.password_reset',
  'user.platform_role_changed',
  'session.revoked',
  'api_token.created',
  'api_token.revoked',
  'organization.created',
  'organization.updated',
  'organization.verified',
  'organization.unverified',
  'invitation.created',
  'invitation.accepted',
  'invitation.revoked',
  'join_request.created',
  'join_request.approved',
  'join_request.rejected',
  'membership.role_changed',
  'membership.removed',
  'membership.left',
  'practice.unpublished',
  'thread.moderated',
  'post.hidden',
  'post.restored',
  'post.auto_hidden',
  'user.suspended',
  'flag.dismissed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  actor: Actor | { userId: string | null; ip: string };
  subject?: { type: string; id: string };
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records an event; pass the transaction's manager so it commits or rolls back with it. */
  async record(entry: AuditEntry, em: EntityManager = this.db.manager): Promise<void> {
    const actorId =
      'kind' in entry.actor ? (entry.actor.kind === 'user' ? entry.actor.user.id : null) : entry.actor.userId;
    await em.insert(AuditEvent, {
      action: entry.action,
      actorId,
      ip: entry.actor.ip.slice(0, 64),
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject?.id ?? null,
      details: (entry.details ?? {}) as never,
    });
  }
}
