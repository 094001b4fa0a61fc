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
import { type LiveEvent, LiveViewer, PgPubSub, resolveLive } from '../realtime';
import type { UserActor } from '../common/actor';
import { Access } from '../common/auth/access.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { mapConnection, ConnectionArgs } from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import type { RequestContext } from '../common/request-context';
import {
  DiscussionService,
  PostModel,
  ThreadModel,
  presentPost,
  presentThread,
} from '../discussions';
import {
  NotificationConnection,
  NotificationModel,
  presentNotification,
} from './notification.models';
import { UserModel, ViewerModel, presentUser } from '../identity';
import { NotificationService } from './notification.service';
import { PracticeModel, PracticeService, presentPractice } from '../practices';
import { OrganizationModel, presentOrganization } from '../organizations';
import { registerEnumType } from '@nestjs/graphql';
import { MisusePatternModel, presentMisusePattern } from '../misuse-patterns';

export enum WatchLevelEnum {
  WATCHING = 'WATCHING',
  NORMAL = 'NORMAL',
  MUTED = 'MUTED',
}
registerEnumType(WatchLevelEnum, {
  name: 'WatchLevel',
  description: 'How closely to follow a thread, practice, misuse pattern or category.',
  valuesMap: {
    WATCHING: { description: 'Be notified of every new post.' },
    NORMAL: { description: 'Only replies to you and mentions.' },
    MUTED: { description: 'Nothing but mentions (threads).' },
  },
});

export enum EmailNotificationsEnum {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  OFF = 'OFF',
}
registerEnumType(EmailNotificationsEnum, {
  name: 'EmailNotifications',
  description: 'When to email notifications.',
  valuesMap: {
    IMMEDIATE: { description: 'At once.' },
    DAILY: { description: 'In one daily digest, grouped by discussion.' },
    OFF: { description: 'Never (in-app only).' },
  },
});

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(
    private readonly notificationService: NotificationService,
    private readonly discussions: DiscussionService,
    private readonly practiceService: PracticeService,
    private readonly pubsub: PgPubSub,
    private readonly live: LiveViewer,
  ) {}

  @Subscription(() => NotificationModel, {
    description: 'The viewer’s new notifications, live.',
    resolve: resolveLive,
  })
  @Access.user()
  notificationAdded(@CurrentActor() actor: UserActor, @Context() ctx: RequestContext) {
    return this.pubsub.iterate(async (event): Promise<LiveEvent<NotificationModel> | null> => {
      if (event.type !== 'notificationAdded' || event.userId !== actor.user.id) return null;
      // Judged like the list: a notification about what the reader may no longer see is not pushed.
      const subscriber = await this.live.rejudge(ctx);
      const n = await this.notificationService.findVisible(
        actor.user.id,
        event.notificationId,
        subscriber.scope,
      );
      return n && { value: presentNotification(n), subscriber };
    });
  }

  @Query(() => NotificationConnection, {
    description:
      'The viewer’s notifications, newest first (leaving out those about what the viewer may no longer see).',
  })
  @Access.user()
  async notifications(
    @Args() args: ConnectionArgs,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    const page = await this.notificationService.list(
      actor.user.id,
      args,
      unreadOnly,
      await ctx.scope(),
    );
    return mapConnection(page, presentNotification);
  }

  @Query(() => Int, { description: 'How many notifications the viewer has not read (the badge).' })
  @Access.user()
  async unreadNotificationCount(@CurrentActor() actor: UserActor, @Context() ctx: RequestContext) {
    return this.notificationService.unreadCount(actor.user.id, await ctx.scope());
  }

  @Mutation(() => Int, {
    description:
      'Marks the given notifications read, or all when ids is omitted; returns how many changed.',
  })
  @Access.user({ scope: 'write' })
  markNotificationsRead(
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
    @CurrentActor() actor: UserActor,
  ) {
    return this.notificationService.markRead(
      actor.user.id,
      ids ? ids.map((id) => parseGlobalId(id, 'Notification', 'ids')) : null,
    );
  }

  @Mutation(() => WatchLevelEnum, {
    description: 'Sets how closely you follow a thread, practice, misuse pattern or category.',
  })
  @Access.user({ scope: 'write' })
  async watch(
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('level', { type: () => WatchLevelEnum }) level: WatchLevelEnum,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return this.discussions.watch(actor, targetId, level, await ctx.scope());
  }

  @Mutation(() => EmailNotificationsEnum, {
    description: 'Sets when notifications are emailed to you.',
  })
  @Access.user({ scope: 'write' })
  async updateNotificationPreferences(
    @Args('email', { type: () => EmailNotificationsEnum }) email: EmailNotificationsEnum,
    @CurrentActor() actor: UserActor,
  ) {
    await this.notificationService.setEmailPreference(actor.user.id, email);
    return email;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who caused it.' })
  async actor(@Parent() n: NotificationModel, @Context() ctx: RequestContext) {
    const u = n.entity.actorId && (await ctx.loaders.user.load(n.entity.actorId));
    return u ? presentUser(u, ctx.actor) : null;
  }

  @ResolveField(() => ThreadModel, {
    nullable: true,
    description: 'The thread concerned (null when you may no longer see it).',
  })
  async thread(@Parent() n: NotificationModel, @Context() ctx: RequestContext) {
    const t =
      n.entity.threadId && (await ctx.loaders.discussions.visibleThread.load(n.entity.threadId));
    return t ? presentThread(t) : null;
  }

  @ResolveField(() => MisusePatternModel, {
    nullable: true,
    description:
      'The misuse pattern concerned (its discussion, threads about it, moderation; null when you may no longer see it).',
  })
  async misusePattern(@Parent() n: NotificationModel, @Context() ctx: RequestContext) {
    const m =
      n.entity.misusePatternId &&
      (await ctx.loaders.misusePatterns.pattern.load(n.entity.misusePatternId));
    return m ? presentMisusePattern(m) : null;
  }

  @ResolveField(() => PracticeModel, {
    nullable: true,
    description: 'The practice concerned (endorsements, moderation).',
  })
  async practice(@Parent() n: NotificationModel, @Context() ctx: RequestContext) {
    if (!n.entity.practiceId) return null;
    const p = await this.practiceService.findById(n.entity.practiceId, await ctx.scope());
    return p ? presentPractice(p) : null;
  }

  @ResolveField(() => OrganizationModel, {
    nullable: true,
    description: 'The organization concerned (the endorser, the inviter).',
  })
  async organization(@Parent() n: NotificationModel, @Context() ctx: RequestContext) {
    const o =
      n.entity.organizationId && (await ctx.loaders.organization.load(n.entity.organizationId));
    return o ? presentOrganization(o) : null;
  }

  @ResolveField(() => PostModel, {
    nullable: true,
    description: 'The post concerned (null when you may no longer see its thread).',
  })
  async post(@Parent() n: NotificationModel, @Context() ctx: RequestContext) {
    const p = n.entity.postId && (await ctx.loaders.discussions.post.load(n.entity.postId));
    return p ? presentPost(p) : null;
  }
}

@Resolver(() => ViewerModel)
export class ViewerNotificationPreferencesResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @ResolveField(() => EmailNotificationsEnum, {
    description: 'When notifications are emailed to the viewer.',
  })
  async emailNotifications(@Parent() viewer: ViewerModel) {
    return this.notificationService.emailPreference(viewer.uuid);
  }
}
