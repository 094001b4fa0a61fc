import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Something that happened for one user: shown in their list, pushed live, emailed at once or in the digest. */
@Entity({ name: 'notification' })
export class Notification {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'varchar', length: 30 }) kind: string;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ name: 'thread_id', type: 'uuid', nullable: true }) threadId: string | null;
  @Column({ name: 'post_id', type: 'uuid', nullable: true }) postId: string | null;
  @Column({ name: 'practice_id', type: 'uuid', nullable: true }) practiceId: string | null;
  @Column({ name: 'misuse_pattern_id', type: 'uuid', nullable: true }) misusePatternId:
    string | null;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true }) emailedAt: Date | null;
}
