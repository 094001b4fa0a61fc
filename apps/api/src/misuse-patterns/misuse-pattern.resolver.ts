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
import type { UserActor } from '../common/actor';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ConnectionArgs, mapConnection, pageOfList } from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import { OrganizationModel } from '../organizations/organization.models';
import { presentOrganization } from '../organizations/organization.presenters';
import { RegionEnum } from '../practices/practice-taxonomy.enums';
import { GapMatrixService } from './gap-matrix.service';
import {
  CountermeasureConnection,
  GapMatrixModel,
  MisusePatternConnection,
  MisusePatternFilter,
  MisusePatternInput,
  MisusePatternModel,
  MisusePatternStatsModel,
} from './misuse-pattern.models';
import { misusePatternPolicy } from './misuse-pattern.policy';
import { presentCountermeasure, presentMisusePattern } from './misuse-pattern.presenters';
import { MisusePatternService } from './misuse-pattern.service';
import { MisusePatternOrderEnum } from './misuse-taxonomy.enums';

const id = (patternId: string) => parseGlobalId(patternId, 'MisusePattern');

@Resolver(() => MisusePatternModel)
export class MisusePatternResolver {
  constructor(
    private readonly patterns: MisusePatternService,
    private readonly gaps: GapMatrixService,
  ) {}

  // ---- queries ---------------------------------------------------------------------------

  @Query(() => MisusePatternModel, {
    nullable: true,
    description:
      'One misuse pattern by its short name (null when it does not exist or is not visible to you).',
  })
  @Access.public()
  async misusePattern(@Args('slug') slug: string, @Context() ctx: RequestContext) {
    const pattern = await this.patterns.findBySlug(slug, await ctx.scope());
    return pattern && presentMisusePattern(pattern);
  }

  @Query(() => MisusePatternConnection, {
    description:
      'The misuse-pattern library: published patterns you may see, filtered and ordered.',
  })
  @Access.public()
  async misusePatterns(
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => MisusePatternFilter, nullable: true })
    filter: MisusePatternFilter | null,
    @Args('orderBy', {
      type: () => MisusePatternOrderEnum,
      nullable: true,
      defaultValue: MisusePatternOrderEnum.NEWEST,
    })
    orderBy: MisusePatternOrderEnum,
    @Context() ctx: RequestContext,
  ) {
    return mapConnection(
      await this.patterns.list(args, filter, orderBy, await ctx.scope()),
      presentMisusePattern,
    );
  }

  @Query(() => GapMatrixModel, {
    description:
      'Stages × misused technologies: how many patterns and countermeasures fall in each cell (only what you may see).',
  })
  @Access.public()
  async gapMatrix(
    @Args('regions', {
      type: () => [RegionEnum],
      nullable: true,
      description: 'Only patterns observed in any of these regions.',
    })
    regions: string[] | null,
    @Context() ctx: RequestContext,
  ) {
    return this.gaps.gapMatrix(await ctx.scope(), regions);
  }

  @Query(() => MisusePatternStatsModel, {
    description: 'Aggregates of the pattern library for charts (only what you may see).',
  })
  @Access.public()
  async misusePatternStats(@Context() ctx: RequestContext) {
    return this.gaps.stats(await ctx.scope());
  }

  // ---- nested fields (batched per request) -----------------------------------------------

  @ResolveField(() => OrganizationModel, { description: 'The organization that owns it.' })
  async organization(@Parent() m: MisusePatternModel, @Context() ctx: RequestContext) {
    return presentOrganization((await ctx.loaders.organization.load(m.entity.organizationId))!);
  }

  @ResolveField(() => Boolean, {
    description: 'The viewer may edit it (editors and admins of the owning organization).',
  })
  async viewerCanEdit(@Parent() m: MisusePatternModel, @Context() ctx: RequestContext) {
    return misusePatternPolicy.edit(
      ctx.actor,
      (await ctx.loaders.viewerMembership.load(m.entity.organizationId))?.role ?? null,
    );
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why a moderator unpublished it: members of its organization and moderators only.',
  })
  async moderationNote(@Parent() m: MisusePatternModel, @Context() ctx: RequestContext) {
    if (!m.entity.moderationNote) return null;
    const role = (await ctx.loaders.viewerMembership.load(m.entity.organizationId))?.role ?? null;
    return misusePatternPolicy.seeModerationNote(ctx.actor, role) ? m.entity.moderationNote : null;
  }

  @ResolveField(() => CountermeasureConnection, {
    description: 'Practices that counter it, oldest link first (only practices you may see).',
  })
  async countermeasures(
    @Parent() m: MisusePatternModel,
    @Args() args: ConnectionArgs,
    @Context() ctx: RequestContext,
  ) {
    return pageOfList(
      await ctx.loaders.misusePatterns.ofPattern.load(m.entity.id),
      args,
      presentCountermeasure,
    );
  }

  @ResolveField(() => Int, { description: 'How many countermeasures you may see.' })
  async countermeasureCount(@Parent() m: MisusePatternModel, @Context() ctx: RequestContext) {
    return (await ctx.loaders.misusePatterns.ofPattern.load(m.entity.id)).length;
  }

  // ---- mutations -------------------------------------------------------------------------

  @Mutation(() => MisusePatternModel, {
    description:
      'Starts a misuse pattern as a draft of one of your organizations (editors and admins).',
  })
  @Access.user({ scope: 'write', verifiedEmail: true })
  async createMisusePattern(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('input') input: MisusePatternInput,
    @CurrentActor() actor: UserActor,
  ) {
    return presentMisusePattern(await this.patterns.create(actor, organizationId, input));
  }

  @Mutation(() => MisusePatternModel, {
    description: 'Saves changes to a pattern (editors and admins of its organization).',
  })
  @Access.user({ scope: 'write' })
  async updateMisusePattern(
    @Args('id', { type: () => ID }) patternId: string,
    @Args('input') input: MisusePatternInput,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentMisusePattern(
      await this.patterns.update(actor, id(patternId), input, await ctx.scope()),
    );
  }

  @Mutation(() => MisusePatternModel, {
    description: 'Publishes a draft (or an archived pattern again) into the library.',
  })
  @Access.user({ scope: 'write' })
  async publishMisusePattern(
    @Args('id', { type: () => ID }) patternId: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentMisusePattern(
      await this.patterns.publish(actor, id(patternId), await ctx.scope()),
    );
  }

  @Mutation(() => MisusePatternModel, {
    description: 'Archives a published pattern (kept for reference, no longer listed).',
  })
  @Access.user({ scope: 'write' })
  async archiveMisusePattern(
    @Args('id', { type: () => ID }) patternId: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentMisusePattern(
      await this.patterns.archive(actor, id(patternId), await ctx.scope()),
    );
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft that was never published.' })
  @Access.user({ scope: 'write' })
  async deleteMisusePattern(
    @Args('id', { type: () => ID }) patternId: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return this.patterns.deleteDraft(actor, id(patternId), await ctx.scope());
  }

  @Mutation(() => MisusePatternModel, {
    description:
      'Takes a published pattern out of the library with a reason its owners see (moderators).',
  })
  @Access.moderator('write')
  async unpublishMisusePattern(
    @Args('id', { type: () => ID }) patternId: string,
    @Args('reason') reason: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentMisusePattern(await this.patterns.unpublish(actor, id(patternId), reason));
  }
}
