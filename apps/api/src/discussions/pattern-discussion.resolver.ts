import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { UserActor } from '../common/actor';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { mapConnection } from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import { MisusePatternModel } from '../misuse-patterns/misuse-pattern.models';
import { presentMisusePattern } from '../misuse-patterns/misuse-pattern.presenters';
import { presentThread, ThreadConnection, ThreadModel } from './discussion.models';
import { DiscussionService } from './discussion.service';

const patternId = (id: string) => parseGlobalId(id, 'MisusePattern');

/** A misuse pattern's discussions and followers: its own discussion, threads about it, following. */
@Resolver(() => MisusePatternModel)
export class PatternDiscussionResolver {
  constructor(private readonly discussions: DiscussionService) {}

  @ResolveField(() => ThreadModel, {
    nullable: true,
    description: 'The pattern’s own discussion (null until its first post).',
  })
  async discussion(@Parent() m: MisusePatternModel, @Context() ctx: RequestContext) {
    const thread = await ctx.loaders.discussions.patternDiscussion.load(m.entity.id);
    return thread && presentThread(thread);
  }

  @ResolveField(() => ThreadConnection, {
    description:
      'Threads in categories about the pattern (such as calls for partners), pinned first, then by last activity.',
  })
  async relatedThreads(
    @Parent() m: MisusePatternModel,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: 'Return the first n threads after `after` (1–100).',
    })
    first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor: return threads after this one.',
    })
    after: string | null,
    @Context() ctx: RequestContext,
  ) {
    const page = await this.discussions.listThreads(
      { first, after },
      { misusePatternId: m.entity.id, inCategory: true },
      await ctx.scope(),
    );
    return mapConnection(page, presentThread);
  }

  @ResolveField(() => Boolean, {
    description: 'The viewer follows the pattern (false for visitors).',
  })
  viewerIsFollowing(@Parent() m: MisusePatternModel, @Context() ctx: RequestContext) {
    return ctx.loaders.discussions.viewerFollowsPattern.load(m.entity.id);
  }

  @ResolveField(() => Int, { description: 'How many people follow the pattern.' })
  followerCount(@Parent() m: MisusePatternModel, @Context() ctx: RequestContext) {
    return ctx.loaders.discussions.patternFollowerCount.load(m.entity.id);
  }

  @Mutation(() => MisusePatternModel, {
    description:
      'Follows a misuse pattern: you are notified of posts in its discussion, new threads about it and new countermeasures.',
  })
  @Access.user({ scope: 'write' })
  async followMisusePattern(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentMisusePattern(
      await this.discussions.followPattern(actor, patternId(id), true, await ctx.scope()),
    );
  }

  @Mutation(() => MisusePatternModel, { description: 'Stops following a misuse pattern.' })
  @Access.user({ scope: 'write' })
  async unfollowMisusePattern(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentMisusePattern(
      await this.discussions.followPattern(actor, patternId(id), false, await ctx.scope()),
    );
  }
}
