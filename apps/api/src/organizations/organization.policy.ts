import { type Actor, isPlatformAdmin } from '../common/actor';
import type { MembershipRole } from './membership.entity';
import { fieldVisibility } from '../visibility';

/**
 * Who may do what with an organization: pure functions of the actor and the actor's role in
 * that organization (null when not a member). Services call them; tests call them directly.
 */
export const organizationPolicy = {
  /** Edit name, description, website…: the organization's admins, and platform admins. */
  update: (actor: Actor, role: MembershipRole | null) => isPlatformAdmin(actor) || role === 'ADMIN',
  /** Invite, approve join requests, change roles, remove members. */
  manageMembers: (actor: Actor, role: MembershipRole | null) =>
    isPlatformAdmin(actor) || role === 'ADMIN',
  /** See who the members are and their roles (the rule lives in visibility/). */
  viewMembers: fieldVisibility.organizationMembers,
  /** Change a verified organization's identity without sending it back to verification: platform admins. */
  keepVerificationOnIdentityChange: (actor: Actor) => isPlatformAdmin(actor),
  /** Mark an organization verified or unverified: platform admins only. */
  verify: (actor: Actor) => isPlatformAdmin(actor),
  /** Ask to join: a signed-in user who is not yet a member. */
  requestToJoin: (actor: Actor, role: MembershipRole | null) =>
    actor.kind === 'user' && role === null,
  /** Leave: any member (the last admin is stopped by the service, not the policy). */
  leave: (actor: Actor, role: MembershipRole | null) => actor.kind === 'user' && role !== null,
};
