import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { eventInputSchema, eventSessionInputSchema } from '@alliance/domain';
import { DataSource } from 'typeorm';
import type { UserActor } from '../common/actor';
import { type Connection, type ConnectionArgs, pageOfQuery } from '../common/relay/connection';
import { parseGlobalId } from '../common/relay/global-id';
import { freeSlug } from '../common/slug';
import { parseInput } from '../common/validation';
import { roleOf } from '../organizations/organization.service';
import type { ViewerScope } from '../visibility';
import { Event, EventPresentation, EventSession } from './event.entity';
import { EventErrors } from './event.errors';
import type {
  EventInput as EventGqlInput,
  EventSessionInput as EventSessionGqlInput,
} from './event.models';
import { eventPolicy } from './event.policy';
import { parseLibraryItemId, refKey, visibleLibraryItems } from './library-item';

/**
 * Events with their themes and sessions, curated by moderators, and what was presented at each
 * session (marked by the items' editors or by moderators). Events themselves are public; which
 * presentations a viewer sees is decided in SQL by the loaders (visibleLibraryItemSql).
 */
@Injectable()
export class EventService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ---- reading ---------------------------------------------------------------------------

  /** Newest first. */
  list(args: ConnectionArgs): Promise<Connection<Event>> {
    return pageOfQuery(this.db.getRepository(Event).createQueryBuilder('e'), args, (qb) =>
      qb
        .orderBy('e.starts_on', 'DESC')
        .addOrderBy('e.created_at', 'DESC')
        .addOrderBy('e.id', 'ASC'),
    );
  }

  findBySlug(slug: string): Promise<Event | null> {
    return this.db.getRepository(Event).findOneBy({ slug: slug.toLowerCase() });
  }

  findById(id: string): Promise<Event | null> {
    return this.db.getRepository(Event).findOneBy({ id });
  }

  findSessionById(id: string): Promise<EventSession | null> {
    return this.db.getRepository(EventSession).findOneBy({ id });
  }

  // ---- events ----------------------------------------------------------------------------

  async create(actor: UserActor, input: EventGqlInput): Promise<Event> {
    if (!eventPolicy.curate(actor)) throw EventErrors.notCurator();
    const values = parseInput(eventInputSchema, input);
    return this.db.transaction(async (em) => {
      const slug =
        values.slug ??
        (await freeSlug(values.name, 'event', (candidate) =>
          em.existsBy(Event, { slug: candidate }),
        ));
      if (values.slug && (await em.existsBy(Event, { slug })))
        throw EventErrors.slugTaken(slug, 'event');
      const { slug: _given, ...columns } = values;
      return em.save(em.create(Event, { ...columns, slug, createdBy: actor.user.id }));
    });
  }

  async update(actor: UserActor, globalId: string, input: EventGqlInput): Promise<Event> {
    const id = parseGlobalId(globalId, 'Event');
    if (!eventPolicy.curate(actor)) throw EventErrors.notCurator();
    const values = parseInput(eventInputSchema, input);
    return this.db.transaction(async (em) => {
      const event = await em.findOne(Event, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!event) throw EventErrors.eventNotFound();
      const slug = values.slug ?? event.slug;
      if (slug !== event.slug && (await em.existsBy(Event, { slug })))
        throw EventErrors.slugTaken(slug, 'event');
      const { slug: _given, ...columns } = values;
      await em.update(Event, id, { ...columns, slug });
      // Sessions of a theme that is gone keep their place but lose the theme.
      await em.query(
        'UPDATE event_session SET theme = NULL WHERE event_id = $1 AND theme IS NOT NULL AND NOT (theme = ANY($2))',
        [id, values.themes.map((t) => t.title)],
      );
      return em.findOneByOrFail(Event, { id });
    });
  }

  async delete(actor: UserActor, globalId: string): Promise<boolean> {
    const id = parseGlobalId(globalId, 'Event');
    if (!eventPolicy.curate(actor)) throw EventErrors.notCurator();
    const { affected } = await this.db.getRepository(Event).delete({ id });
    if (!affected) throw EventErrors.eventNotFound();
    return true;
  }

  // ---- sessions --------------------------------------------------------------------------

  async addSession(
    actor: UserActor,
    eventGlobalId: string,
    input: EventSessionGqlInput,
  ): Promise<EventSession> {
    const eventId = parseGlobalId(eventGlobalId, 'Event', 'eventId');
    if (!eventPolicy.curate(actor)) throw EventErrors.notCurator();
    const values = parseInput(eventSessionInputSchema, input);
    return this.db.transaction(async (em) => {
      const event = await em.findOne(Event, {
        where: { id: eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event) throw EventErrors.eventNotFound();
      const [{ next }] = await em.query(
        'SELECT coalesce(max(position) + 1, 0)::int AS next FROM event_session WHERE event_id = $1',
        [eventId],
      );
      return em.save(
        em.create(EventSession, {
          eventId,
          title: values.title,
          description: values.description,
          theme: themeOf(event, values.theme),
          startsAt: values.startsAt,
          position: values.position ?? next,
        }),
      );
    });
  }

  async updateSession(
    actor: UserActor,
    globalId: string,
    input: EventSessionGqlInput,
  ): Promise<EventSession> {
    const id = parseGlobalId(globalId, 'EventSession');
    if (!eventPolicy.curate(actor)) throw EventErrors.notCurator();
    const values = parseInput(eventSessionInputSchema, input);
    return this.db.transaction(async (em) => {
      const session = await em.findOne(EventSession, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw EventErrors.sessionNotFound();
      const event = await em.findOneByOrFail(Event, { id: session.eventId });
      await em.update(EventSession, id, {
        title: values.title,
        description: values.description,
        theme: themeOf(event, values.theme),
        startsAt: values.startsAt,
        position: values.position ?? session.position,
      });
      return em.findOneByOrFail(EventSession, { id });
    });
  }

  async removeSession(actor: UserActor, globalId: string): Promise<boolean> {
    const id = parseGlobalId(globalId, 'EventSession');
    if (!eventPolicy.curate(actor)) throw EventErrors.notCurator();
    const { affected } = await this.db.getRepository(EventSession).delete({ id });
    if (!affected) throw EventErrors.sessionNotFound();
    return true;
  }

  // ---- presentations ---------------------------------------------------------------------

  /** Marks a practice or pattern as presented at a session; marking it twice changes nothing. */
  async markPresented(
    actor: UserActor,
    sessionGlobalId: string,
    itemGlobalId: string,
    scope: ViewerScope,
  ): Promise<EventPresentation> {
    const sessionId = parseGlobalId(sessionGlobalId, 'EventSession', 'sessionId');
    const ref = parseLibraryItemId(itemGlobalId);
    return this.db.transaction(async (em) => {
      if (!(await em.existsBy(EventSession, { id: sessionId })))
        throw EventErrors.sessionNotFound();
      const item = (await visibleLibraryItems(em, [ref], scope)).get(refKey(ref));
      if (!item) throw EventErrors.itemNotFound();
      if (!eventPolicy.present(actor, await roleOf(em, item.organizationId, actor.user.id)))
        throw EventErrors.notPresenter();
      if (item.state === 'DRAFT') throw EventErrors.notPublished();
      const column = ref.kind === 'practice' ? 'practice_id' : 'pattern_id';
      await em.query(
        `INSERT INTO event_presentation (session_id, ${column}, added_by) VALUES ($1, $2, $3)
         ON CONFLICT (session_id, ${column}) WHERE ${column} IS NOT NULL DO NOTHING`,
        [sessionId, ref.id, actor.user.id],
      );
      return em.findOneByOrFail(
        EventPresentation,
        ref.kind === 'practice'
          ? { sessionId, practiceId: ref.id }
          : { sessionId, patternId: ref.id },
      );
    });
  }

  async unmarkPresented(actor: UserActor, globalId: string, scope: ViewerScope): Promise<boolean> {
    const id = parseGlobalId(globalId, 'EventPresentation');
    return this.db.transaction(async (em) => {
      const presentation = await em.findOne(EventPresentation, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!presentation) throw EventErrors.presentationNotFound();
      const ref = presentation.practiceId
        ? { kind: 'practice' as const, id: presentation.practiceId }
        : { kind: 'pattern' as const, id: presentation.patternId! };
      // Someone who may not see the item learns nothing about its presentation.
      const item = (await visibleLibraryItems(em, [ref], scope)).get(refKey(ref));
      if (!item) throw EventErrors.presentationNotFound();
      if (!eventPolicy.present(actor, await roleOf(em, item.organizationId, actor.user.id)))
        throw EventErrors.notPresenter();
      await em.delete(EventPresentation, id);
      return true;
    });
  }
}

/** The event's own spelling of a theme title, or BAD_USER_INPUT when it has no such theme. */
function themeOf(event: Event, theme: string | null): string | null {
  if (!theme) return null;
  const found = event.themes.find((t) => t.title.toLowerCase() === theme.trim().toLowerCase());
  if (!found) throw EventErrors.unknownTheme(theme);
  return found.title;
}
