import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { type Connection, type ConnectionArgs, pageWindow, toConnection } from '../common/relay/connection';
import { Notification } from '../discussions/discussion.entity';
import { User } from '../identity/user.entity';
import { MailService } from '../mail/mail.service';

export type NotificationKind = 'REPLY' | 'MENTION' | 'MODERATION';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  actorId: string | null;
  threadId?: string;
  postId?: string;
}

/** In-app notifications, and their emails (sent at once for now; digests come later). */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
  ) {}

  /** Records notifications inside the caller's transaction (one per user and post). */
  async add(em: EntityManager, items: NewNotification[]): Promise<Notification[]> {
    const seen = new Set<string>();
    const unique = items.filter((n) => n.userId !== n.actorId && !seen.has(n.userId) && seen.add(n.userId));
    if (!unique.length) return [];
    return em.save(unique.map((n) => em.create(Notification, { ...n, threadId: n.threadId ?? null, postId: n.postId ?? null })));
  }

  /** Emails mentions after the transaction committed. */
  async emailMentions(notifications: Notification[], context: { threadTitle: string; authorName: string; link: string }) {
    const mentions = notifications.filter((n) => n.kind === 'MENTION');
    if (!mentions.length) return;
    const users = await this.db.getRepository(User).findBy({ id: In(mentions.map((n) => n.userId)) });
    for (const user of users) {
      await this.mail.send({
        to: user.email,
        subject: `${context.authorName} mentioned you in “${context.threadTitle}”`,
        text: [
          `Hello ${user.displayName},`,
          '',
          `${context.authorName} mentioned you in the discussion “${context.threadTitle}” on Alliance Commons:`,
          this.mail.link(context.link),
        ].join('\n'),
      });
    }
    await this.db.getRepository(Notification).update({ id: In(mentions.map((n) => n.id)) }, { emailedAt: new Date() });
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
