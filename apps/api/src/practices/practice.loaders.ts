import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import type { Actor } from '../common/actor';
import { counted, grouped } from '../common/loader-rows';
import { User } from '../identity/user.entity';
import { Organization } from '../organizations/organization.entity';
import { visibilityParams, visiblePracticeSql, type ViewerScope } from '../visibility';
import { PracticeEndorsement, PracticeRevision } from './practice.entity';

async function countsBy(db: DataSource, table: string, ids: readonly string[]): Promise<number[]> {
  const rows: { id: string; n: number }[] = await db.query(
    `SELECT practice_id AS id, count(*)::int AS n FROM ${table} WHERE practice_id = ANY($1) GROUP BY practice_id`,
    [ids],
  );
  return counted(ids, rows);
}

/** Per-request loaders for a practice's nested fields: one query per field per page. */
export function createPracticeLoaders(db: DataSource, actor: Actor, scope: () => Promise<ViewerScope>) {
  const viewerId = actor.kind === 'user' ? actor.user.id : null;
  return {
    partners: new DataLoader<string, Organization[]>(async (ids) => {
      const links: { practice_id: string; organization_id: string }[] = await db.query(
        'SELECT practice_id, organization_id FROM practice_partner WHERE practice_id = ANY($1)',
        [ids],
      );
      const orgs = links.length ? await db.getRepository(Organization).findBy({ id: In(links.map((l) => l.organization_id)) }) : [];
      const byId = new Map(orgs.map((o) => [o.id, o]));
      return grouped(ids, links, (l) => l.practice_id).map((ls) => ls.map((l) => byId.get(l.organization_id)!).filter(Boolean));
    }),
    contributors: new DataLoader<string, User[]>(async (ids) => {
      const links: { practice_id: string; user_id: string }[] = await db.query(
        'SELECT practice_id, user_id FROM practice_contributor WHERE practice_id = ANY($1)',
        [ids],
      );
      const users = links.length ? await db.getRepository(User).findBy({ id: In(links.map((l) => l.user_id)) }) : [];
      const byId = new Map(users.map((u) => [u.id, u]));
      return grouped(ids, links, (l) => l.practice_id).map((ls) => ls.map((l) => byId.get(l.user_id)!).filter(Boolean));
    }),
    endorsements: new DataLoader<string, PracticeEndorsement[]>(async (ids) => {
      const rows = await db.getRepository(PracticeEndorsement).find({ where: { practiceId: In([...ids]) }, order: { createdAt: 'ASC' } });
      return grouped(ids, rows, (r) => r.practiceId);
    }),
    /**
     * Revisions the viewer may see: each judged by visiblePracticeSql as if the practice still
     * had the audience (visibility, visibleTo) saved in its snapshot, so a version once
     * restricted to governments stays theirs after the practice opens up.
     */
    revisions: new DataLoader<string, PracticeRevision[]>(async (ids) => {
      const [sql, params] = db.driver.escapeQueryWithParameters(
        `SELECT r.id FROM practice_revision r
           JOIN practice p0 ON p0.id = r.practice_id
           CROSS JOIN LATERAL (
             SELECT p0.id, p0.organization_id, p0.state,
                    coalesce(r.snapshot->>'visibility', p0.visibility) AS visibility,
                    CASE WHEN jsonb_typeof(r.snapshot->'visibleTo') = 'array'
                         THEN ARRAY(SELECT jsonb_array_elements_text(r.snapshot->'visibleTo')) ELSE p0.visible_to::text[] END AS visible_to
           ) rp
          WHERE r.practice_id = ANY(CAST(:ids AS uuid[])) AND ${visiblePracticeSql('rp')}`,
        { ...visibilityParams(await scope()), ids },
      );
      const visible: { id: string }[] = await db.query(sql, params);
      const rows = visible.length ? await db.getRepository(PracticeRevision).find({ where: { id: In(visible.map((v) => v.id)) }, order: { number: 'DESC' } }) : [];
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
