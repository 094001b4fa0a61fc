import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEvent } from '../audit';
import {
  type Connection,
  type ConnectionArgs,
  pageWindow,
  toConnection,
} from '../common/relay/connection';
import { User } from '../identity';

/** What platform admins browse, read from the database: people and the audit log. */
@Injectable()
export class AdminRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Users by name, optionally matching `query` in their name or email. */
  async users(args: ConnectionArgs, query: string | null | undefined): Promise<Connection<User>> {
    const qb = this.db.getRepository(User).createQueryBuilder('u');
    const q = query?.trim();
    if (q)
      qb.where(`(u.display_name ILIKE :q OR u.email ILIKE :q)`, {
        q: `%${q.replace(/[\\%_]/g, '\\$&')}%`,
      });
    const total = await qb.getCount();
    const { offset, limit } = pageWindow(args, total);
    const rows =
      limit === 0
        ? []
        : await qb
            .orderBy('lower(u.display_name)')
            .addOrderBy('u.id')
            .offset(offset)
            .limit(limit)
            .getMany();
    return toConnection(rows, offset, total);
  }

  /** The audit log, newest first, optionally of one action. */
  async auditEvents(
    args: ConnectionArgs,
    action: string | null | undefined,
  ): Promise<Connection<AuditEvent>> {
    const qb = this.db.getRepository(AuditEvent).createQueryBuilder('e');
    if (action) qb.where('e.action = :action', { action });
    const total = await qb.getCount();
    const { offset, limit } = pageWindow(args, total);
    const rows =
      limit === 0
        ? []
        : await qb
            .orderBy('e.created_at', 'DESC')
            .addOrderBy('e.id', 'DESC')
            .offset(offset)
            .limit(limit)
            .getMany();
    return toConnection(rows, offset, total);
  }

  auditEvent(id: string): Promise<AuditEvent | null> {
    return this.db.getRepository(AuditEvent).findOneBy({ id });
  }
}
