import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { UserActor } from '../common/actor';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ConnectionArgs, pageOfList } from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import { UserModel } from '../identity/identity.models';
import { presentUser } from '../identity/identity.presenters';
import { PracticeModel } from '../practices/practice.models';
import { presentPractice } from '../practices/practice.presenters';
import { CountermeasureService } from './countermeasure.service';
import {
  CountermeasureConnection,
  CountermeasureInput,
  CountermeasureModel,
  MisusePatternModel,
} from './misuse-pattern.models';
import { misusePatternPolicy } from './misuse-pattern.policy';
import { presentCountermeasure, presentMisusePattern } from './misuse-pattern.presenters';

const id = (countermeasureId: string) => parseGlobalId(countermeasureId, 'Countermeasure');

@Resolver(() => CountermeasureModel)
export class CountermeasureResolver {
  constructor(private readonly countermeasures: CountermeasureService) {}

  // Both ends are visible whenever a countermeasure is shown (the loaders and the service see to it).
  @ResolveField(() => PracticeModel, { description: 'The practice that counters the pattern.' })
  async practice(@Parent() c: CountermeasureModel, @Context() ctx: RequestContext) {
    return presentPractice((await ctx.loaders.misusePatterns.practice.load(c.entity.practiceId))!);
  }

  @ResolveField(() => MisusePatternModel, { description: 'The pattern it counters.' })
  async pattern(@Parent() c: CountermeasureModel, @Context() ctx: RequestContext) {
    return presentMisusePattern(
      (await ctx.loaders.misusePatterns.pattern.load(c.entity.patternId))!,
    );
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who proposed it.' })
  async proposedBy(@Parent() c: CountermeasureModel, @Context() ctx: RequestContext) {
    if (!c.entity.createdBy) return null;
    const user = await ctx.loaders.user.load(c.entity.createdBy);
    return user && presentUser(user, ctx.actor);
  }

  @ResolveField(() => Boolean, {
    description:
      'The viewer may change and remove it (editors and admins of the practice’s organization).',
  })
  async viewerCanEdit(@Parent() c: CountermeasureModel, @Context() ctx: RequestContext) {
    if (ctx.actor.kind !== 'user') return false;
    const practice = await ctx.loaders.misusePatterns.practice.load(c.entity.practiceId);
    if (!practice) return false;
    return misusePatternPolicy.editCountermeasure(
      ctx.actor,
      (await ctx.loaders.viewerMembership.load(practice.organizationId))?.role ?? null,
    );
  }

  @Mutation(() => CountermeasureModel, {
    description:
      'Links a practice to a misuse pattern it counters (editors and admins of the practice’s organization; both must be visible to you).',
  })
  @Access.user({ scope: 'write', verifiedEmail: true })
  async linkCountermeasure(
    @Args('practiceId', { type: () => ID }) practiceId: string,
    @Args('patternId', { type: () => ID }) patternId: string,
    @Args('input') input: CountermeasureInput,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    const link = await this.countermeasures.link(
      actor,
      parseGlobalId(practiceId, 'Practice', 'practiceId'),
      parseGlobalId(patternId, 'MisusePattern', 'patternId'),
      input,
      await ctx.scope(),
    );
    return presentCountermeasure(link);
  }

  @Mutation(() => CountermeasureModel, {
    description:
      'Changes how a practice counters a pattern (editors and admins of the practice’s organization).',
  })
  @Access.user({ scope: 'write' })
  async updateCountermeasure(
    @Args('id', { type: () => ID }) countermeasureId: string,
    @Args('input') input: CountermeasureInput,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentCountermeasure(
      await this.countermeasures.update(actor, id(countermeasureId), input, await ctx.scope()),
    );
  }

  @Mutation(() => Boolean, {
    description:
      'Removes a countermeasure (editors and admins of the practice’s organization, and moderators).',
  })
  @Access.user({ scope: 'write' })
  async unlinkCountermeasure(
    @Args('id', { type: () => ID }) countermeasureId: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return this.countermeasures.unlink(actor, id(countermeasureId), await ctx.scope());
  }
}

/** The patterns a practice counters, on the practice. */
@Resolver(() => PracticeModel)
export class PracticeCountermeasuresResolver {
  @ResolveField(() => CountermeasureConnection, {
    description: 'Misuse patterns it counters, oldest link first (only patterns you may see).',
  })
  async countermeasures(
    @Parent() p: PracticeModel,
    @Args() args: ConnectionArgs,
    @Context() ctx: RequestContext,
  ) {
    return pageOfList(
      await ctx.loaders.misusePatterns.ofPractice.load(p.entity.id),
      args,
      presentCountermeasure,
    );
  }
}
