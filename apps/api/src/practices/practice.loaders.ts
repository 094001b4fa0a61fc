import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import type { Actor } from '../common/actor';
import { counted, grouped } from '../common/loader-rows';
import { User } from '../identity/user.entity';
import { Organization } from '../organizations/organization.entity';
import { visibilityParams, visiblePracticeRevisionSql, type ViewerScope } from '../visibility';
import { PracticeEndorsement, PracticeRevision } from './practice.entity';

async function countsBy(db: DataSource, table: string, ids: readonly string[]): Promise<number[]> {
  const rows: { id: string; n: number }[] = await db.query(
    `SELECT practice_id AS id, count(*)::int AS n FROM ${table} WHERE practice_id = ANY($1) GROUP BY practice_id`,
    [ids],
  );
  return counted(ids, rows);
}

/** Per-request loaders for a practice's nested fields: one query per field per page. */
export function createPracticeLoaders(
  db: DataSource,
  actor: Actor,
  scope: () => Promise<ViewerScope>,
) {
  const viewerId = actor.kind === 'user' ? actor.user.id : null;
  return {
    partners: new DataLoader<string, Organization[]>(async (ids) => {
      const links: { practice_id: string; organization_id: string }[] = await db.query(
        'SELECT practice_id, organization_id FROM practice_partner WHERE practice_id = ANY($1)',
        [ids],
      );
      const orgs = links.length
        ? await db
            .getRepository(Organization)
            .findBy({ id: In(links.map((l) => l.organization_id)) })
        : [];
      const byId = new Map(orgs.map((o) => [o.id, o]));
      return grouped(ids, links, (l) => l.practice_id).map((ls) =>
        ls.map((l) => byId.get(l.organization_id)!).filter(Boolean),
      );
    }),
    contributors: new DataLoader<string, User[]>(async (ids) => {
      const links: { practice_id: string; user_id: string }[] = await db.query(
        'SELECT practice_id, user_id FROM practice_contributor WHERE practice_id = ANY($1)',
        [ids],
      );
      const users = links.length
        ? await db.getRepository(User).findBy({ id: In(links.map((l) => l.user_id)) })
        : [];
      const byId = new Map(users.map((u) => [u.id, u]));
      return grouped(ids, links, (l) => l.practice_id).map((ls) =>
        ls.map((l) => byId.get(l.user_id)!).filter(Boolean),
      );
    }),
    endorsements: new DataLoader<string, PracticeEndorsement[]>(async (ids) => {
      const rows = await db
        .getRepository(PracticeEndorsement)
        .find({ where: { practiceId: In([...ids]) }, order: { createdAt: 'ASC' } });
      return grouped(ids, rows, (r) => r.practiceId);
    }),
    /** Revisions the viewer may see (visiblePracticeRevisionSql: judged by the audience saved with each). */
    revisions: new DataLoader<string, PracticeRevision[]>(async (ids) => {
      const rows = await db
        .getRepository(PracticeRevision)
        .createQueryBuilder('r')
        .where('r.practice_id IN (:...ids)', { ids })
        .andWhere(visiblePracticeRevisionSql('r'), visibilityParams(await scope()))
        .orderBy('r.number', 'DESC')
        .getMany();
      return grouped(ids, rows, (r) => r.practiceId);
    }),
    bookmarkCount: new DataLoader<string, number>((ids) => countsBy(db, 'practice_bookmark', ids)),
    viewCount: new DataLoader<string, number>((ids) => countsBy(db, 'practice_view', ids)),
    viewerBookmarked: new DataLoader<string, boolean>(async (ids) => {
      if (!viewerId) return ids.map(() => false);
      const rows: { practice_id: string }[] = await db.query(
        'SELECT practice_id FROM practice_bookmark WHERE user_id = $1 AND practice_id = ANY($2)',
        [viewerId, ids],
      );
      const set = new Set(rows.map((r) => r.practice_id));
      return ids.map((id) => set.has(id));
    }),
    viewerContributes: new DataLoader<string, boolean>(async (ids) => {
      if (!viewerId) return ids.map(() => false);
      const rows: { practice_id: string }[] = await db.query(
        'SELECT practice_id FROM practice_contributor WHERE user_id = $1 AND practice_id = ANY($2)',
        [viewerId, ids],
      );
      const set = new Set(rows.map((r) => r.practice_id));
      return ids.map((id) => set.has(id));
    }),
  };
}
