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
import type { Actor, UserActor } from '../common/actor';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { forbidden } from '../common/errors';
import { parseGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import { AccountService } from './account.service';
import { ApiTokenService } from './api-token.service';
import {
  ApiTokenModel,
  ChangePasswordInput,
  CreateApiTokenInput,
  CreatedApiTokenModel,
  PlatformRoleEnum,
  ResetPasswordInput,
  SessionModel,
  SignInInput,
  SignUpInput,
  UpdateProfileInput,
  UserModel,
  ViewerModel,
} from './identity.models';
import { presentApiToken, presentSession, presentUser, presentViewer } from './identity.presenters';
import { IdentityService } from './identity.service';
import { SessionService } from './session.service';
import { User } from './user.entity';

/**
 * The account's security records (where it is signed in, its tokens) are for the person at the
 * browser, never for a token: a leaked read token must not map the owner's IPs and credentials.
 */
function assertSession(actor: Actor) {
  if (actor.kind !== 'user' || actor.via !== 'session') {
    throw forbidden('This can only be seen when signed in to the web app, not with an API token.');
  }
}

@Resolver(() => ViewerModel)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly accounts: AccountService,
    private readonly tokenService: ApiTokenService,
    private readonly sessionService: SessionService,
  ) {}

  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in user, or null.' })
  @Access.public()
  async viewer(
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<ViewerModel | null> {
    if (actor.kind !== 'user') return null;
    const user = await ctx.loaders.user.load(actor.user.id);
    return user && presentViewer(user, actor.credentialId);
  }

  @ResolveField(() => [SessionModel], {
    description:
      'Browsers where the viewer is signed in (IP addresses, browsers). Only from a browser session: FORBIDDEN with an API token.',
  })
  async sessions(
    @Parent() viewer: ViewerModel,
    @Context() ctx: RequestContext,
  ): Promise<SessionModel[]> {
    assertSession(ctx.actor);
    return (await this.sessionService.listActive(viewer.uuid)).map((s) =>
      presentSession(s, viewer.credentialId),
    );
  }

  @ResolveField(() => [ApiTokenModel], {
    description:
      'The viewer’s API tokens that are not revoked, expired ones included. Only from a browser session: FORBIDDEN with an API token.',
  })
  async apiTokens(
    @Parent() viewer: ViewerModel,
    @Context() ctx: RequestContext,
  ): Promise<ApiTokenModel[]> {
    assertSession(ctx.actor);
    return (await this.tokenService.listActive(viewer.uuid)).map(presentApiToken);
  }

  @Mutation(() => ViewerModel, {
    description: 'Creates an account, signs it in and emails a verification link.',
  })
  @Access.public()
  async signUp(
    @Args('input') input: SignUpInput,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<ViewerModel> {
    const user = await this.identity.signUp(actor, input, ctx.req, ctx.res);
    return presentViewer(user, '');
  }

  @Mutation(() => Boolean, {
    description: 'Confirms an email address with the token from the emailed link.',
  })
  @Access.public()
  verifyEmail(@Args('token') token: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.identity.verifyEmail(actor, token);
  }

  @Mutation(() => Boolean, { description: 'Sends the verification link again.' })
  @Access.user({ scope: 'write' })
  resendVerificationEmail(@CurrentActor() actor: UserActor): Promise<boolean> {
    return this.identity.resendVerification(actor);
  }

  @Mutation(() => ViewerModel, {
    description: 'Signs in with email and password (sets the session cookie).',
  })
  @Access.public()
  async signIn(
    @Args('input') input: SignInInput,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<ViewerModel> {
    const user = await this.identity.signIn(actor, input, ctx.req, ctx.res);
    return presentViewer(user, '');
  }

  @Mutation(() => Boolean, { description: 'Signs out of this browser.' })
  @Access.public()
  signOut(@CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<boolean> {
    return this.identity.signOut(actor, ctx.res);
  }

  @Mutation(() => Boolean, { description: 'Changes the password; other browsers are signed out.' })
  @Access.user({ scope: 'write', sessionOnly: true })
  changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentActor() actor: UserActor,
  ): Promise<boolean> {
    return this.identity.changePassword(actor, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Emails a password-reset link if the address has an account. Always true, so it reveals nothing.',
  })
  @Access.public()
  requestPasswordReset(
    @Args('email') email: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    return this.identity.requestPasswordReset(actor, email);
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token from the reset link; signs out everywhere.',
  })
  @Access.public()
  resetPassword(
    @Args('input') input: ResetPasswordInput,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    return this.identity.resetPassword(actor, input);
  }

  @Mutation(() => ViewerModel, { description: 'Updates the viewer’s profile.' })
  @Access.user({ scope: 'write' })
  async updateProfile(
    @Args('input') input: UpdateProfileInput,
    @CurrentActor() actor: UserActor,
  ): Promise<ViewerModel> {
    return presentViewer(await this.identity.updateProfile(actor, input), actor.credentialId);
  }

  @Mutation(() => Boolean, { description: 'Signs one of the viewer’s browsers out.' })
  @Access.user({ scope: 'write', sessionOnly: true })
  revokeSession(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
  ): Promise<boolean> {
    return this.accounts.revokeSession(actor, parseGlobalId(id, 'Session'));
  }

  @Mutation(() => Int, { description: 'Signs every other browser out; returns how many.' })
  @Access.user({ scope: 'write', sessionOnly: true })
  revokeOtherSessions(@CurrentActor() actor: UserActor): Promise<number> {
    return this.accounts.revokeOtherSessions(actor);
  }

  @Mutation(() => CreatedApiTokenModel, {
    description: 'Creates a personal API token; its secret is shown only in this answer.',
  })
  @Access.user({ scope: 'write', sessionOnly: true })
  async createApiToken(
    @Args('input') input: CreateApiTokenInput,
    @CurrentActor() actor: UserActor,
  ): Promise<CreatedApiTokenModel> {
    const { token, apiToken } = await this.tokenService.create(actor, input);
    return { token, apiToken: presentApiToken(apiToken) };
  }

  @Mutation(() => Boolean, { description: 'Revokes one of the viewer’s API tokens.' })
  @Access.user({ scope: 'write' })
  revokeApiToken(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
  ): Promise<boolean> {
    return this.tokenService.revoke(actor, parseGlobalId(id, 'ApiToken'));
  }

  @Mutation(() => UserModel, { description: 'Sets a user’s platform role (platform admins only).' })
  @Access.admin('write')
  async setPlatformRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => PlatformRoleEnum }) role: PlatformRoleEnum,
    @CurrentActor() actor: UserActor,
  ): Promise<UserModel> {
    const user: User = await this.accounts.setPlatformRole(
      actor,
      parseGlobalId(userId, 'User', 'userId'),
      role,
    );
    return presentUser(user, actor);
  }
}
