import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import type { Actor } from '../common/actor';
import { Practice } from '../practices/practice.entity';
import { DiscussionCategory, Post, Thread } from './discussion.entity';

async function countBy(db: DataSource, sql: string, ids: readonly string[], extra: unknown[] = []): Promise<number[]> {
  const rows: { id: string; n: number }[] = await db.query(sql, [ids, ...extra]);
  const map = new Map(rows.map((r) => [r.id, r.n]));
  return ids.map((id) => map.get(id) ?? 0);
}

const byId = <T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) =>
  new DataLoader<string, T | null>(async (ids) => {
    const map = new Map((await load([...ids])).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });

/** Per-request loaders for threads and posts. */
export function createDiscussionLoaders(db: DataSource, actor: Actor) {
  const viewerId = actor.kind === 'user' ? actor.user.id : null;
  return {
    category: byId((ids) => db.getRepository(DiscussionCategory).findBy({ id: In(ids) })),
    practice: byId((ids) => db.getRepository(Practice).findBy({ id: In(ids) })),
    thread: byId((ids) => db.getRepository(Thread).findBy({ id: In(ids) })),
    post: byId((ids) => db.getRepository(Post).findBy({ id: In(ids) })),
    /** Visible replies (every post after the first, hidden ones excluded). */
    replyCount: new DataLoader<string, number>((ids) =>
      countBy(db, 'SELECT thread_id AS id, greatest(count(*) - 1, 0)::int AS n FROM post WHERE thread_id = ANY($1) AND hidden_at IS NULL GROUP BY thread_id', ids),
    ),
    participantCount: new DataLoader<string, number>((ids) =>
      countBy(db, 'SELECT thread_id AS id, count(DISTINCT author_id)::int AS n FROM post WHERE thread_id = ANY($1) GROUP BY thread_id', ids),
    ),
    /** Posts newer than what the viewer read (0 for visitors). */
    unreadCount: new DataLoader<string, number>((ids) =>
      viewerId
        ? countBy(
            db,
            `SELECT p.thread_id AS id, count(*)::int AS n FROM post p
               LEFT JOIN thread_read r ON r.thread_id = p.thread_id AND r.user_id = $2
              WHERE p.thread_id = ANY($1) AND p.hidden_at IS NULL AND p.deleted_at IS NULL
                AND (r.read_until IS NULL OR p.created_at > r.read_until)
              GROUP BY p.thread_id`,
            ids,
            [viewerId],
          )
        : Promise.resolve(ids.map(() => 0)),
    ),
    reactions: new DataLoader<string, { reaction: string; count: number; viewerReacted: boolean }[]>(async (ids) => {
      const rows: { post_id: string; reaction: string; n: number; mine: boolean }[] = await db.query(
        `SELECT post_id, reaction, count(*)::int AS n, bool_or(user_id = $2) AS mine
           FROM post_reaction WHERE post_id = ANY($1) GROUP BY post_id, reaction ORDER BY reaction`,
        [ids, viewerId],
      );
      return ids.map((id) => rows.filter((r) => r.post_id === id).map((r) => ({ reaction: r.reaction, count: r.n, viewerReacted: Boolean(r.mine) })));
    }),
  };
}
