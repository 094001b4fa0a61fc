import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import type { Actor } from '../common/actor';
import {
  visibilityParams,
  visiblePostSql,
  visibleThreadSql,
  type ViewerScope,
} from '../visibility';
import { DiscussionCategory, Post, Thread } from './discussion.entity';

async function countBy(
  db: DataSource,
  sql: string,
  ids: readonly string[],
  extra: unknown[] = [],
): Promise<number[]> {
  const rows: { id: string; n: number }[] = await db.query(sql, [ids, ...extra]);
  const map = new Map(rows.map((r) => [r.id, r.n]));
  return ids.map((id) => map.get(id) ?? 0);
}

const byId = <T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) =>
  new DataLoader<string, T | null>(async (ids) => {
    const map = new Map((await load([...ids])).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });

/** Per-request loaders for threads and posts; `scope` is the viewer's (loaded once per request). */
export function createDiscussionLoaders(
  db: DataSource,
  actor: Actor,
  scope: () => Promise<ViewerScope>,
) {
  const viewerId = actor.kind === 'user' ? actor.user.id : null;
  return {
    category: byId((ids) => db.getRepository(DiscussionCategory).findBy({ id: In(ids) })),
    thread: byId((ids) => db.getRepository(Thread).findBy({ id: In(ids) })),
    /**
     * Posts the viewer may see (visiblePostSql: thread visible, hidden ones only for moderators
     * and their author), null for the others: every field that returns a post reads this.
     */
    post: byId(async (ids) =>
      db
        .getRepository(Post)
        .createQueryBuilder('post')
        .where('post.id IN (:...ids)', { ids })
        .andWhere(visiblePostSql('post'), visibilityParams(await scope()))
        .getMany(),
    ),
    /** Threads the viewer may see (null for the others). */
    visibleThread: byId(async (ids) =>
      db
        .getRepository(Thread)
        .createQueryBuilder('t')
        .where('t.id IN (:...ids)', { ids })
        .andWhere(visibleThreadSql('t'), visibilityParams(await scope()))
        .getMany(),
    ),
    /** Each pattern's own discussion, when the viewer may see it (null until its first post). */
    patternDiscussion: new DataLoader<string, Thread | null>(async (patternIds) => {
      const rows = await db
        .getRepository(Thread)
        .createQueryBuilder('t')
        .where('t.misuse_pattern_id IN (:...patternIds)', { patternIds })
        .andWhere('t.category_id IS NULL')
        .andWhere(visibleThreadSql('t'), visibilityParams(await scope()))
        .getMany();
      const map = new Map(rows.map((t) => [t.misusePatternId, t]));
      return patternIds.map((id) => map.get(id) ?? null);
    }),
    /** People who follow each pattern. */
    patternFollowerCount: new DataLoader<string, number>((ids) =>
      countBy(
        db,
        `SELECT target_id AS id, count(*)::int AS n FROM watch WHERE target_type = 'PATTERN' AND level = 'WATCHING' AND target_id = ANY($1) GROUP BY target_id`,
        ids,
      ),
    ),
    /** Whether the viewer follows each pattern (false for visitors). */
    viewerFollowsPattern: new DataLoader<string, boolean>(async (ids) => {
      if (!viewerId) return ids.map(() => false);
      const rows: { target_id: string }[] = await db.query(
        `SELECT target_id FROM watch WHERE user_id = $1 AND target_type = 'PATTERN' AND level = 'WATCHING' AND target_id = ANY($2)`,
        [viewerId, ids],
      );
      const set = new Set(rows.map((r) => r.target_id));
      return ids.map((id) => set.has(id));
    }),
    /** Visible replies (every post after the first, hidden ones excluded). */
    replyCount: new DataLoader<string, number>((ids) =>
      countBy(
        db,
        'SELECT thread_id AS id, greatest(count(*) - 1, 0)::int AS n FROM post WHERE thread_id = ANY($1) AND hidden_at IS NULL GROUP BY thread_id',
        ids,
      ),
    ),
    participantCount: new DataLoader<string, number>((ids) =>
      countBy(
        db,
        'SELECT thread_id AS id, count(DISTINCT author_id)::int AS n FROM post WHERE thread_id = ANY($1) GROUP BY thread_id',
        ids,
      ),
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
    reactions: new DataLoader<
      string,
      { reaction: string; count: number; viewerReacted: boolean }[]
    >(async (ids) => {
      const rows: { post_id: string; reaction: string; n: number; mine: boolean }[] =
        await db.query(
          `SELECT post_id, reaction, count(*)::int AS n, bool_or(user_id = $2) AS mine
           FROM post_reaction WHERE post_id = ANY($1) GROUP BY post_id, reaction ORDER BY reaction`,
          [ids, viewerId],
        );
      return ids.map((id) =>
        rows
          .filter((r) => r.post_id === id)
          .map((r) => ({ reaction: r.reaction, count: r.n, viewerReacted: Boolean(r.mine) })),
      );
    }),
  };
}
