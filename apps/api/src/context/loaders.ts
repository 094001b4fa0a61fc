import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { User } from '../identity/user.entity';
import { Membership } from '../organizations/membership.entity';
import { Organization } from '../organizations/organization.entity';
import { createDiscussionLoaders } from '../discussions/discussion.loaders';
import { createPracticeLoaders } from '../practices/practice.loaders';
import { createMisusePatternLoaders } from '../misuse-patterns/misuse-pattern.loaders';
import { createEventLoaders } from '../events/event.loaders';
import type { Actor } from '../common/actor';
import { byId, counted } from '../common/loader-rows';
import type { ViewerScope } from '../visibility';

/**
 * Per-request batch loaders for nested fields, so the number of SQL statements does not grow
 * with page size. Built in the context factory for each request: never shared between users.
 */
export function createLoaders(db: DataSource, actor: Actor, scope: () => Promise<ViewerScope>) {
  const byIdLoader = <T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (ids) => byId(ids, await load([...ids])));
  const practices = createPracticeLoaders(db, actor, scope);
  return {
    practices,
    discussions: createDiscussionLoaders(db, actor, scope),
    misusePatterns: createMisusePatternLoaders(db, scope),
    events: createEventLoaders(db, scope),
    user: byIdLoader((ids) => db.getRepository(User).findBy({ id: In(ids) })),
    organization: byIdLoader((ids) => db.getRepository(Organization).findBy({ id: In(ids) })),
    memberCount: new DataLoader<string, number>(async (orgIds) => {
      const rows: { id: string; n: number }[] = await db.query(
        `SELECT organization_id AS id, count(*)::int AS n FROM membership WHERE organization_id = ANY($1) GROUP BY organization_id`,
        [orgIds],
      );
      return counted(orgIds, rows);
    }),
    /** The caller's membership in each organization (null when none or anonymous). */
    viewerMembership: new DataLoader<string, Membership | null>(async (orgIds) => {
      if (actor.kind !== 'user') return orgIds.map(() => null);
      const rows = await db
        .getRepository(Membership)
        .findBy({ userId: actor.user.id, organizationId: In([...orgIds]) });
      const map = new Map(rows.map((r) => [r.organizationId, r]));
      return orgIds.map((id) => map.get(id) ?? null);
    }),
  };
}

type RequestLoaders = ReturnType<typeof createLoaders>;

/**
 * common/request-context.ts declares `Loaders` empty, so the ground floor names no feature;
 * the composition root fills it in here with every feature's loaders.
 */
declare module '../common/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by extension
  interface Loaders extends RequestLoaders {}
}
