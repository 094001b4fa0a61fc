import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MENTION_PATTERN,
  mentionedUserIds,
  postBodySchema,
  REACTIONS,
  threadInputSchema,
} from '@alliance/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { User } from '../identity/user.entity';
import { isModerator, type UserActor } from '../common/actor';
import { AppError, ErrorCode, forbidden, notFound } from '../common/errors';
import {
  type Connection,
  type ConnectionArgs,
  pageWindow,
  toConnection,
} from '../common/relay/connection';
import { fromGlobalId, parseGlobalId } from '../common/relay/global-id';
import { parseInput } from '../common/validation';
import { MisusePattern } from '../misuse-patterns/misuse-pattern.entity';
import { NotificationService, type NewNotification } from '../notifications/notification.service';
import { Practice } from '../practices/practice.entity';
import { PgPubSub } from '../realtime/pg-pubsub.service';
import { isInFirstDay } from '../identity/account-age';
import {
  loadViewerScope,
  visibilityParams,
  visiblePatternSql,
  visiblePostSql,
  visiblePracticeSql,
  visibleThreadSql,
  type ViewerScope,
} from '../visibility';
import { DiscussionCategory, Post, Thread } from './discussion.entity';

export interface StartThreadInput {
  categoryId?: string | null;
  practiceId?: string | null;
  misusePatternId?: string | null;
  title?: string | null;
  body: string;
  kind?: string | null;
  tags?: string[] | null;
}

/** Threads and posts: who may read (inherited visibility), write, edit, react, moderate. */
@Injectable()
export class DiscussionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly pubsub: PgPubSub,
    private readonly rateLimits: RateLimitService,
  ) {}

  categories(): Promise<DiscussionCategory[]> {
    return this.db.getRepository(DiscussionCategory).find({ order: { position: 'ASC' } });
  }

  private threads(scope: ViewerScope, em: EntityManager = this.db.manager) {
    return em
      .getRepository(Thread)
      .createQueryBuilder('t')
      .where(visibleThreadSql('t'), visibilityParams(scope));
  }

  findThread(id: string, scope: ViewerScope, em?: EntityManager): Promise<Thread | null> {
    return this.threads(scope, em).andWhere('t.id = :id', { id }).getOne();
  }

  threadOfPractice(practiceId: string, scope: ViewerScope): Promise<Thread | null> {
    return this.threads(scope).andWhere('t.practice_id = :practiceId', { practiceId }).getOne();
  }

  /** A misuse pattern the scope may see, or null. */
  findPattern(
    id: string,
    scope: ViewerScope,
    em: EntityManager = this.db.manager,
  ): Promise<MisusePattern | null> {
    return em
      .getRepository(MisusePattern)
      .createQueryBuilder('m')
      .where('m.id = :id', { id })
      .andWhere(visiblePatternSql('m'), visibilityParams(scope))
      .getOne();
  }

  /** Threads you may see; `misusePatternId` gives a pattern's discussion and the threads about it, `inCategory` only the latter. */
  async listThreads(
    args: ConnectionArgs,
    where: {
      categoryId?: string;
      practiceId?: string;
      misusePatternId?: string;
      inCategory?: boolean;
    },
    scope: ViewerScope,
  ): Promise<Connection<Thread>> {
    const qb = this.threads(scope);
    if (where.categoryId)
      qb.andWhere('t.category_id = :categoryId', { categoryId: where.categoryId });
    if (where.practiceId)
      qb.andWhere('t.practice_id = :practiceId', { practiceId: where.practiceId });
    if (where.misusePatternId)
      qb.andWhere('t.misuse_pattern_id = :misusePatternId', {
        misusePatternId: where.misusePatternId,
      });
    if (where.inCategory) qb.andWhere('t.category_id IS NOT NULL');
    const total = await qb.getCount();
    const { offset, limit } = pageWindow(args, total);
    const rows =
      limit === 0
        ? []
        : await qb
            .orderBy('t.pinned', 'DESC')
            .addOrderBy('t.last_activity_at', 'DESC')
            .addOrderBy('t.id')
            .offset(offset)
            .limit(limit)
            .getMany();
    return toConnection(rows, offset, total);
  }

  /** Posts in order; hidden ones only for moderators and their author. */
  async listPosts(
    thread: Thread,
    args: ConnectionArgs,
    scope: ViewerScope,
  ): Promise<Connection<Post>> {
    const qb = this.db
      .getRepository(Post)
      .createQueryBuilder('post')
      .where('post.thread_id = :threadId', { threadId: thread.id })
      .andWhere(visiblePostSql('post'), visibilityParams(scope));
    const total = await qb.getCount();
    const { offset, limit } = pageWindow(args, total);
    const rows =
      limit === 0
        ? []
        : await qb
            .orderBy('post.created_at')
            .addOrderBy('post.id')
            .offset(offset)
            .limit(limit)
            .getMany();
    return toConnection(rows, offset, total);
  }

  // ---- writing -------------------------------------------------------------------------

  /**
   * Starts a thread in a category (about a misuse pattern when `misusePatternId` is given too),
   * or posts to the discussion of a practice or of a misuse pattern (created on first post).
   */
  async startThread(
    actor: UserActor,
    input: StartThreadInput,
    scope: ViewerScope,
  ): Promise<{ thread: Thread; post: Post }> {
    const onPractice = Boolean(input.practiceId);
    if (
      onPractice
        ? Boolean(input.categoryId || input.misusePatternId)
        : !(input.categoryId || input.misusePatternId)
    ) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Start a thread in a category, or post on a practice or a misuse pattern.',
      );
    }
    if (input.practiceId) {
      const practiceId = parseGlobalId(input.practiceId, 'Practice', 'practiceId');
      const practice = await this.db
        .getRepository(Practice)
        .createQueryBuilder('p')
        .where('p.id = :practiceId', { practiceId })
        .andWhere(visiblePracticeSql('p'), visibilityParams(scope))
        .getOne();
      if (!practice) throw notFound('The practice');
      return this.postOnDiscussion(actor, input.body, { practiceId: practice.id }, practice.title);
    }
    const patternId = input.misusePatternId
      ? parseGlobalId(input.misusePatternId, 'MisusePattern', 'misusePatternId')
      : null;
    if (patternId && !input.categoryId) {
      const pattern = await this.findPattern(patternId, scope);
      if (!pattern) throw notFound('The misuse pattern');
      return this.postOnDiscussion(
        actor,
        input.body,
        { misusePatternId: pattern.id },
        pattern.title,
      );
    }
    const values = parseInput(threadInputSchema, {
      title: input.title,
      body: input.body,
      kind: input.kind ?? undefined,
      tags: input.tags ?? undefined,
    });
    const categoryId = parseGlobalId(input.categoryId!, 'DiscussionCategory', 'categoryId');
    const category = await this.db.getRepository(DiscussionCategory).findOneBy({ id: categoryId });
    if (!category) throw notFound('The category');
    if (patternId && !(await this.findPattern(patternId, scope)))
      throw notFound('The misuse pattern');
    if (category.membersOnly && !scope.memberOfVerifiedOrganization && !scope.moderator) {
      throw forbidden('This category is for members of verified organizations.');
    }
    const { thread, post, notified } = await this.db.transaction(async (em) => {
      const thread = await em.save(
        em.create(Thread, {
          categoryId,
          misusePatternId: patternId,
          title: values.title,
          kind: values.kind,
          tags: values.tags,
          authorId: actor.user.id,
        }),
      );
      return this.addPost(em, actor, thread, values.body, null, true);
    });
    await this.afterPost(actor, thread, post, notified);
    return { thread, post };
  }

  /** Posts on the one discussion of a practice or a pattern, starting it (with the subject's title) on the first post. */
  private async postOnDiscussion(
    actor: UserActor,
    rawBody: string,
    subject: { practiceId: string } | { misusePatternId: string },
    title: string,
  ) {
    const body = parseInput(z.object({ body: postBodySchema }), { body: rawBody }).body;
    const { thread, post, notified } = await this.db.transaction(async (em) => {
      // Locking the subject makes two simultaneous first posts share one thread.
      if ('practiceId' in subject)
        await em.query('SELECT 1 FROM practice WHERE id = $1 FOR UPDATE', [subject.practiceId]);
      else
        await em.query('SELECT 1 FROM misuse_pattern WHERE id = $1 FOR UPDATE', [
          subject.misusePatternId,
        ]);
      const existing = await em.findOneBy(Thread, { ...subject, categoryId: IsNull() });
      const thread =
        existing ??
        (await em.save(em.create(Thread, { ...subject, title, authorId: actor.user.id })));
      return this.addPost(em, actor, thread, body, null, !existing);
    });
    await this.afterPost(actor, thread, post, notified);
    return { thread, post };
  }

  async reply(
    actor: UserActor,
    threadId: string,
    rawBody: string,
    parentGlobalId: string | null | undefined,
    scope: ViewerScope,
  ): Promise<Post> {
    const body = parseInput(z.object({ body: postBodySchema }), { body: rawBody }).body;
    const parentId = parentGlobalId ? parseGlobalId(parentGlobalId, 'Post', 'parentId') : null;
    const { thread, post, notified } = await this.db.transaction(async (em) => {
      const thread = await this.findThread(threadId, scope, em);
      if (!thread) throw notFound('The thread');
      await em.query('SELECT 1 FROM thread WHERE id = $1 FOR UPDATE', [thread.id]);
      if (parentId && !(await em.existsBy(Post, { id: parentId, threadId: thread.id }))) {
        throw new AppError(
          ErrorCode.BAD_USER_INPUT,
          'You can only reply to a post of this thread.',
          { fieldErrors: [{ field: 'parentId', message: 'Not a post of this thread.' }] },
        );
      }
      return this.addPost(em, actor, thread, body, parentId, false);
    });
    await this.afterPost(actor, thread, post, notified);
    return post;
  }

  /**
   * The posting rules: every write of a post's text (a new thread, a reply, an edit) passes
   * here, so they cannot drift apart. The thread takes posts (not locked); suspended accounts
   * cannot post; accounts younger than a day post less often and without links. Whether the
   * writer may see the thread (members-only categories, restricted practices) is the caller's
   * visibility check, with the writer's scope, before this.
   */
  private async assertMayPost(em: EntityManager, actor: UserActor, threadId: string, body: string) {
    const thread = await em.findOneBy(Thread, { id: threadId });
    if (thread?.locked)
      throw new AppError(ErrorCode.THREAD_LOCKED, 'This thread is locked: it takes no new posts.');
    const user = await em.findOneByOrFail(User, { id: actor.user.id });
    if (user.suspendedUntil && user.suspendedUntil.getTime() > Date.now()) {
      throw forbidden(
        `Your account is suspended from posting until ${user.suspendedUntil.toISOString().slice(0, 10)}: ${user.suspensionReason ?? ''}`.trim(),
      );
    }
    const isNew = isInFirstDay(user.createdAt);
    if (isNew && /(https?:\/\/|www\.|\]\()/i.test(body.replace(MENTION_PATTERN, ''))) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'New accounts cannot post links during their first day.',
        { fieldErrors: [{ field: 'body', message: 'Remove the links for now.' }] },
      );
    }
    await this.rateLimits.consume(isNew ? 'post:new-account' : 'post:account', user.id);
  }

  /** Saves a post and notifies whom it concerns; `opening` is the first post of a new thread. */
  private async addPost(
    em: EntityManager,
    actor: UserActor,
    thread: Thread,
    body: string,
    parentId: string | null,
    opening: boolean,
  ) {
    await this.assertMayPost(em, actor, thread.id, body);
    const post = await em.save(
      em.create(Post, { threadId: thread.id, authorId: actor.user.id, body, parentId }),
    );
    await em.update(Thread, thread.id, { lastActivityAt: new Date() });
    await em.query(
      `INSERT INTO thread_read (user_id, thread_id, read_until) VALUES ($1, $2, now())
       ON CONFLICT (user_id, thread_id) DO UPDATE SET read_until = now()`,
      [actor.user.id, thread.id],
    );
    const items: NewNotification[] = [];
    // Mentions first: someone both mentioned and replied to gets the mention.
    for (const globalId of mentionedUserIds(body)) {
      const decoded = fromGlobalId(globalId);
      if (decoded?.type === 'User')
        items.push({
          userId: decoded.id,
          kind: 'MENTION',
          actorId: actor.user.id,
          threadId: thread.id,
          postId: post.id,
        });
    }
    if (parentId) {
      const parent = await em.findOneBy(Post, { id: parentId });
      if (parent?.authorId)
        items.push({
          userId: parent.authorId,
          kind: 'REPLY',
          actorId: actor.user.id,
          threadId: thread.id,
          postId: post.id,
        });
    }
    if (thread.authorId)
      items.push({
        userId: thread.authorId,
        kind: 'REPLY',
        actorId: actor.user.id,
        threadId: thread.id,
        postId: post.id,
      });
    // Followers of a pattern: every post in its own discussion, and each new thread about it.
    if (thread.misusePatternId && (!thread.categoryId || opening)) {
      const followers: { user_id: string }[] = await em.query(
        `SELECT user_id FROM watch WHERE target_type = 'PATTERN' AND target_id = $1 AND level = 'WATCHING' ORDER BY user_id`,
        [thread.misusePatternId],
      );
      const kind = thread.categoryId ? 'NEW_THREAD' : 'NEW_POST';
      for (const f of followers)
        items.push({
          userId: f.user_id,
          kind,
          actorId: actor.user.id,
          threadId: thread.id,
          postId: post.id,
        });
    }
    // Watchers of the thread, of its practice or of its category.
    const watches: { user_id: string; target_type: string; level: string }[] = await em.query(
      `SELECT user_id, target_type, level FROM watch
        WHERE (target_type = 'THREAD' AND target_id = $1) OR (target_type = 'PRACTICE' AND target_id = $2) OR (target_type = 'CATEGORY' AND target_id = $3)`,
      [thread.id, thread.practiceId, thread.categoryId],
    );
    for (const w of watches.filter((w) => w.level === 'WATCHING')) {
      items.push({
        userId: w.user_id,
        kind: 'NEW_POST',
        actorId: actor.user.id,
        threadId: thread.id,
        postId: post.id,
      });
    }
    // Muting a thread silences all but mentions.
    const muted = new Set(
      watches
        .filter((w) => w.level === 'MUTED' && w.target_type === 'THREAD')
        .map((w) => w.user_id),
    );
    const wanted = items
      .filter((i) => i.kind === 'MENTION' || !muted.has(i.userId))
      .map((i) => (thread.misusePatternId ? { ...i, misusePatternId: thread.misusePatternId } : i));
    const recipients = await this.mayRead(
      em,
      thread,
      wanted.map((i) => i.userId),
    );
    const notified = await this.notifications.add(
      em,
      wanted.filter((i) => recipients.has(i.userId)),
    );
    return { thread, post, notified };
  }

  /** Of these users, those who may read the thread (a mention never leaks a restricted thread). */
  private async mayRead(
    em: EntityManager,
    thread: Thread,
    userIds: string[],
  ): Promise<Set<string>> {
    const allowed = new Set<string>();
    for (const userId of new Set(userIds)) {
      const user = await em.query('SELECT platform_role FROM user_account WHERE id = $1', [userId]);
      if (!user.length) continue;
      const scope = await loadViewerScope(this.db, {
        kind: 'user',
        ip: '',
        via: 'session',
        credentialId: '',
        scopes: ['read'],
        user: {
          id: userId,
          email: '',
          displayName: '',
          platformRole: user[0].platform_role,
          emailVerified: true,
        },
      });
      if (await this.findThread(thread.id, scope, em)) allowed.add(userId);
    }
    return allowed;
  }

  private async afterPost(
    actor: UserActor,
    thread: Thread,
    post: Post,
    notified: Awaited<ReturnType<NotificationService['add']>>,
  ) {
    await this.pubsub.publish({ type: 'postAdded', threadId: thread.id, postId: post.id });
    await this.notifications.announce(notified);
  }

  async editPost(
    actor: UserActor,
    postId: string,
    rawBody: string,
    scope: ViewerScope,
  ): Promise<Post> {
    const body = parseInput(z.object({ body: postBodySchema }), { body: rawBody }).body;
    return this.db.transaction(async (em) => {
      const post = await this.visiblePost(em, postId, scope);
      if (post.authorId !== actor.user.id) throw forbidden('Only its author can edit a post.');
      if (post.deletedAt)
        throw new AppError(ErrorCode.CONFLICT, 'A removed post cannot be edited.');
      if (post.hiddenAt)
        throw new AppError(
          ErrorCode.CONFLICT,
          'A post hidden by moderation cannot be edited until a moderator restores it.',
        );
      await em.query('SELECT 1 FROM thread WHERE id = $1 FOR UPDATE', [post.threadId]);
      await this.assertMayPost(em, actor, post.threadId, body);
      if (post.body === body) return post;
      await em.query('INSERT INTO post_edit (post_id, previous_body) VALUES ($1, $2)', [
        post.id,
        post.body,
      ]);
      await em.update(Post, post.id, { body, editedAt: new Date() });
      return em.findOneByOrFail(Post, { id: post.id });
    });
  }

  async deletePost(actor: UserActor, postId: string, scope: ViewerScope): Promise<Post> {
    return this.db.transaction(async (em) => {
      const post = await this.visiblePost(em, postId, scope);
      if (post.authorId !== actor.user.id) throw forbidden('Only its author can remove a post.');
      if (!post.deletedAt) await em.update(Post, post.id, { deletedAt: new Date() });
      return em.findOneByOrFail(Post, { id: post.id });
    });
  }

  async react(
    actor: UserActor,
    postId: string,
    reaction: string,
    on: boolean,
    scope: ViewerScope,
  ): Promise<Post> {
    if (!(REACTIONS as readonly string[]).includes(reaction))
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Unknown reaction.');
    const post = await this.visiblePost(this.db.manager, postId, scope);
    if (post.deletedAt)
      throw new AppError(ErrorCode.CONFLICT, 'A removed post takes no reactions.');
    if (on) {
      await this.db.query(
        'INSERT INTO post_reaction (post_id, user_id, reaction) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [post.id, actor.user.id, reaction],
      );
    } else {
      await this.db.query(
        'DELETE FROM post_reaction WHERE post_id = $1 AND user_id = $2 AND reaction = $3',
        [post.id, actor.user.id, reaction],
      );
    }
    return post;
  }

  async markRead(actor: UserActor, threadId: string, scope: ViewerScope): Promise<Thread> {
    const thread = await this.findThread(threadId, scope);
    if (!thread) throw notFound('The thread');
    await this.db.query(
      `INSERT INTO thread_read (user_id, thread_id, read_until) VALUES ($1, $2, now())
       ON CONFLICT (user_id, thread_id) DO UPDATE SET read_until = now()`,
      [actor.user.id, thread.id],
    );
    return thread;
  }

  /** On a question: the thread's author or a moderator marks the answer (null to clear). */
  async acceptAnswer(
    actor: UserActor,
    threadId: string,
    postGlobalId: string | null,
    scope: ViewerScope,
  ): Promise<Thread> {
    const postId = postGlobalId ? parseGlobalId(postGlobalId, 'Post', 'postId') : null;
    return this.db.transaction(async (em) => {
      const thread = await this.findThread(threadId, scope, em);
      if (!thread) throw notFound('The thread');
      if (thread.authorId !== actor.user.id && !isModerator(actor))
        throw forbidden('Only the thread’s author or a moderator can accept an answer.');
      if (thread.kind !== 'QUESTION')
        throw new AppError(ErrorCode.CONFLICT, 'Only a question has an accepted answer.');
      if (postId && !(await em.existsBy(Post, { id: postId, threadId: thread.id })))
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'That post is not in this thread.');
      await em.update(Thread, thread.id, { acceptedPostId: postId });
      return em.findOneByOrFail(Thread, { id: thread.id });
    });
  }

  /** Moderators lock (no new replies) or pin (first in its category) a thread. */
  async moderateThread(
    actor: UserActor,
    threadId: string,
    change: { locked?: boolean; pinned?: boolean; categoryId?: string },
  ): Promise<Thread> {
    if (!isModerator(actor)) throw forbidden('Only moderators can do this.');
    return this.db.transaction(async (em) => {
      const thread = await em.findOneBy(Thread, { id: threadId });
      if (!thread) throw notFound('The thread');
      if (change.categoryId !== undefined) {
        if (thread.practiceId)
          throw new AppError(
            ErrorCode.CONFLICT,
            'A practice’s discussion stays with its practice.',
          );
        if (thread.misusePatternId && !thread.categoryId)
          throw new AppError(
            ErrorCode.CONFLICT,
            'A misuse pattern’s discussion stays with its pattern.',
          );
        if (!(await em.existsBy(DiscussionCategory, { id: change.categoryId })))
          throw notFound('The category');
      }
      await em.update(Thread, thread.id, change);
      await this.audit.record(
        {
          action: 'thread.moderated',
          actor,
          subject: { type: 'Thread', id: thread.id },
          details: change,
        },
        em,
      );
      return em.findOneByOrFail(Thread, { id: thread.id });
    });
  }

  /** Sets the viewer's watch level on a thread, practice, misuse pattern or category (NORMAL removes it). */
  async watch(
    actor: UserActor,
    targetGlobalId: string,
    level: 'WATCHING' | 'NORMAL' | 'MUTED',
    scope: ViewerScope,
  ): Promise<string> {
    const target = fromGlobalId(targetGlobalId);
    const types = {
      Thread: 'THREAD',
      Practice: 'PRACTICE',
      MisusePattern: 'PATTERN',
      DiscussionCategory: 'CATEGORY',
    } as const;
    const type = target && types[target.type as keyof typeof types];
    if (!target || !type || !/^[0-9a-f-]{36}$/i.test(target.id)) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Watch a thread, a practice, a misuse pattern or a category.',
        {
          fieldErrors: [
            {
              field: 'targetId',
              message: 'Not a thread, practice, misuse pattern or category id.',
            },
          ],
        },
      );
    }
    const visible =
      type === 'THREAD'
        ? await this.findThread(target.id, scope)
        : type === 'CATEGORY'
          ? await this.db.getRepository(DiscussionCategory).findOneBy({ id: target.id })
          : type === 'PATTERN'
            ? await this.findPattern(target.id, scope)
            : await this.db
                .getRepository(Practice)
                .createQueryBuilder('p')
                .where('p.id = :id', { id: target.id })
                .andWhere(visiblePracticeSql('p'), visibilityParams(scope))
                .getOne();
    if (!visible) throw notFound('What you want to watch');
    await this.setWatch(actor, type, target.id, level);
    return level;
  }

  /** Follows a misuse pattern you may see (watching it), or stops following it. */
  async followPattern(
    actor: UserActor,
    patternId: string,
    follow: boolean,
    scope: ViewerScope,
  ): Promise<MisusePattern> {
    const pattern = await this.findPattern(patternId, scope);
    if (!pattern) throw notFound('The misuse pattern');
    await this.setWatch(actor, 'PATTERN', pattern.id, follow ? 'WATCHING' : 'NORMAL');
    return pattern;
  }

  private async setWatch(
    actor: UserActor,
    type: string,
    targetId: string,
    level: 'WATCHING' | 'NORMAL' | 'MUTED',
  ) {
    if (level === 'NORMAL') {
      await this.db.query(
        'DELETE FROM watch WHERE user_id = $1 AND target_type = $2 AND target_id = $3',
        [actor.user.id, type, targetId],
      );
    } else {
      await this.db.query(
        `INSERT INTO watch (user_id, target_type, target_id, level) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, target_type, target_id) DO UPDATE SET level = EXCLUDED.level`,
        [actor.user.id, type, targetId, level],
      );
    }
  }

  /** A post the scope may see (its thread visible; hidden ones only to moderators and the author), or null. */
  findPost(
    postId: string,
    scope: ViewerScope,
    em: EntityManager = this.db.manager,
  ): Promise<Post | null> {
    return em
      .getRepository(Post)
      .createQueryBuilder('post')
      .where('post.id = :postId', { postId })
      .andWhere(visiblePostSql('post'), visibilityParams(scope))
      .getOne();
  }

  private async visiblePost(em: EntityManager, postId: string, scope: ViewerScope): Promise<Post> {
    const post = await this.findPost(postId, scope, em);
    if (!post) throw notFound('The post');
    return post;
  }
}
