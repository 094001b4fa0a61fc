import { type Actor, isModerator, isOrganizationEditor } from '../common/actor';
import type { MembershipRole } from '../organizations/membership.entity';

/** What the actor is to a practice: their role in its organization, and whether they contribute. */
export interface PracticeRelation {
  roleInOwner: MembershipRole | null;
  contributor: boolean;
}

/** Who may do what with a practice: pure functions, called by PracticeService. */
export const practicePolicy = {
  /** Create a practice for an organization: its editors and admins. */
  create: (actor: Actor, roleInOrganization: MembershipRole | null) => isOrganizationEditor(actor, roleInOrganization),
  /** Edit, publish, archive, send back to draft: editors and admins of the owner, and contributors. */
  edit: (actor: Actor, r: PracticeRelation) => (actor.kind === 'user' && r.contributor) || isOrganizationEditor(actor, r.roleInOwner),
  /** Unpublish with a reason the owners see: moderators and platform admins. */
  moderate: (actor: Actor) => isModerator(actor),
  /** Endorse on behalf of an organization: a member of it, which is not the owner. */
  endorse: (actor: Actor, roleInEndorsingOrg: MembershipRole | null, endorsingOrgIsOwner: boolean) =>
    actor.kind === 'user' && roleInEndorsingOrg !== null && !endorsingOrgIsOwner,
  /** See the contact: anyone signed in. */
  seeContact: (actor: Actor) => actor.kind === 'user',
  /** See the moderation note: the owners, contributors and moderators. */
  seeModerationNote: (actor: Actor, r: PracticeRelation) =>
    isModerator(actor) || r.contributor || r.roleInOwner !== null,
};
