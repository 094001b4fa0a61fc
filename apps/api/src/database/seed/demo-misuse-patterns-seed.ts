import type { EntityManager } from 'typeorm';
import { Collection, CollectionItem, Event, EventPresentation, EventSession } from '../../events/event.entity';
import type { User } from '../../identity/user.entity';
import { Countermeasure, MisusePattern } from '../../misuse-patterns/misuse-pattern.entity';
import type { Organization } from '../../organizations/organization.entity';
import { DEMO_COLLECTIONS, DEMO_EVENTS, type DemoItem } from './demo-events';
import { DEMO_MISUSE_PATTERNS } from './demo-misuse-patterns';

const DAY = 86_400_000;

/** Practice ids by slug, for linking demo patterns, presentations and collections. */
async function practiceIdsBySlug(em: EntityManager): Promise<Map<string, { id: string; organizationId: string }>> {
  const rows: { id: string; slug: string; organization_id: string }[] = await em.query('SELECT id, slug, organization_id FROM practice');
  return new Map(rows.map((r) => [r.slug, { id: r.id, organizationId: r.organization_id }]));
}

/**
 * Writes the demo misuse patterns (published over the past months by their organizations'
 * editors) and their countermeasures, each proposed by an editor of the practice's organization.
 */
export async function seedDemoMisusePatterns(em: EntityManager, orgBySlug: Map<string, Organization>, editorOf: Map<string, User>): Promise<void> {
  const now = Date.now();
  const practices = await practiceIdsBySlug(em);
  const orgSlugById = new Map([...orgBySlug.values()].map((o) => [o.id, o.slug]));
  const rows = DEMO_MISUSE_PATTERNS.map((demo, i) => {
    const org = orgBySlug.get(demo.organization);
    if (!org) throw new Error(`demo pattern ${demo.slug}: unknown organization ${demo.organization}`);
    const author = editorOf.get(demo.organization)?.id ?? null;
    const publishedAt = demo.state === 'PUBLISHED' ? new Date(now - (i * 9 + 5) * DAY) : null;
    const { countermeasures: _links, organization: _org, ...content } = demo;
    return { ...content, organizationId: org.id, publishedAt, createdBy: author, updatedBy: author, createdAt: new Date(now - (i * 9 + 12) * DAY) };
  });
  const inserted = await em.insert(MisusePattern, rows);
  const links = DEMO_MISUSE_PATTERNS.flatMap((demo, i) =>
    demo.countermeasures.map((link) => {
      const practice = practices.get(link.practice);
      if (!practice) throw new Error(`demo pattern ${demo.slug}: unknown practice ${link.practice}`);
      const proposer = editorOf.get(orgSlugById.get(practice.organizationId)!)?.id ?? null;
      return { practiceId: practice.id, patternId: inserted.identifiers[i].id as string, approach: link.approach, note: link.note, createdBy: proposer };
    }),
  );
  if (links.length) await em.insert(Countermeasure, links);
}

/** The demo event with its sessions and presentations, and the demo collections, curated by the demo moderator. */
export async function seedDemoEventsAndCollections(em: EntityManager, curator: User): Promise<void> {
  const practices = await practiceIdsBySlug(em);
  const patternRows: { id: string; slug: string }[] = await em.query('SELECT id, slug FROM misuse_pattern');
  const patterns = new Map(patternRows.map((r) => [r.slug, r.id]));
  const columnsOf = (item: DemoItem) => {
    const id = 'practice' in item ? practices.get(item.practice)?.id : patterns.get(item.pattern);
    if (!id) throw new Error(`demo item ${JSON.stringify(item)} does not exist`);
    return 'practice' in item ? { practiceId: id, patternId: null } : { practiceId: null, patternId: id };
  };

  for (const demo of DEMO_EVENTS) {
    const { sessions, ...fields } = demo;
    const event = await em.save(em.create(Event, { ...fields, createdBy: curator.id }));
    for (const [position, s] of sessions.entries()) {
      const session = await em.save(em.create(EventSession, { eventId: event.id, title: s.title, description: s.description, theme: s.theme, position }));
      if (s.presented.length) {
        await em.insert(EventPresentation, s.presented.map((item) => ({ sessionId: session.id, addedBy: curator.id, ...columnsOf(item) })));
      }
    }
  }

  for (const demo of DEMO_COLLECTIONS) {
    const collection = await em.save(
      em.create(Collection, { slug: demo.slug, title: demo.title, introduction: demo.introduction, createdBy: curator.id, updatedBy: curator.id }),
    );
    await em.insert(
      CollectionItem,
      demo.items.map((item, position) => ({ collectionId: collection.id, position, note: item.note ?? '', ...columnsOf(item) })),
    );
  }
}
