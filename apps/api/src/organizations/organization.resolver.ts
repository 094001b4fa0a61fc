import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { countryName } from '@alliance/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { UserActor } from '../common/actor';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { mapConnection, ConnectionArgs, type Connection } from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import {
  MembershipRoleEnum,
  InvitationModel,
  JoinRequestModel,
  MembershipConnection,
  MembershipModel,
  OrganizationConnection,
  OrganizationFilter,
  OrganizationIdentityChangeModel,
  OrganizationIdentityFieldEnum,
  OrganizationInput,
  OrganizationModel,
} from './organization.models';
import { presentUser } from '../identity/identity.presenters';
import { organizationPolicy } from './organization.policy';
import {
  presentInvitation,
  presentJoinRequest,
  presentMembership,
  presentOrganization,
} from './organization.presenters';
import { identityChangesOf, type IdentityChangeRecord } from './organization.queries';
import { OrganizationService } from './organization.service';
import { MembershipService } from './membership.service';

/** Per-request batch loader of identity changes (keyed by the request's context, never shared). */
const identityChangeLoaders = new WeakMap<
  RequestContext,
  DataLoader<string, IdentityChangeRecord | null>
>();
function identityChangeLoader(db: DataSource, ctx: RequestContext) {
  let loader = identityChangeLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const changes = await identityChangesOf(db, ids);
      return ids.map((id) => changes.get(id) ?? null);
    });
    identityChangeLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizationService: OrganizationService,
    private readonly memberships: MembershipService,
  ) {}

  @Query(() => OrganizationModel, {
    nullable: true,
    description: 'One organization by its short name.',
  })
  @Access.public()
  async organization(@Args('slug') slug: string): Promise<OrganizationModel | null> {
    const org = await this.organizationService.findBySlug(slug);
    return org && presentOrganization(org);
  }

  @Query(() => OrganizationConnection, { description: 'The organization directory, by name.' })
  @Access.public()
  async organizations(
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => OrganizationFilter, nullable: true }) filter?: OrganizationFilter,
  ): Promise<Connection<OrganizationModel>> {
    const page = await this.organizationService.list(args, filter);
    return mapConnection(page, presentOrganization);
  }

  @ResolveField(() => String, { description: 'English name of the country.' })
  countryName(@Parent() org: OrganizationModel): string {
    return countryName(org.country);
  }

  @ResolveField(() => Int, { description: 'How many members it has.' })
  memberCount(@Parent() org: OrganizationModel, @Context() ctx: RequestContext): Promise<number> {
    return ctx.loaders.memberCount.load(org.uuid);
  }

  @ResolveField(() => MembershipRoleEnum, {
    nullable: true,
    description: 'The viewer’s role in it, or null.',
  })
  async viewerRole(@Parent() org: OrganizationModel, @Context() ctx: RequestContext) {
    return (await ctx.loaders.viewerMembership.load(org.uuid))?.role ?? null;
  }

  @ResolveField(() => OrganizationIdentityChangeModel, {
    nullable: true,
    description:
      'Why it awaits verification again: the change of name, short name, stakeholder type or country by its own admins that withdrew its verification, old → new. Platform admins only; null to others, and once a platform admin has decided since.',
  })
  async identityChange(
    @Parent() org: OrganizationModel,
    @Context() ctx: RequestContext,
  ): Promise<OrganizationIdentityChangeModel | null> {
    if (!organizationPolicy.verify(ctx.actor) || org.verified) return null;
    const record = await identityChangeLoader(this.db, ctx).load(org.uuid);
    if (!record) return null;
    const user = record.changedById ? await ctx.loaders.user.load(record.changedById) : null;
    return {
      changedAt: new Date(record.changedAt),
      changedBy: user && presentUser(user, ctx.actor),
      changes: record.changes.map((c) => ({
        field: c.field as OrganizationIdentityFieldEnum,
        from: c.from,
        to: c.to,
      })),
    };
  }

  @ResolveField(() => MembershipConnection, {
    nullable: true,
    description: 'Its members: visible to fellow members and platform admins, null to others.',
  })
  async members(
    @Parent() org: OrganizationModel,
    @Args() args: ConnectionArgs,
    @Context() ctx: RequestContext,
  ) {
    const role = (await ctx.loaders.viewerMembership.load(org.uuid))?.role ?? null;
    if (!organizationPolicy.viewMembers(ctx.actor, role)) return null;
    const page = await this.memberships.members(org.uuid, args);
    return mapConnection(page, presentMembership);
  }

  @ResolveField(() => [InvitationModel], {
    nullable: true,
    description: 'Invitations sent (latest 100): its admins only, null to others.',
  })
  async invitations(@Parent() org: OrganizationModel, @Context() ctx: RequestContext) {
    if (!(await this.mayManage(org, ctx))) return null;
    return (await this.memberships.invitations(org.uuid)).map(presentInvitation);
  }

  @ResolveField(() => [JoinRequestModel], {
    nullable: true,
    description: 'Pending requests to join: its admins only, null to others.',
  })
  async joinRequests(@Parent() org: OrganizationModel, @Context() ctx: RequestContext) {
    if (!(await this.mayManage(org, ctx))) return null;
    return (await this.memberships.joinRequests(org.uuid, true)).map(presentJoinRequest);
  }

  @ResolveField(() => JoinRequestModel, {
    nullable: true,
    description: 'The viewer’s latest request to join it, if any.',
  })
  async viewerJoinRequest(@Parent() org: OrganizationModel, @Context() ctx: RequestContext) {
    if (ctx.actor.kind !== 'user') return null;
    const request = await this.memberships.viewerJoinRequest(org.uuid, ctx.actor.user.id);
    return request && presentJoinRequest(request);
  }

  private async mayManage(org: OrganizationModel, ctx: RequestContext) {
    const role = (await ctx.loaders.viewerMembership.load(org.uuid))?.role ?? null;
    return organizationPolicy.manageMembers(ctx.actor, role);
  }

  // ---- mutations -----------------------------------------------------------------------

  @Mutation(() => OrganizationModel, {
    description:
      'Registers an organization; you become its first admin. It is unverified until a platform admin verifies it.',
  })
  @Access.user({ scope: 'write', verifiedEmail: true })
  async createOrganization(
    @Args('input') input: OrganizationInput,
    @CurrentActor() actor: UserActor,
  ) {
    return presentOrganization(await this.organizationService.create(actor, input));
  }

  @Mutation(() => OrganizationModel, {
    description:
      'Edits an organization (its admins). Changing its name, short name, stakeholder type or country sends a verified organization back to awaiting verification, unless a platform admin makes the change.',
  })
  @Access.user({ scope: 'write' })
  async updateOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OrganizationInput,
    @CurrentActor() actor: UserActor,
  ) {
    return presentOrganization(
      await this.organizationService.update(actor, parseGlobalId(id, 'Organization'), input),
    );
  }

  @Mutation(() => OrganizationModel, {
    description: 'Marks an organization verified (platform admins).',
  })
  @Access.admin('write')
  async verifyOrganization(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentOrganization(
      await this.organizationService.setVerified(actor, parseGlobalId(id, 'Organization'), true),
    );
  }

  @Mutation(() => OrganizationModel, {
    description: 'Withdraws an organization’s verification (platform admins).',
  })
  @Access.admin('write')
  async unverifyOrganization(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentOrganization(
      await this.organizationService.setVerified(actor, parseGlobalId(id, 'Organization'), false),
    );
  }

  @Mutation(() => InvitationModel, {
    description: 'Emails an invitation to join with a role (organization admins).',
  })
  @Access.user({ scope: 'write' })
  async inviteMember(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('email') email: string,
    @Args('role', { type: () => MembershipRoleEnum }) role: MembershipRoleEnum,
    @CurrentActor() actor: UserActor,
  ) {
    return presentInvitation(
      await this.memberships.invite(
        actor,
        parseGlobalId(organizationId, 'Organization', 'organizationId'),
        { email, role },
      ),
    );
  }

  @Mutation(() => InvitationModel, {
    description: 'Withdraws a pending invitation (organization admins).',
  })
  @Access.user({ scope: 'write' })
  async revokeInvitation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentInvitation(
      await this.memberships.revokeInvitation(actor, parseGlobalId(id, 'Invitation')),
    );
  }

  @Mutation(() => MembershipModel, {
    description:
      'Accepts an invitation with the token from its link (signed in with the invited address).',
  })
  @Access.user({ scope: 'write' })
  async acceptInvitation(@Args('token') token: string, @CurrentActor() actor: UserActor) {
    return presentMembership(await this.memberships.acceptInvitation(actor, token));
  }

  @Mutation(() => JoinRequestModel, {
    description: 'Asks to join an organization; its admins decide.',
  })
  @Access.user({ scope: 'write', verifiedEmail: true })
  async requestToJoinOrganization(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
    @CurrentActor() actor: UserActor,
  ) {
    return presentJoinRequest(
      await this.memberships.requestToJoin(
        actor,
        parseGlobalId(organizationId, 'Organization', 'organizationId'),
        message,
      ),
    );
  }

  @Mutation(() => JoinRequestModel, {
    description: 'Approves a request to join, with a role (MEMBER by default).',
  })
  @Access.user({ scope: 'write' })
  async approveJoinRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('role', { type: () => MembershipRoleEnum, nullable: true })
    role: MembershipRoleEnum | null,
    @CurrentActor() actor: UserActor,
  ) {
    return presentJoinRequest(
      await this.memberships.decideJoinRequest(actor, parseGlobalId(id, 'JoinRequest'), true, role),
    );
  }

  @Mutation(() => JoinRequestModel, { description: 'Declines a request to join.' })
  @Access.user({ scope: 'write' })
  async rejectJoinRequest(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentJoinRequest(
      await this.memberships.decideJoinRequest(actor, parseGlobalId(id, 'JoinRequest'), false),
    );
  }

  @Mutation(() => MembershipModel, {
    description: 'Changes a member’s role (organization admins; the last admin stays admin).',
  })
  @Access.user({ scope: 'write' })
  async changeMemberRole(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => MembershipRoleEnum }) role: MembershipRoleEnum,
    @CurrentActor() actor: UserActor,
  ) {
    return presentMembership(
      await this.memberships.changeRole(
        actor,
        parseGlobalId(organizationId, 'Organization', 'organizationId'),
        parseGlobalId(userId, 'User', 'userId'),
        role,
      ),
    );
  }

  @Mutation(() => Boolean, {
    description: 'Removes a member (organization admins; not the last admin).',
  })
  @Access.user({ scope: 'write' })
  removeMember(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentActor() actor: UserActor,
  ) {
    return this.memberships.removeMember(
      actor,
      parseGlobalId(organizationId, 'Organization', 'organizationId'),
      parseGlobalId(userId, 'User', 'userId'),
    );
  }

  @Mutation(() => Boolean, { description: 'Leaves an organization (the last admin cannot).' })
  @Access.user({ scope: 'write' })
  leaveOrganization(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentActor() actor: UserActor,
  ) {
    return this.memberships.leave(
      actor,
      parseGlobalId(organizationId, 'Organization', 'organizationId'),
    );
  }
}
