import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

import type { MembershipRole } from '../common/roles';

export { MEMBERSHIP_ROLES, type MembershipRole } from '../common/roles';

/** A user's place in an organization: members read, editors write content, admins manage. */
@Entity({ name: 'membership' })
export class Membership {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 10 })
  role: MembershipRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
