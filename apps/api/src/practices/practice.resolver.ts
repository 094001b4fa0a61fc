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
import { mapConnection, ConnectionArgs } from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import { UserModel } from '../identity/identity.models';
import { presentUser } from '../identity/identity.presenters';
import { OrganizationModel } from '../organizations/organization.models';
import { presentOrganization } from '../organizations/organization.presenters';
import {
  EndorsementModel,
  PracticeConnection,
  PracticeFilter,
  PracticeInput,
  PracticeModel,
  PracticeRevisionModel,
  PracticeStatsModel,
} from './practice.models';
import { practicePolicy, type PracticeRelation } from './practice.policy';
import { presentEndorsement, presentPractice, presentRevision } from './practice.presenters';
import { PracticeService } from './practice.service';
import { PracticeStatsService } from './practice-stats.service';
import { EndorsementKindEnum, PracticeOrderEnum } from './practice-taxonomy.enums';

const id = (practiceId: string) => parseGlobalId(practiceId, 'Practice');

@Resolver(() => PracticeModel)
export class PracticeResolver {
  constructor(
    private readonly practiceService: PracticeService,
    private readonly statsService: PracticeStatsService,
  ) {}

  // ---- queries ---------------------------------------------------------------------------

  @Query(() => PracticeModel, {
    nullable: true,
    description:
      'One practice by its short name (null when it does not exist or is not visible to you).',
  })
  @Access.public()
  async practice(
    @Args('slug') slug: string,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ) {
    const practice = await this.practiceService.findBySlug(slug, await ctx.scope());
    if (!practice) return null;
    if (practice.state === 'PUBLISHED') await this.practiceService.recordView(practice, actor);
    return presentPractice(practice);
  }

  @Query(() => PracticeConnection, {
    description: 'The practice library: published practices you may see, filtered and ordered.',
  })
  @Access.public()
  async practices(
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => PracticeFilter, nullable: true }) filter: PracticeFilter | null,
    @Args('orderBy', {
      type: () => PracticeOrderEnum,
      nullable: true,
      defaultValue: PracticeOrderEnum.NEWEST,
    })
    orderBy: PracticeOrderEnum,
    @Context() ctx: RequestContext,
  ) {
    const page = await this.practiceService.list(args, filter, orderBy, await ctx.scope());
    return mapConnection(page, presentPractice);
  }

  @Query(() => [PracticeModel], {
    description:
      'Published practices similar to a title and summary being written (duplicate awareness).',
  })
  @Access.public()
  async similarPractices(
    @Args('title') title: string,
    @Args('summary', { nullable: true, defaultValue: '' }) summary: string,
    @Args('excludeId', { type: () => ID, nullable: true }) excludeId: string | null,
    @Context() ctx: RequestContext,
  ) {
    const rows = await this.practiceService.similar(
      title,
      summary,
      await ctx.scope(),
      excludeId ? id(excludeId) : undefined,
    );
    return rows.map(presentPractice);
  }

  @Query(() => PracticeStatsModel, {
    description: 'Aggregates of the library for charts (only what you may see).',
  })
  @Access.public()
  async practiceStats(@Context() ctx: RequestContext) {
    return this.statsService.stats(await ctx.scope());
  }

  // ---- nested fields (batched per request) -----------------------------------------------

  @ResolveField(() => OrganizationModel, { description: 'The organization that owns it.' })
  async organization(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return presentOrganization((await ctx.loaders.organization.load(p.entity.organizationId))!);
  }

  @ResolveField(() => [OrganizationModel], { description: 'Partner organizations.' })
  async partners(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return (await ctx.loaders.practices.partners.load(p.entity.id)).map(presentOrganization);
  }

  @ResolveField(() => [UserModel], {
    description: 'People who contribute to it (they may edit it).',
  })
  async contributors(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return (await ctx.loaders.practices.contributors.load(p.entity.id)).map((u) =>
      presentUser(u, ctx.actor),
    );
  }

  @ResolveField(() => [EndorsementModel], {
    description: 'Organizations that use or replicated it.',
  })
  async endorsements(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return (await ctx.loaders.practices.endorsements.load(p.entity.id)).map(presentEndorsement);
  }

  @ResolveField(() => Int, { description: 'How many organizations endorse it.' })
  async endorsementCount(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return (await ctx.loaders.practices.endorsements.load(p.entity.id)).length;
  }

  @ResolveField(() => Int, { description: 'How many people bookmarked it.' })
  bookmarkCount(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return ctx.loaders.practices.bookmarkCount.load(p.entity.id);
  }

  @ResolveField(() => Int, { description: 'Views (one per visitor per day).' })
  viewCount(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return ctx.loaders.practices.viewCount.load(p.entity.id);
  }

  @ResolveField(() => Boolean, { description: 'The viewer bookmarked it.' })
  viewerHasBookmarked(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return ctx.loaders.practices.viewerBookmarked.load(p.entity.id);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may edit it.' })
  async viewerCanEdit(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return practicePolicy.edit(ctx.actor, await this.relation(p, ctx));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'How to reach the team: signed-in users only.',
  })
  contact(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return practicePolicy.seeContact(ctx.actor) ? p.entity.contact : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why a moderator unpublished it: its owners, contributors and moderators only.',
  })
  async moderationNote(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    if (!p.entity.moderationNote) return null;
    return practicePolicy.seeModerationNote(ctx.actor, await this.relation(p, ctx))
      ? p.entity.moderationNote
      : null;
  }

  @ResolveField(() => [PracticeRevisionModel], {
    description: 'Saved versions since first publication, newest first.',
  })
  async revisions(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return (await ctx.loaders.practices.revisions.load(p.entity.id)).map((r) =>
      presentRevision(r, ctx.actor),
    );
  }

  private async relation(p: PracticeModel, ctx: RequestContext): Promise<PracticeRelation> {
    const [membership, contributor] = await Promise.all([
      ctx.loaders.viewerMembership.load(p.entity.organizationId),
      ctx.loaders.practices.viewerContributes.load(p.entity.id),
    ]);
    return { roleInOwner: membership?.role ?? null, contributor };
  }

  // ---- mutations -------------------------------------------------------------------------

  @Mutation(() => PracticeModel, {
    description: 'Starts a practice as a draft of one of your organizations (editors and admins).',
  })
  @Access.user({ scope: 'write', verifiedEmail: true })
  async createPractice(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('input') input: PracticeInput,
    @CurrentActor() actor: UserActor,
  ) {
    return presentPractice(await this.practiceService.create(actor, organizationId, input));
  }

  @Mutation(() => PracticeModel, {
    description: 'Saves changes; a published practice keeps a revision of each save.',
  })
  @Access.user({ scope: 'write' })
  async updatePractice(
    @Args('id', { type: () => ID }) practiceId: string,
    @Args('input') input: PracticeInput,
    @CurrentActor() actor: UserActor,
  ) {
    return presentPractice(await this.practiceService.update(actor, id(practiceId), input));
  }

  @Mutation(() => PracticeModel, { description: 'Publishes a draft into the library.' })
  @Access.user({ scope: 'write' })
  async publishPractice(
    @Args('id', { type: () => ID }) practiceId: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentPractice(await this.practiceService.publish(actor, id(practiceId)));
  }

  @Mutation(() => PracticeModel, {
    description: 'Archives a published practice (kept for reference, no longer listed).',
  })
  @Access.user({ scope: 'write' })
  async archivePractice(
    @Args('id', { type: () => ID }) practiceId: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentPractice(await this.practiceService.archive(actor, id(practiceId)));
  }

  @Mutation(() => PracticeModel, {
    description: 'Sends a published or archived practice back to draft.',
  })
  @Access.user({ scope: 'write' })
  async revertPracticeToDraft(
    @Args('id', { type: () => ID }) practiceId: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentPractice(await this.practiceService.revertToDraft(actor, id(practiceId)));
  }

  @Mutation(() => PracticeModel, {
    description:
      'Takes a published practice out of the library with a reason its owners see (moderators).',
  })
  @Access.moderator('write')
  async unpublishPractice(
    @Args('id', { type: () => ID }) practiceId: string,
    @Args('reason') reason: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentPractice(await this.practiceService.unpublish(actor, id(practiceId), reason));
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft that was never published.' })
  @Access.user({ scope: 'write' })
  deletePractice(
    @Args('id', { type: () => ID }) practiceId: string,
    @CurrentActor() actor: UserActor,
  ) {
    return this.practiceService.deleteDraft(actor, id(practiceId));
  }

  @Mutation(() => PracticeModel, { description: 'Bookmarks (follows) a practice.' })
  @Access.user({ scope: 'write' })
  async bookmarkPractice(
    @Args('id', { type: () => ID }) practiceId: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentPractice(
      await this.practiceService.setBookmark(actor, id(practiceId), await ctx.scope(), true),
    );
  }

  @Mutation(() => PracticeModel, { description: 'Removes a bookmark.' })
  @Access.user({ scope: 'write' })
  async unbookmarkPractice(
    @Args('id', { type: () => ID }) practiceId: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentPractice(
      await this.practiceService.setBookmark(actor, id(practiceId), await ctx.scope(), false),
    );
  }

  @Mutation(() => PracticeModel, {
    description:
      '"We use this" or "we replicated this", on behalf of one of your organizations (not the owner).',
  })
  @Access.user({ scope: 'write' })
  async endorsePractice(
    @Args('id', { type: () => ID }) practiceId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('kind', { type: () => EndorsementKindEnum }) kind: EndorsementKindEnum,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentPractice(
      await this.practiceService.endorse(
        actor,
        id(practiceId),
        organizationId,
        kind,
        comment,
        await ctx.scope(),
      ),
    );
  }

  @Mutation(() => PracticeModel, { description: 'Withdraws your organization’s endorsement.' })
  @Access.user({ scope: 'write' })
  async withdrawEndorsement(
    @Args('id', { type: () => ID }) practiceId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentPractice(
      await this.practiceService.withdrawEndorsement(
        actor,
        id(practiceId),
        organizationId,
        await ctx.scope(),
      ),
    );
  }
}

@Resolver(() => EndorsementModel)
export class EndorsementResolver {
  @ResolveField(() => OrganizationModel, { description: 'The endorsing organization.' })
  async organization(@Parent() e: EndorsementModel, @Context() ctx: RequestContext) {
    return presentOrganization((await ctx.loaders.organization.load(e.organizationId))!);
  }
}

@Resolver(() => PracticeRevisionModel)
export class PracticeRevisionResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'Who saved it.' })
  async author(@Parent() r: PracticeRevisionModel, @Context() ctx: RequestContext) {
    if (!r.authorId) return null;
    const user = await ctx.loaders.user.load(r.authorId);
    return user && presentUser(user, ctx.actor);
  }
}
