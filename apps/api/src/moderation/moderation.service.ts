import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { isModerator, type UserActor } from '../common/actor';
import { AppError, ErrorCode, forbidden, notFound } from '../common/errors';
import { fromGlobalId } from '../common/relay/global-id';
import { parseInput } from '../common/validation';
import { Post } from '../discussions/discussion.entity';
import { DiscussionService } from '../discussions/discussion.service';
import { trustedFlaggerSql } from '../identity/account-age';
import { User } from '../identity/user.entity';
import { NotificationService } from '../notifications/notification.service';
import { PracticeService } from '../practices/practice.service';
import type { ViewerScope } from '../visibility';

export const FLAG_REASONS = ['SPAM', 'ABUSIVE', 'OFF_TOPIC', 'IDENTIFIES_VICTIM', 'OTHER'] as const;
/**
 * Flags from this many distinct trusted people (a verified email address, past their first day)
 * hide a post until a moderator reviews it.
 */
export const AUTO_HIDE_FLAGS = 3;
const TARGET_TYPES = {
  Post: 'POST',
  Thread: 'THREAD',
  Practice: 'PRACTICE',
  MisusePattern: 'PATTERN',
} as const;
type TargetType = (typeof TARGET_TYPES)[keyof typeof TARGET_TYPES];

/** What a global id names as a flag target, or BAD_USER_INPUT. */
function flagTarget(globalId: string): { type: TargetType; typeName: string; id: string } {
  const target = fromGlobalId(globalId);
  const type = target && TARGET_TYPES[target.type as keyof typeof TARGET_TYPES];
  if (!target || !type || !/^[0-9a-f-]{36}$/i.test(target.id)) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Flag a post, a thread, a practice or a misuse pattern.',
      {
        fieldErrors: [
          { field: 'targetId', message: 'Not a post, thread, practice or misuse pattern id.' },
        ],
      },
    );
  }
  return { type, typeName: target.type, id: target.id };
}

export interface QueueItem {
  targetType: TargetType;
  targetId: string;
  flagCount: number;
  reasons: string[];
  notes: string[];
  firstFlaggedAt: Date;
}

/** Flags by members, the moderator queue, hiding and restoring, suspensions. */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly discussions: DiscussionService,
    private readonly practices: PracticeService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
  ) {}

  async flag(
    actor: UserActor,
    targetGlobalId: string,
    reason: string,
    rawNote: string | null | undefined,
    scope: ViewerScope,
  ): Promise<boolean> {
    const { note } = parseInput(
      z.object({ note: z.string().trim().max(1000, 'Write at most 1,000 characters.') }),
      { note: rawNote ?? '' },
    );
    if (!(FLAG_REASONS as readonly string[]).includes(reason))
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Choose a reason.');
    const target = flagTarget(targetGlobalId);
    const type = target.type;
    if (!(await this.visible(type, target.id, scope))) throw notFound('What you flagged');
    await this.db.transaction(async (em) => {
      await em.query(
        `INSERT INTO flag (target_type, target_id, user_id, reason, note) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (target_type, target_id, user_id) WHERE resolved_at IS NULL DO UPDATE SET reason = EXCLUDED.reason, note = EXCLUDED.note`,
        [type, target.id, actor.user.id, reason, note],
      );
      if (type !== 'POST') return null;
      // Only flags from accounts that cost something to make count: a throwaway sign-up's flag
      // reaches the queue (above) but cannot hide anything.
      const [{ n }] = await em.query(
        `SELECT count(DISTINCT f.user_id)::int AS n FROM flag f JOIN user_account u ON u.id = f.user_id
          WHERE f.target_type = 'POST' AND f.target_id = $1 AND f.resolved_at IS NULL AND ${trustedFlaggerSql('u', 'f')}`,
        [target.id],
      );
      if (n < AUTO_HIDE_FLAGS) return null;
      const post = await em.findOneBy(Post, { id: target.id });
      if (!post || post.hiddenAt) return null;
      await em.update(Post, post.id, {
        hiddenAt: new Date(),
        hiddenReason: 'Hidden after several flags, until a moderator reviews it.',
      });
      await this.audit.record(
        {
          action: 'post.auto_hidden',
          actor: { userId: null, ip: actor.ip },
          subject: { type: 'Post', id: target.id },
          details: { flags: n },
        },
        em,
      );
      return target.id;
    });
    return true;
  }

  private async visible(type: TargetType, id: string, scope: ViewerScope): Promise<boolean> {
    if (type === 'PRACTICE') return (await this.practices.findById(id, scope)) !== null;
    if (type === 'PATTERN') return (await this.discussions.findPattern(id, scope)) !== null;
    if (type === 'THREAD') return (await this.discussions.findThread(id, scope)) !== null;
    const post = await this.db.getRepository(Post).findOneBy({ id });
    return (
      !!post && !post.hiddenAt && (await this.discussions.findThread(post.threadId, scope)) !== null
    );
  }

  /** What moderators review: everything with open flags, most flagged first. */
  async queue(): Promise<QueueItem[]> {
    const rows: {
      target_type: QueueItem['targetType'];
      target_id: string;
      n: number;
      reasons: string[];
      notes: string[];
      first: Date;
    }[] = await this.db.query(
      `SELECT target_type, target_id, count(DISTINCT user_id)::int AS n, array_agg(DISTINCT reason) AS reasons,
              array_remove(array_agg(note), '') AS notes, min(created_at) AS first
         FROM flag WHERE resolved_at IS NULL GROUP BY target_type, target_id ORDER BY n DESC, first ASC LIMIT 200`,
    );
    return rows.map((r) => ({
      targetType: r.target_type,
      targetId: r.target_id,
      flagCount: r.n,
      reasons: r.reasons,
      notes: r.notes,
      firstFlaggedAt: r.first,
    }));
  }

  async openFlagCount(): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT count(DISTINCT (target_type, target_id))::int AS n FROM flag WHERE resolved_at IS NULL`,
    );
    return n;
  }

  /** Hides (or restores) a post with a reason its author sees; resolves its flags. */
  async setPostHidden(
    actor: UserActor,
    postId: string,
    hidden: boolean,
    rawReason: string,
  ): Promise<Post> {
    if (!isModerator(actor)) throw forbidden('Only moderators can do this.');
    const { reason } = parseInput(
      z.object({ reason: z.string().trim().min(3, 'Give the author a reason.').max(1000) }),
      { reason: rawReason },
    );
    const { post, notified } = await this.db.transaction(async (em) => {
      const post = await em.findOneBy(Post, { id: postId });
      if (!post) throw notFound('The post');
      await em.update(
        Post,
        post.id,
        hidden
          ? { hiddenAt: new Date(), hiddenReason: reason }
          : { hiddenAt: null, hiddenReason: reason },
      );
      await this.resolveFlags(em, 'POST', post.id, actor);
      await this.audit.record(
        {
          action: hidden ? 'post.hidden' : 'post.restored',
          actor,
          subject: { type: 'Post', id: post.id },
          details: { reason },
        },
        em,
      );
      const notified = post.authorId
        ? await this.notifications.add(em, [
            {
              userId: post.authorId,
              kind: 'MODERATION',
              actorId: actor.user.id,
              threadId: post.threadId,
              postId: post.id,
            },
          ])
        : [];
      return { post: await em.findOneByOrFail(Post, { id: post.id }), notified };
    });
    await this.notifications.announce(notified);
    return post;
  }

  /** Closes the flags on something without acting on it. */
  async dismissFlags(actor: UserActor, targetGlobalId: string): Promise<number> {
    if (!isModerator(actor)) throw forbidden('Only moderators can do this.');
    const target = flagTarget(targetGlobalId);
    return this.db.transaction(async (em) => {
      const n = await this.resolveFlags(em, target.type, target.id, actor);
      await this.audit.record(
        {
          action: 'flag.dismissed',
          actor,
          subject: { type: target.typeName, id: target.id },
          details: { flags: n },
        },
        em,
      );
      return n;
    });
  }

  private async resolveFlags(
    em: EntityManager,
    type: string,
    id: string,
    actor: UserActor,
  ): Promise<number> {
    const rows = await em.query(
      `UPDATE flag SET resolved_at = now(), resolved_by = $3 WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL RETURNING id`,
      [type, id, actor.user.id],
    );
    return Array.isArray(rows[0]) ? rows[0].length : rows.length;
  }

  /** Suspends a user from posting until a date (in the past lifts it). */
  async suspend(actor: UserActor, userId: string, until: Date, rawReason: string): Promise<User> {
    if (!isModerator(actor)) throw forbidden('Only moderators can do this.');
    const { reason } = parseInput(
      z.object({ reason: z.string().trim().min(3, 'Give a reason.').max(1000) }),
      { reason: rawReason },
    );
    if (userId === actor.user.id)
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'You cannot suspend yourself.');
    return this.db.transaction(async (em) => {
      const user = await em.findOneBy(User, { id: userId });
      if (!user) throw notFound('The user');
      if (user.platformRole === 'ADMIN' && actor.user.platformRole !== 'ADMIN')
        throw forbidden('Only admins can suspend an admin.');
      await em.update(User, user.id, { suspendedUntil: until, suspensionReason: reason });
      await this.audit.record(
        {
          action: 'user.suspended',
          actor,
          subject: { type: 'User', id: user.id },
          details: { until: until.toISOString(), reason },
        },
        em,
      );
      return em.findOneByOrFail(User, { id: user.id });
    });
  }
}
