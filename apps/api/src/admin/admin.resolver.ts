import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEventConnection, AuditEventModel, AuditEventsArgs, UsersArgs } from '../audit';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import type { Actor } from '../common/actor';
import { mapConnection } from '../common/relay/connection';
import type { RequestContext } from '../common/request-context';
import { UserModel, presentUser } from '../identity';
import { UserConnection } from '../organizations';
import { presentAuditEvent } from './admin.presenters';
import { AdminRepository } from './admin.repository';

/** What platform admins browse: people (to manage roles) and the audit log. */
@Resolver(() => AuditEventModel)
export class AdminResolver {
  constructor(private readonly admin: AdminRepository) {}

  @Query(() => UserConnection, {
    description:
      'Every user, by name, with email addresses (platform admins, from a browser session: FORBIDDEN with an API token).',
  })
  @Access.admin('read', { sessionOnly: true })
  async users(@Args() args: UsersArgs, @CurrentActor() actor: Actor) {
    return mapConnection(await this.admin.users(args, args.query), (u) => presentUser(u, actor));
  }

  @Query(() => AuditEventConnection, {
    description:
      'The audit log with IP addresses, newest first (platform admins, from a browser session: FORBIDDEN with an API token).',
  })
  @Access.admin('read', { sessionOnly: true })
  async auditEvents(@Args() args: AuditEventsArgs) {
    return mapConnection(await this.admin.auditEvents(args, args.action), presentAuditEvent);
  }

  @ResolveField(() => UserModel, {
    nullable: true,
    description: 'Who did it (null: anonymous or deleted).',
  })
  async actor(@Parent() event: AuditEventModel, @Context() ctx: RequestContext) {
    if (!event.actorId) return null;
    const user = await ctx.loaders.user.load(event.actorId);
    return user && presentUser(user, ctx.actor);
  }
}
