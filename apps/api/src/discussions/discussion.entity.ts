import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'discussion_category' })
export class DiscussionCategory {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 60 }) slug: string;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'varchar', length: 500, default: '' }) description: string;
  /** Only signed-in members of verified organizations may read and post. */
  @Column({ name: 'members_only', type: 'boolean', default: false }) membersOnly: boolean;
  @Column({ type: 'int', default: 0 }) position: number;
}

/** A conversation: in a topic category, or the one discussion of a practice. */
@Entity({ name: 'thread' })
export class Thread {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'category_id', type: 'uuid', nullable: true }) categoryId: string | null;
  @Column({ name: 'practice_id', type: 'uuid', nullable: true }) practiceId: string | null;
  /** Without a category: the pattern's own discussion; with one: a thread about the pattern (e.g. a call for partners). */
  @Column({ name: 'misuse_pattern_id', type: 'uuid', nullable: true }) misusePatternId:
    string | null;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 12, default: 'DISCUSSION' }) kind: 'DISCUSSION' | 'QUESTION';
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags: string[];
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'boolean', default: false }) pinned: boolean;
  @Column({ type: 'boolean', default: false }) locked: boolean;
  @Column({ name: 'accepted_post_id', type: 'uuid', nullable: true }) acceptedPostId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;
}

@Entity({ name: 'post' })
export class Post {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  /** Markdown, rendered sanitised by the web app. */
  @Column({ type: 'text' }) body: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true }) editedAt: Date | null;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true }) hiddenAt: Date | null;
  @Column({ name: 'hidden_reason', type: 'varchar', length: 1000, nullable: true }) hiddenReason:
    string | null;
}

/** Moved to notifications/; re-exported so database/entities.ts keeps its import (the table is unchanged). */
export { Notification } from '../notifications/notification.entity';
