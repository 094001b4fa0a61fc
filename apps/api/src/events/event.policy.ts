import { type Actor, isModerator, isOrganizationEditor } from '../common/actor';
import type { MembershipRole } from '../organizations/membership.entity';

/** Who may do what with events and collections: pure functions, called by the services. */
export const eventPolicy = {
  /** Create, change and delete events, their sessions, and collections: moderators and platform admins. */
  curate: (actor: Actor) => isModerator(actor),
  /**
   * Mark a practice or pattern as presented at a session, or take that back: moderators, and
   * editors and admins of the organization that owns the item.
   */
  present: (actor: Actor, roleInItemOwner: MembershipRole | null) =>
    isModerator(actor) || isOrganizationEditor(actor, roleInItemOwner),
};
