import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../common/auth/access.decorator';
import type { RequestContext } from '../common/request-context';
import { UserModel, ViewerModel } from '../identity/identity.models';
import { presentUser } from '../identity/identity.presenters';
import {
  InvitationPreviewModel,
  JoinRequestModel,
  MembershipModel,
  OrganizationModel,
} from './organization.models';
import { presentMembership, presentOrganization } from './organization.presenters';
import { invitationStatus, MembershipService } from './membership.service';

/** Nested fields that lead from memberships and requests to their user and organization. */
async function loadOrganization(ctx: RequestContext, id: string): Promise<OrganizationModel> {
  const org = await ctx.loaders.organization.load(id);
  return presentOrganization(org!);
}
async function loadUser(ctx: RequestContext, id: string): Promise<UserModel> {
  const user = await ctx.loaders.user.load(id);
  return presentUser(user!, ctx.actor);
}

@Resolver(() => MembershipModel)
export class MembershipResolver {
  @ResolveField(() => OrganizationModel, { description: 'The organization.' })
  organization(@Parent() m: MembershipModel, @Context() ctx: RequestContext) {
    return loadOrganization(ctx, m.organizationId);
  }

  @ResolveField(() => UserModel, { description: 'The member.' })
  user(@Parent() m: MembershipModel, @Context() ctx: RequestContext) {
    return loadUser(ctx, m.userId);
  }
}

@Resolver(() => JoinRequestModel)
export class JoinRequestResolver {
  @ResolveField(() => OrganizationModel, { description: 'The organization asked.' })
  organization(@Parent() r: JoinRequestModel, @Context() ctx: RequestContext) {
    return loadOrganization(ctx, r.organizationId);
  }

  @ResolveField(() => UserModel, { description: 'Who asks.' })
  user(@Parent() r: JoinRequestModel, @Context() ctx: RequestContext) {
    return loadUser(ctx, r.userId);
  }
}

@Resolver(() => InvitationPreviewModel)
export class InvitationPreviewResolver {
  constructor(private readonly memberships: MembershipService) {}

  @Query(() => InvitationPreviewModel, {
    nullable: true,
    description: 'What an invitation link offers (null when the token is unknown).',
  })
  @Access.public()
  async invitation(@Args('token') token: string): Promise<InvitationPreviewModel | null> {
    const invitation = await this.memberships.previewInvitation(token);
    if (!invitation) return null;
    return {
      organizationId: invitation.organizationId,
      email: invitation.email,
      role: invitation.role,
      status: invitationStatus(invitation),
    };
  }

  @ResolveField(() => OrganizationModel, { description: 'The inviting organization.' })
  organization(@Parent() p: InvitationPreviewModel, @Context() ctx: RequestContext) {
    return loadOrganization(ctx, p.organizationId);
  }
}

@Resolver(() => ViewerModel)
export class ViewerMembershipsResolver {
  constructor(private readonly membershipService: MembershipService) {}

  @ResolveField(() => [MembershipModel], {
    description: 'The organizations the viewer belongs to, with roles.',
  })
  async memberships(@Parent() viewer: ViewerModel): Promise<MembershipModel[]> {
    return (await this.membershipService.membershipsOf(viewer.uuid)).map(presentMembership);
  }
}
