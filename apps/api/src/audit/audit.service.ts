import type { AuditAction } from '@alliance/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { AuditEvent } from './audit-event.entity';

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
      'kind' in entry.actor
        ? entry.actor.kind === 'user'
          ? entry.actor.user.id
          : null
        : entry.actor.userId;
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
