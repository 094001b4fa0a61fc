import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import {
  type Connection,
  type ConnectionArgs,
  pageWindow,
  toConnection,
} from '../common/relay/connection';
import { toGlobalId } from '../common/relay/global-id';
import { Notification } from './notification.entity';
import { User } from '../identity';
import { MailService } from '../mail';
import { PgPubSub } from '../realtime';
import { USERS_SEEING_COUNTERMEASURE_SQL } from '../visibility';
import {
  loadViewerScope,
  visibilityParams,
  visiblePatternSql,
  visiblePostSql,
  visiblePracticeSql,
  visibleThreadSql,
  type ViewerScope,
} from '../visibility';

export type NotificationKind =
  | 'REPLY'
  | 'MENTION'
  | 'NEW_POST'
  | 'NEW_THREAD'
  | 'MODERATION'
  | 'ENDORSEMENT'
  | 'INVITATION'
  | 'PATTERN_COUNTERED';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  actorId: string | null;
  threadId?: string;
  postId?: string;
  practiceId?: string;
  misusePatternId?: string;
  organizationId?: string;
}

const SUBJECTS: Record<NotificationKind, (thread: string) => string> = {
  REPLY: (t) => `New reply in “${t}”`,
  MENTION: (t) => `You were mentioned in “${t}”`,
  NEW_POST: (t) => `New post in “${t}”, which you watch`,
  NEW_THREAD: (t) => `New thread about a misuse pattern you follow: “${t}”`,
  MODERATION: (t) => `A moderator reviewed your content: “${t}”`,
  ENDORSEMENT: (t) => `An organization endorsed “${t}”`,
  INVITATION: (t) => `You are invited to join ${t}`,
  PATTERN_COUNTERED: (t) => `A practice now counters “${t}”, which you follow`,
};

const COUNTED: Record<NotificationKind, [string, string]> = {
  REPLY: ['reply', 'replies'],
  MENTION: ['mention', 'mentions'],
  NEW_POST: ['new post', 'new posts'],
  NEW_THREAD: ['new thread', 'new threads'],
  MODERATION: ['moderation decision', 'moderation decisions'],
  ENDORSEMENT: ['endorsement', 'endorsements'],
  INVITATION: ['invitation', 'invitations'],
  PATTERN_COUNTERED: ['new countermeasure', 'new countermeasures'],
};

/**
 * A notification about a thread, post, misuse pattern or practice stays only while its reader
 * (whose scope the parameters carry) may still see each of them: losing access — or a post
 * hidden by moderation — hides it, in the list, the badge, the digest and the live push alike.
 */
function visibleNotificationSql(n: string): string {
  return `(
      (${n}.thread_id IS NULL OR EXISTS (SELECT 1 FROM thread nt WHERE nt.id = ${n}.thread_id AND ${visibleThreadSql('nt')}))
      AND (${n}.post_id IS NULL OR EXISTS (SELECT 1 FROM post np WHERE np.id = ${n}.post_id AND ${visiblePostSql('np')}))
      AND (${n}.misuse_pattern_id IS NULL OR EXISTS (SELECT 1 FROM misuse_pattern nm WHERE nm.id = ${n}.misuse_pattern_id AND ${visiblePatternSql('nm')}))
      AND (${n}.practice_id IS NULL OR EXISTS (SELECT 1 FROM practice npr WHERE npr.id = ${n}.practice_id AND ${visiblePracticeSql('npr')}))
    )`;
}

/**
 * In-app notifications and their emails: at once, in a daily digest, or not at all, as each
 * user prefers; every email carries an unsubscribe link.
 */
@Injectable()
export class NotificationService {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly pubsub: PgPubSub,
  ) {}

  /** After the writing transaction commits: pushes each notification live, then emails those who want them at once. */
  async announce(notified: Notification[]): Promise<void> {
    await this.publishLive(notified);
    await this.deliver(notified);
  }

  /** Pushes each notification to its reader's open browsers (graphql-ws, through PostgreSQL NOTIFY). */
  async publishLive(notified: Notification[]): Promise<void> {
    for (const n of notified)
      await this.pubsub.publish({
        type: 'notificationAdded',
        userId: n.userId,
        notificationId: n.id,
      });
  }

  /** Members of an organization with these roles (to tell its editors and admins). */
  async membersOf(
    em: EntityManager,
    organizationId: string,
    roles: string[] = ['EDITOR', 'ADMIN'],
  ): Promise<string[]> {
    const rows: { user_id: string }[] = await em.query(
      'SELECT user_id FROM membership WHERE organization_id = $1 AND role = ANY($2)',
      [organizationId, roles],
    );
    return rows.map((r) => r.user_id);
  }

  /** Records notifications inside the caller's transaction: one per user per event, never to the actor. */
  async add(em: EntityManager, items: NewNotification[]): Promise<Notification[]> {
    const seen = new Set<string>();
    const unique = items.filter(
      (n) => n.userId !== n.actorId && !seen.has(n.userId) && seen.add(n.userId),
    );
    if (!unique.length) return [];
    return em.save(
      unique.map((n) =>
        em.create(Notification, {
          ...n,
          threadId: n.threadId ?? null,
          postId: n.postId ?? null,
          practiceId: n.practiceId ?? null,
          misusePatternId: n.misusePatternId ?? null,
          organizationId: n.organizationId ?? null,
        }),
      ),
    );
  }

  /**
   * A practice was linked to a misuse pattern as a countermeasure: the pattern's followers hear
   * of it (inside the caller's transaction), except the actor and those who may not see both ends.
   */
  async patternCountered(
    em: EntityManager,
    link: { patternId: string; practiceId: string; actorId: string },
  ): Promise<Notification[]> {
    const followers: { user_id: string }[] = await em.query(
      `SELECT user_id FROM watch WHERE target_type = 'PATTERN' AND target_id = $1 AND level = 'WATCHING' AND user_id <> $2`,
      [link.patternId, link.actorId],
    );
    if (!followers.length) return [];
    const seeing: { user_id: string }[] = await em.query(USERS_SEEING_COUNTERMEASURE_SQL, [
      followers.map((f) => f.user_id),
      link.patternId,
      link.practiceId,
    ]);
    return this.add(
      em,
      seeing.map((s) => ({
        userId: s.user_id,
        kind: 'PATTERN_COUNTERED' as const,
        actorId: link.actorId,
        misusePatternId: link.patternId,
        practiceId: link.practiceId,
      })),
    );
  }

  /** After commit: emails the notifications of users who want them at once. */
  async deliver(notifications: Notification[]): Promise<void> {
    if (!notifications.length) return;
    const users = await this.recipients(notifications.map((n) => n.userId));
    const about = await this.about(notifications);
    const sent: string[] = [];
    for (const n of notifications) {
      const user = users.get(n.userId);
      if (!user || user.emailNotifications !== 'IMMEDIATE') continue;
      const { title, link } = about.get(n.id)!;
      await this.mail.send({
        to: user.email,
        subject: SUBJECTS[n.kind as NotificationKind](title),
        text: [
          `Hello ${user.displayName},`,
          '',
          SUBJECTS[n.kind as NotificationKind](title) + ':',
          link,
          '',
          this.footer(user),
        ].join('\n'),
      });
      sent.push(n.id);
    }
    if (sent.length)
      await this.db.getRepository(Notification).update({ id: In(sent) }, { emailedAt: new Date() });
  }

  /**
   * The daily digest: for users who chose it, every unread notification not yet emailed,
   * grouped by thread (or misuse pattern) and de-duplicated, leaving out what the reader may no
   * longer see. Rows are locked and marked in one transaction, so running it twice (or on two
   * replicas at once) sends each item once.
   */
  async runDigest(): Promise<{ emails: number; items: number }> {
    return this.db.transaction(async (em) => {
      const rows: Notification[] = await em.query(
        `SELECT n.id, n.user_id AS "userId", n.kind, n.thread_id AS "threadId", n.post_id AS "postId", n.practice_id AS "practiceId",
                n.misuse_pattern_id AS "misusePatternId", n.organization_id AS "organizationId"
           FROM notification n
           JOIN user_account u ON u.id = n.user_id AND u.email_notifications = 'DAILY'
          WHERE n.emailed_at IS NULL AND n.read_at IS NULL
          ORDER BY n.created_at
          FOR UPDATE OF n SKIP LOCKED`,
      );
      if (!rows.length) return { emails: 0, items: 0 };
      const users = await this.recipients(rows.map((r) => r.userId));
      const about = await this.about(rows);
      const byUser = new Map<string, typeof rows>();
      for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
      let emails = 0;
      let sentItems = 0;
      for (const [userId, all] of byUser) {
        const user = users.get(userId)!;
        const visible = await this.stillVisible(
          em,
          user,
          all.map((r) => r.id),
        );
        const items = all.filter((r) => visible.has(r.id));
        if (!items.length) continue;
        const groups = new Map<
          string,
          { title: string; kinds: Map<string, number>; link: string }
        >();
        for (const item of items) {
          const { group: key, title, link } = about.get(item.id)!;
          const group = groups.get(key) ?? {
            title: key === 'other' ? 'Other' : title,
            kinds: new Map(),
            link,
          };
          group.kinds.set(item.kind, (group.kinds.get(item.kind) ?? 0) + 1);
          groups.set(key, group);
        }
        const lines = [...groups.values()].map(
          (g) =>
            `• ${g.title}: ${[...g.kinds].map(([k, n]) => `${n} ${COUNTED[k as NotificationKind][n > 1 ? 1 : 0]}`).join(', ')}\n  ${g.link}`,
        );
        await this.mail.send({
          to: user.email,
          subject: `Your Alliance Commons digest: ${items.length} update${items.length > 1 ? 's' : ''} in ${groups.size} discussion${groups.size > 1 ? 's' : ''}`,
          text: [
            `Hello ${user.displayName},`,
            '',
            'Since your last digest:',
            '',
            ...lines,
            '',
            this.footer(user),
          ].join('\n'),
        });
        emails++;
        sentItems += items.length;
      }
      // What is no longer visible is marked too: it is never to be sent.
      await em
        .getRepository(Notification)
        .update({ id: In(rows.map((r) => r.id)) }, { emailedAt: new Date() });
      this.logger.log(`Digest: ${emails} email(s), ${sentItems} item(s)`);
      return { emails, items: sentItems };
    });
  }

  /** Of these notifications of `user`, those about what the user may still see. */
  private async stillVisible(em: EntityManager, user: User, ids: string[]): Promise<Set<string>> {
    const scope = await loadViewerScope(this.db, {
      kind: 'user',
      ip: '',
      via: 'session',
      credentialId: '',
      scopes: ['read'],
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        platformRole: user.platformRole,
        emailVerified: true,
      },
    });
    const [sql, params] = em.connection.driver.escapeQueryWithParameters(
      `SELECT n.id FROM notification n WHERE n.id = ANY(CAST(:ids AS uuid[])) AND ${visibleNotificationSql('n')}`,
      { ...visibilityParams(scope), ids },
    );
    const rows: { id: string }[] = await em.query(sql, params);
    return new Set(rows.map((r) => r.id));
  }

  async unsubscribe(key: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(key)) return false;
    const result = await this.db.query(
      `UPDATE user_account SET email_notifications = 'OFF' WHERE unsubscribe_key = $1 RETURNING id`,
      [key],
    );
    return (Array.isArray(result[0]) ? result[0] : result).length > 0;
  }

  private async recipients(ids: string[]) {
    const users = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.unsubscribeKey')
      .where('u.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(users.map((u) => [u.id, u]));
  }

  /**
   * What each notification is about: a title (its thread, else its misuse pattern, practice or
   * organization), a link into the web app (see link()) and its digest group (its thread; a
   * misuse pattern for the pattern itself and its own discussion; else "other").
   */
  private async about(
    notifications: Notification[],
  ): Promise<Map<string, { title: string; link: string; group: string }>> {
    const ids = (pick: (n: Notification) => string | null) => [
      ...new Set(notifications.map(pick).filter((id): id is string => !!id)),
    ];
    type Named = { id: string; name: string };
    const [threads, patterns, practices, orgs]: [
      (Named & { category_id: string | null })[],
      (Named & { slug: string })[],
      Named[],
      Named[],
    ] = await Promise.all([
      this.db.query('SELECT id, title AS name, category_id FROM thread WHERE id = ANY($1)', [
        ids((n) => n.threadId),
      ]),
      this.db.query('SELECT id, title AS name, slug FROM misuse_pattern WHERE id = ANY($1)', [
        ids((n) => n.misusePatternId),
      ]),
      this.db.query('SELECT id, title AS name FROM practice WHERE id = ANY($1)', [
        ids((n) => n.practiceId),
      ]),
      this.db.query('SELECT id, name FROM organization WHERE id = ANY($1)', [
        ids((n) => n.organizationId),
      ]),
    ]);
    const byId = <T extends Named>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
    const [threadById, patternById, practiceById, orgById] = [
      byId(threads),
      byId(patterns),
      byId(practices),
      byId(orgs),
    ];
    return new Map(
      notifications.map((n) => {
        const thread = threadById.get(n.threadId ?? '');
        const pattern = patternById.get(n.misusePatternId ?? '');
        const title =
          thread?.name ??
          pattern?.name ??
          practiceById.get(n.practiceId ?? '')?.name ??
          orgById.get(n.organizationId ?? '')?.name ??
          'Alliance Commons';
        const patternDiscussion = !!thread && !!pattern && thread.category_id === null;
        const group =
          pattern && (!thread || patternDiscussion)
            ? `pattern:${pattern.id}`
            : (n.threadId ?? 'other');
        return [
          n.id,
          { title, link: this.link(n, pattern?.slug ?? null, patternDiscussion), group },
        ];
      }),
    );
  }

  /**
   * Where a notification leads: a misuse pattern's page for the pattern itself and for its own
   * discussion (shown on that page, at the post), else the thread at the post, else home.
   */
  private link(
    n: { threadId: string | null; postId: string | null },
    patternSlug: string | null,
    patternDiscussion: boolean,
  ) {
    const anchor = n.threadId && n.postId ? `#post-${toGlobalId('Post', n.postId)}` : '';
    if (patternSlug && (!n.threadId || patternDiscussion))
      return this.mail.link(`/misuse-patterns/${encodeURIComponent(patternSlug)}${anchor}`);
    if (n.threadId)
      return this.mail.link(`/discussions/${toGlobalId('Thread', n.threadId)}${anchor}`);
    return this.mail.link('/');
  }

  private footer(user: User) {
    return [
      '—',
      'Change how often we email you: ' + this.mail.link('/profile'),
      'Stop these emails: ' + this.mail.link(`/unsubscribe?key=${user.unsubscribeKey}`),
    ].join('\n');
  }

  /** The user's notifications (`scope` is theirs), leaving out those about what they may no longer see. */
  async list(
    userId: string,
    args: ConnectionArgs,
    unreadOnly: boolean,
    scope: ViewerScope,
  ): Promise<Connection<Notification>> {
    const qb = this.visibleTo(userId, scope);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    const total = await qb.getCount();
    const { offset, limit } = pageWindow(args, total);
    const rows =
      limit === 0
        ? []
        : await qb
            .orderBy('n.created_at', 'DESC')
            .addOrderBy('n.id', 'DESC')
            .offset(offset)
            .limit(limit)
            .getMany();
    return toConnection(rows, offset, total);
  }

  /** One notification of the user (`scope` is theirs), or null when it is about what they may not see. */
  findVisible(
    userId: string,
    notificationId: string,
    scope: ViewerScope,
  ): Promise<Notification | null> {
    return this.visibleTo(userId, scope)
      .andWhere('n.id = :notificationId', { notificationId })
      .getOne();
  }

  unreadCount(userId: string, scope: ViewerScope): Promise<number> {
    return this.visibleTo(userId, scope).andWhere('n.read_at IS NULL').getCount();
  }

  private visibleTo(userId: string, scope: ViewerScope) {
    return this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .andWhere(visibleNotificationSql('n'), visibilityParams(scope));
  }

  /** Marks the given notifications of the user read, or all of them when `ids` is null. */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    const result = await this.db
      .getRepository(Notification)
      .update(
        { userId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) },
        { readAt: new Date() },
      );
    return result.affected ?? 0;
  }

  /** When the user wants notifications emailed (IMMEDIATE, DAILY or OFF). */
  async emailPreference(userId: string): Promise<User['emailNotifications']> {
    return (await this.db.getRepository(User).findOneByOrFail({ id: userId })).emailNotifications;
  }

  async setEmailPreference(userId: string, email: User['emailNotifications']): Promise<void> {
    await this.db.getRepository(User).update(userId, { emailNotifications: email });
  }
}
