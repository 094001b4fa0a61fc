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
import { ConnectionArgs, mapConnection } from '../common/relay/connection';
import type { RequestContext } from '../common/request-context';
import { MisusePatternModel } from '../misuse-patterns/misuse-pattern.models';
import { PracticeModel } from '../practices/practice.models';
import type { EventPresentation } from './event.entity';
import { libraryItemKey } from './event.loaders';
import {
  EventConnection,
  EventInput,
  EventModel,
  EventPresentationModel,
  EventSessionInput,
  EventSessionModel,
  LibraryItemUnion,
} from './event.models';
import { eventPolicy } from './event.policy';
import { presentEvent, presentEventSession, presentPresentation } from './event.presenters';
import { EventService } from './event.service';

@Resolver(() => EventModel)
export class EventResolver {
  constructor(private readonly eventService: EventService) {}

  // ---- queries ---------------------------------------------------------------------------

  @Query(() => EventConnection, { description: 'Events, newest first.' })
  @Access.public()
  async events(@Args() args: ConnectionArgs) {
    return mapConnection(await this.eventService.list(args), presentEvent);
  }

  @Query(() => EventModel, {
    nullable: true,
    description: 'One event by its short name (null when there is none).',
  })
  @Access.public()
  async event(@Args('slug') slug: string) {
    const event = await this.eventService.findBySlug(slug);
    return event && presentEvent(event);
  }

  // ---- nested fields ---------------------------------------------------------------------

  @ResolveField(() => [EventSessionModel], { description: 'Its sessions, in programme order.' })
  async sessions(@Parent() e: EventModel, @Context() ctx: RequestContext) {
    return (await ctx.loaders.events.sessionsOfEvent.load(e.entity.id)).map(presentEventSession);
  }

  @ResolveField(() => Int, {
    description: 'How many practices and patterns you may see were presented at it.',
  })
  presentationCount(@Parent() e: EventModel, @Context() ctx: RequestContext) {
    return ctx.loaders.events.presentationCount.load(e.entity.id);
  }

  @ResolveField(() => Boolean, { description: 'You may change it and its sessions (moderators).' })
  viewerCanEdit(@Context() ctx: RequestContext) {
    return eventPolicy.curate(ctx.actor);
  }

  // ---- mutations -------------------------------------------------------------------------

  @Mutation(() => EventModel, { description: 'Adds an event (moderators).' })
  @Access.moderator('write')
  async createEvent(@Args('input') input: EventInput, @CurrentActor() actor: UserActor) {
    return presentEvent(await this.eventService.create(actor, input));
  }

  @Mutation(() => EventModel, {
    description: 'Changes an event; its themes are replaced as given (moderators).',
  })
  @Access.moderator('write')
  async updateEvent(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EventInput,
    @CurrentActor() actor: UserActor,
  ) {
    return presentEvent(await this.eventService.update(actor, id, input));
  }

  @Mutation(() => Boolean, {
    description: 'Deletes an event with its sessions and presentations (moderators).',
  })
  @Access.moderator('write')
  deleteEvent(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: UserActor) {
    return this.eventService.delete(actor, id);
  }

  @Mutation(() => EventSessionModel, { description: 'Adds a session to an event (moderators).' })
  @Access.moderator('write')
  async addEventSession(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: EventSessionInput,
    @CurrentActor() actor: UserActor,
  ) {
    return presentEventSession(await this.eventService.addSession(actor, eventId, input));
  }

  @Mutation(() => EventSessionModel, { description: 'Changes a session (moderators).' })
  @Access.moderator('write')
  async updateEventSession(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EventSessionInput,
    @CurrentActor() actor: UserActor,
  ) {
    return presentEventSession(await this.eventService.updateSession(actor, id, input));
  }

  @Mutation(() => Boolean, {
    description: 'Removes a session with its presentations (moderators).',
  })
  @Access.moderator('write')
  removeEventSession(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: UserActor) {
    return this.eventService.removeSession(actor, id);
  }

  @Mutation(() => EventPresentationModel, {
    description:
      'Marks a published practice or pattern as presented at a session (editors of its organization, moderators); marking it twice changes nothing.',
  })
  @Access.user({ scope: 'write' })
  async markPresented(
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('itemId', { type: () => ID, description: 'A Practice or MisusePattern id.' })
    itemId: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return presentPresentation(
      await this.eventService.markPresented(actor, sessionId, itemId, await ctx.scope()),
    );
  }

  @Mutation(() => Boolean, {
    description: 'Takes back a presentation (editors of the item’s organization, moderators).',
  })
  @Access.user({ scope: 'write' })
  async unmarkPresented(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: UserActor,
    @Context() ctx: RequestContext,
  ) {
    return this.eventService.unmarkPresented(actor, id, await ctx.scope());
  }
}

@Resolver(() => EventSessionModel)
export class EventSessionResolver {
  @ResolveField(() => EventModel, { description: 'The event it belongs to.' })
  async event(@Parent() s: EventSessionModel, @Context() ctx: RequestContext) {
    return presentEvent((await ctx.loaders.events.event.load(s.entity.eventId))!);
  }

  @ResolveField(() => [EventPresentationModel], {
    description: 'The practices and patterns you may see that were presented at it.',
  })
  async presentations(@Parent() s: EventSessionModel, @Context() ctx: RequestContext) {
    return (await ctx.loaders.events.presentationsOfSession.load(s.entity.id)).map(
      presentPresentation,
    );
  }
}

@Resolver(() => EventPresentationModel)
export class EventPresentationResolver {
  @ResolveField(() => EventSessionModel, { description: 'The session it was presented at.' })
  async session(@Parent() p: EventPresentationModel, @Context() ctx: RequestContext) {
    return presentEventSession((await ctx.loaders.events.session.load(p.entity.sessionId))!);
  }

  @ResolveField(() => LibraryItemUnion, { description: 'The practice or pattern presented.' })
  async item(@Parent() p: EventPresentationModel, @Context() ctx: RequestContext) {
    return ctx.loaders.events.libraryItem.load(libraryItemKey(p.entity));
  }

  @ResolveField(() => Boolean, {
    description: 'You may take it back (editors of the item’s organization, moderators).',
  })
  async viewerCanRemove(@Parent() p: EventPresentationModel, @Context() ctx: RequestContext) {
    if (eventPolicy.present(ctx.actor, null)) return true;
    const item = await ctx.loaders.events.libraryItem.load(libraryItemKey(p.entity));
    if (!item) return false;
    const membership = await ctx.loaders.viewerMembership.load(item.entity.organizationId);
    return eventPolicy.present(ctx.actor, membership?.role ?? null);
  }
}

const presentAll = (rows: EventPresentation[]) => rows.map(presentPresentation);

@Resolver(() => PracticeModel)
export class PracticePresentationsResolver {
  @ResolveField(() => [EventPresentationModel], {
    description: 'Event sessions where it was presented, newest event first.',
  })
  async presentations(@Parent() p: PracticeModel, @Context() ctx: RequestContext) {
    return presentAll(await ctx.loaders.events.presentationsOfPractice.load(p.entity.id));
  }
}

@Resolver(() => MisusePatternModel)
export class MisusePatternPresentationsResolver {
  @ResolveField(() => [EventPresentationModel], {
    description: 'Event sessions where it was presented, newest event first.',
  })
  async presentations(@Parent() m: MisusePatternModel, @Context() ctx: RequestContext) {
    return presentAll(await ctx.loaders.events.presentationsOfPattern.load(m.entity.id));
  }
}
