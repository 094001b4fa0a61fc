import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { AuditEventConnection, AuditEventModel, AuditEventsArgs, UsersArgs } from '../audit/audit.models';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/actor';
import { pageWindow, toConnection } from '../common/relay/connection';
import { toGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import { UserModel } from '../identity/identity.models';
import { presentUser } from '../identity/identity.presenters';
import { User } from '../identity/user.entity';
import { UserConnection } from '../organizations/organization.models';

/** What platform admins browse: people (to manage roles) and the audit log. */
@Resolver(() => AuditEventModel)
export class AdminResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Query(() => UserConnection, { description: 'Every user, by name, with email addresses (platform admins, from a browser session: FORBIDDEN with an API token).' })
  @Access.admin('read', { sessionOnly: true })
  async users(@Args() args: UsersArgs, @CurrentActor() actor: Actor) {
    const qb = this.db.getRepository(User).createQueryBuilder('u');
    const q = args.query?.trim();
    if (q) qb.where(`(u.display_name ILIKE :q OR u.email ILIKE :q)`, { q: `%${q.replace(/[\\%_]/g, '\\$&')}%` });
    const total = await qb.getCount();
    const { offset, limit } = pageWindow(args, total);
    const rows = limit === 0 ? [] : await qb.orderBy('lower(u.display_name)').addOrderBy('u.id').offset(offset).limit(limit).getMany();
    const page = toConnection(rows.map((u) => presentUser(u, actor)), offset, total);
    return page;
  }

  @Query(() => AuditEventConnection, { description: 'The audit log with IP addresses, newest first (platform admins, from a browser session: FORBIDDEN with an API token).' })
  @Access.admin('read', { sessionOnly: true })
  async auditEvents(@Args() args: AuditEventsArgs) {
    const qb = this.db.getRepository(AuditEvent).createQueryBuilder('e');
    if (args.action) qb.where('e.action = :action', { action: args.action });
    const total = await qb.getCount();
    const { offset, limit } = pageWindow(args, total);
    const rows = limit === 0 ? [] : await qb.orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC').offset(offset).limit(limit).getMany();
    return toConnection(rows.map(presentAuditEvent), offset, total);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who did it (null: anonymous or deleted).' })
  async actor(@Parent() event: AuditEventModel, @Context() ctx: RequestContext) {
    if (!event.actorId) return null;
    const user = await ctx.loaders.user.load(event.actorId);
    return user && presentUser(user, ctx.actor);
  }
}

export function presentAuditEvent(e: AuditEvent): AuditEventModel {
  return {
    id: toGlobalId('AuditEvent', e.id),
    action: e.action,
    actorId: e.actorId,
    subjectType: e.subjectType,
    subjectId: e.subjectType && e.subjectId ? toGlobalId(e.subjectType, e.subjectId) : null,
    ip: e.ip,
    details: e.details,
    createdAt: e.createdAt,
  };
}
