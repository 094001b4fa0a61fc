import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { type Connection, type ConnectionArgs, pageWindow, toConnection } from '../common/relay/connection';
import { toGlobalId } from '../common/relay/global-id';
import { Notification } from '../discussions/discussion.entity';
import { User } from '../identity/user.entity';
import { MailService } from '../mail/mail.service';

export type NotificationKind = 'REPLY' | 'MENTION' | 'NEW_POST' | 'MODERATION' | 'ENDORSEMENT' | 'INVITATION';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  actorId: string | null;
  threadId?: string;
  postId?: string;
  practiceId?: string;
  organizationId?: string;
}

const SUBJECTS: Record<NotificationKind, (thread: string) => string> = {
  REPLY: (t) => `New reply in “${t}”`,
  MENTION: (t) => `You were mentioned in “${t}”`,
  NEW_POST: (t) => `New post in “${t}”, which you watch`,
  MODERATION: (t) => `A moderator reviewed your content: “${t}”`,
  ENDORSEMENT: (t) => `An organization endorsed “${t}”`,
  INVITATION: (t) => `You are invited to join ${t}`,
};

const COUNTED: Record<NotificationKind, [string, string]> = {
  REPLY: ['reply', 'replies'],
  MENTION: ['mention', 'mentions'],
  NEW_POST: ['new post', 'new posts'],
  MODERATION: ['moderation decision', 'moderation decisions'],
  ENDORSEMENT: ['endorsement', 'endorsements'],
  INVITATION: ['invitation', 'invitations'],
};

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
  ) {}

  /** Members of an organization with these roles (to tell its editors and admins). */
  async membersOf(em: EntityManager, organizationId: string, roles: string[] = ['EDITOR', 'ADMIN']): Promise<string[]> {
    const rows: { user_id: string }[] = await em.query('SELECT user_id FROM membership WHERE organization_id = $1 AND role = ANY($2)', [organizationId, roles]);
    return rows.map((r) => r.user_id);
  }

  /** Records notifications inside the caller's transaction: one per user per event, never to the actor. */
  async add(em: EntityManager, items: NewNotification[]): Promise<Notification[]> {
    const seen = new Set<string>();
    const unique = items.filter((n) => n.userId !== n.actorId && !seen.has(n.userId) && seen.add(n.userId));
    if (!unique.length) return [];
    return em.save(unique.map((n) => em.create(Notification, { ...n, threadId: n.threadId ?? null, postId: n.postId ?? null, practiceId: n.practiceId ?? null, organizationId: n.organizationId ?? null })));
  }

  /** After commit: emails the notifications of users who want them at once. */
  async deliver(notifications: Notification[]): Promise<void> {
    if (!notifications.length) return;
    const users = await this.recipients(notifications.map((n) => n.userId));
    const titles = await this.titles(notifications);
    const sent: string[] = [];
    for (const n of notifications) {
      const user = users.get(n.userId);
      if (!user || user.emailNotifications !== 'IMMEDIATE') continue;
      const title = titles.get(n.id)!;
      await this.mail.send({
        to: user.email,
        subject: SUBJECTS[n.kind as NotificationKind](title),
        text: [`Hello ${user.displayName},`, '', SUBJECTS[n.kind as NotificationKind](title) + ':', this.threadLink(n), '', this.footer(user)].join('\n'),
      });
      sent.push(n.id);
    }
    if (sent.length) await this.db.getRepository(Notification).update({ id: In(sent) }, { emailedAt: new Date() });
  }

  /**
   * The daily digest: for users who chose it, every unread notification not yet emailed,
   * grouped by thread and de-duplicated. Rows are locked and marked in one transaction, so
   * running it twice (or on two replicas at once) sends each item once.
   */
  async runDigest(): Promise<{ emails: number; items: number }> {
    return this.db.transaction(async (em) => {
      const rows: (Notification & { thread_title: string | null })[] = await em.query(
        `SELECT n.id, n.user_id AS "userId", n.kind, n.thread_id AS "threadId", n.post_id AS "postId", t.title AS thread_title
           FROM notification n
           JOIN user_account u ON u.id = n.user_id AND u.email_notifications = 'DAILY'
           LEFT JOIN thread t ON t.id = n.thread_id
          WHERE n.emailed_at IS NULL AND n.read_at IS NULL
          ORDER BY n.created_at
          FOR UPDATE OF n SKIP LOCKED`,
      );
      if (!rows.length) return { emails: 0, items: 0 };
      const users = await this.recipients(rows.map((r) => r.userId));
      const byUser = new Map<string, typeof rows>();
      for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
      for (const [userId, items] of byUser) {
        const user = users.get(userId)!;
        const byThread = new Map<string, { title: string; kinds: Map<string, number>; link: string }>();
        for (const item of items) {
          const key = item.threadId ?? 'other';
          const group = byThread.get(key) ?? { title: item.thread_title ?? 'Other', kinds: new Map(), link: this.threadLink(item) };
          group.kinds.set(item.kind, (group.kinds.get(item.kind) ?? 0) + 1);
          byThread.set(key, group);
        }
        const lines = [...byThread.values()].map(
          (g) => `• ${g.title}: ${[...g.kinds].map(([k, n]) => `${n} ${COUNTED[k as NotificationKind][n > 1 ? 1 : 0]}`).join(', ')}\n  ${g.link}`,
        );
        await this.mail.send({
          to: user.email,
          subject: `Your Alliance Commons digest: ${items.length} update${items.length > 1 ? 's' : ''} in ${byThread.size} discussion${byThread.size > 1 ? 's' : ''}`,
          text: [`Hello ${user.displayName},`, '', 'Since your last digest:', '', ...lines, '', this.footer(user)].join('\n'),
        });
      }
      await em.getRepository(Notification).update({ id: In(rows.map((r) => r.id)) }, { emailedAt: new Date() });
      this.logger.log(`Digest: ${byUser.size} email(s), ${rows.length} item(s)`);
      return { emails: byUser.size, items: rows.length };
    });
  }

  async unsubscribe(key: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(key)) return false;
    const result = await this.db.query(`UPDATE user_account SET email_notifications = 'OFF' WHERE unsubscribe_key = $1 RETURNING id`, [key]);
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

  /** What each notification is about, by title: its thread, else its practice, else its organization. */
  private async titles(notifications: Notification[]): Promise<Map<string, string>> {
    const ids = (pick: (n: Notification) => string | null) => [...new Set(notifications.map(pick).filter((id): id is string => !!id))];
    const [threads, practices, orgs] = await Promise.all([
      this.db.query('SELECT id, title AS name FROM thread WHERE id = ANY($1)', [ids((n) => n.threadId)]),
      this.db.query('SELECT id, title AS name FROM practice WHERE id = ANY($1)', [ids((n) => n.practiceId)]),
      this.db.query('SELECT id, name FROM organization WHERE id = ANY($1)', [ids((n) => n.organizationId)]),
    ]);
    const names = new Map<string, string>([...threads, ...practices, ...orgs].map((r: { id: string; name: string }) => [r.id, r.name]));
    return new Map(notifications.map((n) => [n.id, names.get(n.threadId ?? '') ?? names.get(n.practiceId ?? '') ?? names.get(n.organizationId ?? '') ?? 'Alliance Commons']));
  }

  private threadLink(n: { threadId: string | null; postId: string | null }) {
    if (!n.threadId) return this.mail.link('/');
    return this.mail.link(`/discussions/${toGlobalId('Thread', n.threadId)}${n.postId ? `#post-${toGlobalId('Post', n.postId)}` : ''}`);
  }

  private footer(user: User) {
    return [
      '—',
      'Change how often we email you: ' + this.mail.link('/profile'),
      'Stop these emails: ' + this.mail.link(`/unsubscribe?key=${user.unsubscribeKey}`),
    ].join('\n');
  }

  async list(userId: string, args: ConnectionArgs, unreadOnly: boolean): Promise<Connection<Notification>> {
    const where = { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) };
    const total = await this.db.getRepository(Notification).countBy(where);
    const { offset, limit } = pageWindow(args, total);
    const rows = limit === 0 ? [] : await this.db.getRepository(Notification).find({ where, order: { createdAt: 'DESC', id: 'DESC' }, skip: offset, take: limit });
    return toConnection(rows, offset, total);
  }

  unreadCount(userId: string): Promise<number> {
    return this.db.getRepository(Notification).countBy({ userId, readAt: IsNull() });
  }

  /** Marks the given notifications of the user read, or all of them when `ids` is null. */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    const result = await this.db
      .getRepository(Notification)
      .update({ userId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) }, { readAt: new Date() });
    return result.affected ?? 0;
  }
}
