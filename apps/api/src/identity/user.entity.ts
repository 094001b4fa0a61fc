import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import type { PlatformRole } from '../common/roles';

export { PLATFORM_ROLES, type PlatformRole } from '../common/roles';

@Entity({ name: 'user_account' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased. Visible only to its owner and platform admins. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 80 })
  displayName: string;

  /** argon2id; never leaves the service layer. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ name: 'platform_role', type: 'varchar', length: 20, default: 'USER' })
  platformRole: PlatformRole;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: 'sign_in_locked_until', type: 'timestamptz', nullable: true })
  signInLockedUntil: Date | null;

  /** Until when a moderator suspended the account from posting. */
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  @Column({ name: 'suspension_reason', type: 'varchar', length: 1000, nullable: true })
  suspensionReason: string | null;

  /** Email for notifications: at once, in a daily digest, or never. */
  @Column({ name: 'email_notifications', type: 'varchar', length: 10, default: 'IMMEDIATE' })
  emailNotifications: 'IMMEDIATE' | 'DAILY' | 'OFF';

  /** Random key of the unsubscribe link in every email (it can only turn email off). */
  @Column({ name: 'unsubscribe_key', type: 'char', length: 64, select: false, insert: false })
  unsubscribeKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
