import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { User } from '../identity/user.entity';
import { Membership } from '../organizations/membership.entity';
import { Organization } from '../organizations/organization.entity';
import { createDiscussionLoaders } from '../discussions/discussion.loaders';
import { createPracticeLoaders } from '../practices/practice.loaders';
import { createMisusePatternLoaders } from '../misuse-patterns/misuse-pattern.loaders';
import { createEventLoaders } from '../events/event.loaders';
import type { Actor } from './actor';

/**
 * Per-request batch loaders for nested fields, so the number of SQL statements does not grow
 * with page size. Built in the context factory for each request: never shared between users.
 */
export function createLoaders(db: DataSource, actor: Actor) {
  const byId = <T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await load([...ids]);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
  const practices = createPracticeLoaders(db, actor);
  return {
    practices,
    discussions: createDiscussionLoaders(db, actor, practices.scope),
    misusePatterns: createMisusePatternLoaders(db, practices.scope),
    events: createEventLoaders(db, practices.scope),
    user: byId((ids) => db.getRepository(User).findBy({ id: In(ids) })),
    organization: byId((ids) => db.getRepository(Organization).findBy({ id: In(ids) })),
    memberCount: new DataLoader<string, number>(async (orgIds) => {
      const rows: { organization_id: string; count: number }[] = await db.query(
        `SELECT organization_id, count(*)::int AS count FROM membership WHERE organization_id = ANY($1) GROUP BY organization_id`,
        [orgIds],
      );
      const map = new Map(rows.map((r) => [r.organization_id, r.count]));
      return orgIds.map((id) => map.get(id) ?? 0);
    }),
    /** The caller's membership in each organization (null when none or anonymous). */
    viewerMembership: new DataLoader<string, Membership | null>(async (orgIds) => {
      if (actor.kind !== 'user') return orgIds.map(() => null);
      const rows = await db.getRepository(Membership).findBy({ userId: actor.user.id, organizationId: In([...orgIds]) });
      const map = new Map(rows.map((r) => [r.organizationId, r]));
      return orgIds.map((id) => map.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
