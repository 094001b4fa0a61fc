import { type Actor, isPlatformAdmin } from '../common/actor';
import type { MembershipRole } from '../organizations/membership.entity';

/**
 * Who may manage an organization's webhooks (see them, their deliveries; create, change,
 * rotate, delete, enable, test): its admins, and platform admins, as for its members
 * (organizationPolicy.manageMembers). Read-only API tokens are stopped before, by AccessGuard.
 */
export const webhookPolicy = {
  manage: (actor: Actor, role: MembershipRole | null) =>
    isPlatformAdmin(actor) || (actor.kind === 'user' && role === 'ADMIN'),
};
