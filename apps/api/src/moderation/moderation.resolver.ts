import {
  Args,
  Context,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { UserActor } from '../common/actor';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { parseGlobalId, toGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import {
  PostModel,
  presentPost,
  presentThread,
  ThreadModel,
} from '../discussions/discussion.models';
import { UserModel } from '../identity/identity.models';
import { presentUser } from '../identity/identity.presenters';
import { MisusePatternModel } from '../misuse-patterns/misuse-pattern.models';
import { presentMisusePattern } from '../misuse-patterns/misuse-pattern.presenters';
import { PracticeModel } from '../practices/practice.models';
import { presentPractice } from '../practices/practice.presenters';
import { ModerationService } from './moderation.service';

export enum FlagReasonEnum {
  SPAM = 'SPAM',
  ABUSIVE = 'ABUSIVE',
  OFF_TOPIC = 'OFF_TOPIC',
  IDENTIFIES_VICTIM = 'IDENTIFIES_VICTIM',
  OTHER = 'OTHER',
}
registerEnumType(FlagReasonEnum, {
  name: 'FlagReason',
  description: 'Why something is flagged.',
  valuesMap: {
    SPAM: { description: 'Spam or advertising.' },
    ABUSIVE: { description: 'Abusive or hateful.' },
    OFF_TOPIC: { description: 'Off-topic.' },
    IDENTIFIES_VICTIM: { description: 'Identifies a victim or exposes personal data.' },
    OTHER: { description: 'Something else (say what in the note).' },
  },
});

@ObjectType('ModerationItem', { description: 'Something with open flags, for moderators.' })
export class ModerationItemModel {
  @Field({ description: 'POST, THREAD, PRACTICE or PATTERN (a misuse pattern).' })
  targetType: string;
  @Field(() => ID, { description: 'Global id of what was flagged.' }) targetId: string;
  /** The database key of what was flagged. */
  key: string;
  @Field(() => Int, { description: 'Distinct people who flagged it.' }) flagCount: number;
  @Field(() => [FlagReasonEnum], { description: 'Reasons given.' }) reasons: string[];
  @Field(() => [String], { description: 'Notes given.' }) notes: string[];
  @Field(() => GraphQLISODateTime, { description: 'First flag.' }) firstFlaggedAt: Date;
}

const TYPE_NAMES = {
  POST: 'Post',
  THREAD: 'Thread',
  PRACTICE: 'Practice',
  PATTERN: 'MisusePattern',
} as const;

@Resolver()
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Query(() => [ModerationItemModel], {
    description: 'Everything with open flags, most flagged first (moderators).',
  })
  @Access.moderator()
  async moderationQueue() {
    return (await this.moderation.queue()).map((i): ModerationItemModel => ({
      ...i,
      key: i.targetId,
      targetId: toGlobalId(TYPE_NAMES[i.targetType], i.targetId),
    }));
  }

  @Query(() => Int, { description: 'How many things await review (the moderators’ badge).' })
  @Access.moderator()
  openFlagCount() {
    return this.moderation.openFlagCount();
  }

  @Mutation(() => Boolean, {
    description:
      'Flags a post, thread, practice or misuse pattern for moderators. Three people flagging a post hide it until reviewed.',
  })
  @Access.user({ scope: 'write' })
  async flag(
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('reason', { type: () => FlagReasonEnum }) reason: FlagReasonEnum,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return this.moderation.flag(actor, targetId, reason, note, await ctx.scope());
  }

  @Mutation(() => PostModel, {
    description: 'Hides a post with a reason its author sees (moderators).',
  })
  @Access.moderator('write')
  async hidePost(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentPost(
      await this.moderation.setPostHidden(actor, parseGlobalId(id, 'Post'), true, reason),
    );
  }

  @Mutation(() => PostModel, {
    description: 'Restores a hidden post, telling its author why (moderators).',
  })
  @Access.moderator('write')
  async restorePost(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentPost(
      await this.moderation.setPostHidden(actor, parseGlobalId(id, 'Post'), false, reason),
    );
  }

  @Mutation(() => Int, {
    description: 'Closes the open flags on something without acting on it (moderators).',
  })
  @Access.moderator('write')
  dismissFlags(
    @Args('targetId', { type: () => ID }) targetId: string,
    @CurrentActor() actor: UserActor,
  ) {
    return this.moderation.dismissFlags(actor, targetId);
  }

  @Mutation(() => UserModel, {
    description: 'Suspends a user from posting until a date; a past date lifts it (moderators).',
  })
  @Access.moderator('write')
  async suspendUser(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('until', { type: () => GraphQLISODateTime }) until: Date,
    @Args('reason') reason: string,
    @CurrentActor() actor: UserActor,
  ) {
    return presentUser(
      await this.moderation.suspend(actor, parseGlobalId(userId, 'User', 'userId'), until, reason),
      actor,
    );
  }
}

@Resolver(() => ModerationItemModel)
export class ModerationItemResolver {
  @ResolveField(() => MisusePatternModel, {
    nullable: true,
    description: 'The flagged misuse pattern, for a link to its page (PATTERN items only).',
  })
  async misusePattern(@Parent() item: ModerationItemModel, @Context() ctx: RequestContext) {
    if (item.targetType !== 'PATTERN') return null;
    const pattern = await ctx.loaders.misusePatterns.pattern.load(item.key);
    return pattern && presentMisusePattern(pattern);
  }

  @ResolveField(() => PracticeModel, {
    nullable: true,
    description: 'The flagged practice, for a link to its page (PRACTICE items only).',
  })
  async practice(@Parent() item: ModerationItemModel, @Context() ctx: RequestContext) {
    if (item.targetType !== 'PRACTICE') return null;
    const practice = await ctx.loaders.misusePatterns.practice.load(item.key);
    return practice && presentPractice(practice);
  }

  @ResolveField(() => ThreadModel, {
    nullable: true,
    description:
      'The flagged thread (THREAD items), or the thread of the flagged post (POST items), for a link to it.',
  })
  async thread(@Parent() item: ModerationItemModel, @Context() ctx: RequestContext) {
    let threadId: string | null = null;
    if (item.targetType === 'THREAD') threadId = item.key;
    else if (item.targetType === 'POST')
      threadId = (await ctx.loaders.discussions.post.load(item.key))?.threadId ?? null;
    const thread = threadId && (await ctx.loaders.discussions.visibleThread.load(threadId));
    return thread ? presentThread(thread) : null;
  }

  @ResolveField(() => PostModel, {
    nullable: true,
    description: 'The flagged post, for an excerpt of its body and a link to it (POST items only).',
  })
  async post(@Parent() item: ModerationItemModel, @Context() ctx: RequestContext) {
    if (item.targetType !== 'POST') return null;
    const post = await ctx.loaders.discussions.post.load(item.key);
    return post && presentPost(post);
  }
}
