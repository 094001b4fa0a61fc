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
  Subscription,
} from '@nestjs/graphql';
import { forbidden, notFound } from '../common/errors';
import { type LiveEvent, LiveViewer, resolveLive } from '../realtime/live-viewer';
import { PgPubSub } from '../realtime/pg-pubsub.service';
import { isModerator, type UserActor } from '../common/actor';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ConnectionArgs, mapConnection } from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import { UserModel } from '../identity/identity.models';
import { presentUser } from '../identity/identity.presenters';
import { MisusePatternModel } from '../misuse-patterns/misuse-pattern.models';
import { presentMisusePattern } from '../misuse-patterns/misuse-pattern.presenters';
import { PracticeModel } from '../practices/practice.models';
import { presentPractice } from '../practices/practice.presenters';
import {
  CategoryModel,
  PostConnection,
  PostModel,
  presentCategory,
  presentPost,
  presentThread,
  ReactionCountModel,
  ReactionEnum,
  StartThreadInput,
  ThreadConnection,
  ThreadModel,
} from './discussion.models';
import { DiscussionService } from './discussion.service';

const page = mapConnection;
const threadId = (id: string) => parseGlobalId(id, 'Thread', 'threadId');
const postId = (id: string) => parseGlobalId(id, 'Post', 'postId');

@Resolver(() => ThreadModel)
export class ThreadResolver {
  constructor(
    private readonly discussions: DiscussionService,
    private readonly pubsub: PgPubSub,
    private readonly live: LiveViewer,
  ) {}

  // Each event is judged with the subscriber's current credential and scope (LiveViewer): losing
  // the thread ends the subscription with FORBIDDEN, an ended session or token with UNAUTHENTICATED.
  @Subscription(() => PostModel, {
    description:
      'New posts in a thread, live (over graphql-ws at /graphql), whichever API instance received them.',
    resolve: resolveLive,
  })
  @Access.public()
  async postAdded(
    @Args('threadId', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ) {
    const thread = await this.discussions.findThread(threadId(id), await ctx.scope());
    if (!thread) throw notFound('The thread');
    return this.pubsub.iterate(async (event): Promise<LiveEvent<PostModel> | null> => {
      if (event.type !== 'postAdded' || event.threadId !== thread.id) return null;
      const subscriber = await this.live.rejudge(ctx);
      if (!(await this.discussions.findThread(thread.id, subscriber.scope)))
        throw forbidden('You may no longer see this thread.');
      const post = await this.discussions.findPost(event.postId, subscriber.scope);
      return post && { value: presentPost(post), subscriber };
    });
  }

  @Query(() => [CategoryModel], { description: 'The topic forums.' })
  @Access.public()
  async categories() {
    return (await this.discussions.categories()).map(presentCategory);
  }

  @Query(() => ThreadModel, {
    nullable: true,
    description: 'One thread (null when it does not exist or is not visible to you).',
  })
  @Access.public()
  async thread(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    const thread = await this.discussions.findThread(threadId(id), await ctx.scope());
    return thread && presentThread(thread);
  }

  @Query(() => ThreadConnection, {
    description:
      'Threads of a category, of a practice or about a misuse pattern (or all you may see), pinned first, then by last activity.',
  })
  @Access.public()
  async threads(
    @Args() args: ConnectionArgs,
    @Args('categoryId', { type: () => ID, nullable: true }) categoryId: string | null,
    @Args('practiceId', { type: () => ID, nullable: true }) practiceId: string | null,
    @Args('misusePatternId', {
      type: () => ID,
      nullable: true,
      description: 'Only the pattern’s discussion and the threads about it.',
    })
    misusePatternId: string | null,
    @Context() ctx: RequestContext,
  ) {
    const where = {
      categoryId: categoryId
        ? parseGlobalId(categoryId, 'DiscussionCategory', 'categoryId')
        : undefined,
      practiceId: practiceId ? parseGlobalId(practiceId, 'Practice', 'practiceId') : undefined,
      misusePatternId: misusePatternId
        ? parseGlobalId(misusePatternId, 'MisusePattern', 'misusePatternId')
        : undefined,
    };
    return page(await this.discussions.listThreads(args, where, await ctx.scope()), presentThread);
  }

  @Query(() => PostConnection, { description: 'The posts of a thread, oldest first.' })
  @Access.public()
  async posts(
    @Args('threadId', { type: () => ID }) id: string,
    @Args() args: ConnectionArgs,
    @Context() ctx: RequestContext,
  ) {
    const scope = await ctx.scope();
    const thread = await this.discussions.findThread(threadId(id), scope);
    if (!thread)
      return page(
        {
          edges: [],
          nodes: [],
          totalCount: 0,
          pageInfo: {
            hasNextPage: false,
            hasPreviousPage: false,
            startCursor: null,
            endCursor: null,
          },
        },
        presentPost,
      );
    return page(await this.discussions.listPosts(thread, args, scope), presentPost);
  }

  @ResolveField(() => CategoryModel, {
    nullable: true,
    description: 'Its category (null for the discussion of a practice or pattern).',
  })
  async category(@Parent() t: ThreadModel, @Context() ctx: RequestContext) {
    const c =
      t.entity.categoryId && (await ctx.loaders.discussions.category.load(t.entity.categoryId));
    return c ? presentCategory(c) : null;
  }

  @ResolveField(() => PracticeModel, {
    nullable: true,
    description: 'The practice it discusses (null for a category thread).',
  })
  async practice(@Parent() t: ThreadModel, @Context() ctx: RequestContext) {
    const p =
      t.entity.practiceId && (await ctx.loaders.misusePatterns.practice.load(t.entity.practiceId));
    return p ? presentPractice(p) : null;
  }

  @ResolveField(() => MisusePatternModel, {
    nullable: true,
    description:
      'The misuse pattern it discusses or is about (null for others, and when you may not see it).',
  })
  async misusePattern(@Parent() t: ThreadModel, @Context() ctx: RequestContext) {
    const m =
      t.entity.misusePatternId &&
      (await ctx.loaders.misusePatterns.pattern.load(t.entity.misusePatternId));
    return m ? presentMisusePattern(m) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who started it.' })
  async author(@Parent() t: ThreadModel, @Context() ctx: RequestContext) {
    const u = t.entity.authorId && (await ctx.loaders.user.load(t.entity.authorId));
    return u ? presentUser(u, ctx.actor) : null;
  }

  @ResolveField(() => Int, { description: 'Replies (posts after the first).' })
  replyCount(@Parent() t: ThreadModel, @Context() ctx: RequestContext) {
    return ctx.loaders.discussions.replyCount.load(t.entity.id);
  }

  @ResolveField(() => Int, { description: 'People who posted.' })
  participantCount(@Parent() t: ThreadModel, @Context() ctx: RequestContext) {
    return ctx.loaders.discussions.participantCount.load(t.entity.id);
  }

  @ResolveField(() => Int, { description: 'Posts the viewer has not read yet (0 for visitors).' })
  unreadCount(@Parent() t: ThreadModel, @Context() ctx: RequestContext) {
    return ctx.loaders.discussions.unreadCount.load(t.entity.id);
  }

  @ResolveField(() => PostModel, {
    nullable: true,
    description: 'The accepted answer of a question.',
  })
  async acceptedAnswer(@Parent() t: ThreadModel, @Context() ctx: RequestContext) {
    const p =
      t.entity.acceptedPostId && (await ctx.loaders.discussions.post.load(t.entity.acceptedPostId));
    return p ? presentPost(p) : null;
  }

  // ---- mutations -----------------------------------------------------------------------

  @Mutation(() => PostModel, {
    description:
      'Starts a thread in a category (possibly about a misuse pattern), or posts on the discussion of a practice or pattern; returns the post.',
  })
  @Access.user({ scope: 'write', verifiedEmail: true })
  async startThread(
    @Args('input') input: StartThreadInput,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentPost((await this.discussions.startThread(actor, input, await ctx.scope())).post);
  }

  @Mutation(() => PostModel, {
    description: 'Replies in a thread, optionally to one of its posts (quoted as parent).',
  })
  @Access.user({ scope: 'write', verifiedEmail: true })
  async reply(
    @Args('threadId', { type: () => ID }) id: string,
    @Args('body') body: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentPost(
      await this.discussions.reply(actor, threadId(id), body, parentId, await ctx.scope()),
    );
  }

  @Mutation(() => ThreadModel, { description: 'Marks a thread read up to now.' })
  @Access.user({ scope: 'write' })
  async markThreadRead(
    @Args('threadId', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentThread(await this.discussions.markRead(actor, threadId(id), await ctx.scope()));
  }

  @Mutation(() => ThreadModel, {
    description:
      'Marks (or with postId null, clears) the accepted answer of a question: its author or a moderator.',
  })
  @Access.user({ scope: 'write' })
  async acceptAnswer(
    @Args('threadId', { type: () => ID }) id: string,
    @Args('postId', { type: () => ID, nullable: true }) answerId: string | null,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentThread(
      await this.discussions.acceptAnswer(actor, threadId(id), answerId, await ctx.scope()),
    );
  }

  @Mutation(() => ThreadModel, { description: 'Locks or unlocks a thread (moderators).' })
  @Access.moderator('write')
  async setThreadLocked(
    @Args('id', { type: () => ID }) id: string,
    @Args('locked') locked: boolean,
    @CurrentActor() actor: UserActor,
  ) {
    return presentThread(await this.discussions.moderateThread(actor, threadId(id), { locked }));
  }

  @Mutation(() => ThreadModel, {
    description: 'Moves a category thread to another category (moderators).',
  })
  @Access.moderator('write')
  async moveThread(
    @Args('id', { type: () => ID }) id: string,
    @Args('categoryId', { type: () => ID }) categoryId: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentThread(
      await this.discussions.moderateThread(actor, threadId(id), {
        categoryId: parseGlobalId(categoryId, 'DiscussionCategory', 'categoryId'),
      }),
    );
  }

  @Mutation(() => ThreadModel, { description: 'Pins or unpins a thread (moderators).' })
  @Access.moderator('write')
  async setThreadPinned(
    @Args('id', { type: () => ID }) id: string,
    @Args('pinned') pinned: boolean,
    @CurrentActor() actor: UserActor,
  ) {
    return presentThread(await this.discussions.moderateThread(actor, threadId(id), { pinned }));
  }
}

@Resolver(() => PostModel)
export class PostResolver {
  constructor(private readonly discussions: DiscussionService) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'Who wrote it.' })
  async author(@Parent() p: PostModel, @Context() ctx: RequestContext) {
    const u = p.entity.authorId && (await ctx.loaders.user.load(p.entity.authorId));
    return u ? presentUser(u, ctx.actor) : null;
  }

  @ResolveField(() => PostModel, {
    nullable: true,
    description: 'The post it replies to (shown quoted).',
  })
  async parent(@Parent() p: PostModel, @Context() ctx: RequestContext) {
    const parent =
      p.entity.parentId && (await ctx.loaders.discussions.post.load(p.entity.parentId));
    return parent ? presentPost(parent) : null;
  }

  @ResolveField(() => ThreadModel, { description: 'Its thread.' })
  async thread(@Parent() p: PostModel, @Context() ctx: RequestContext) {
    return presentThread((await ctx.loaders.discussions.thread.load(p.entity.threadId))!);
  }

  @ResolveField(() => [ReactionCountModel], { description: 'Reactions with counts.' })
  reactions(@Parent() p: PostModel, @Context() ctx: RequestContext) {
    return ctx.loaders.discussions.reactions.load(p.entity.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why moderation hid it: its author and moderators only.',
  })
  hiddenReason(@Parent() p: PostModel, @Context() ctx: RequestContext) {
    const mine = ctx.actor.kind === 'user' && ctx.actor.user.id === p.entity.authorId;
    return mine || isModerator(ctx.actor) ? p.entity.hiddenReason : null;
  }

  @Mutation(() => PostModel, {
    description: 'Edits your post (the earlier text is kept; "edited" is shown).',
  })
  @Access.user({ scope: 'write', verifiedEmail: true })
  async editPost(
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentPost(await this.discussions.editPost(actor, postId(id), body, await ctx.scope()));
  }

  @Mutation(() => PostModel, {
    description: 'Removes your post (shown as "removed by its author").',
  })
  @Access.user({ scope: 'write' })
  async deletePost(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentPost(await this.discussions.deletePost(actor, postId(id), await ctx.scope()));
  }

  @Mutation(() => PostModel, { description: 'Reacts to a post.' })
  @Access.user({ scope: 'write' })
  async react(
    @Args('postId', { type: () => ID }) id: string,
    @Args('reaction', { type: () => ReactionEnum }) reaction: ReactionEnum,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentPost(
      await this.discussions.react(actor, postId(id), reaction, true, await ctx.scope()),
    );
  }

  @Mutation(() => PostModel, { description: 'Takes back a reaction.' })
  @Access.user({ scope: 'write' })
  async unreact(
    @Args('postId', { type: () => ID }) id: string,
    @Args('reaction', { type: () => ReactionEnum }) reaction: ReactionEnum,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentPost(
      await this.discussions.react(actor, postId(id), reaction, false, await ctx.scope()),
    );
  }
}
