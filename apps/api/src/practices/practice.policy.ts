import { type Actor, isModerator, isOrganizationEditor } from '../common/actor';
import type { MembershipRole } from '../organizations/membership.entity';
import { fieldVisibility } from '../visibility';

/** What the actor is to a practice: their role in its organization, and whether they contribute. */
export interface PracticeRelation {
  roleInOwner: MembershipRole | null;
  contributor: boolean;
}

/** Who may do what with a practice: pure functions, called by PracticeService. */
export const practicePolicy = {
  /** Create a practice for an organization: its editors and admins. */
  create: (actor: Actor, roleInOrganization: MembershipRole | null) =>
    isOrganizationEditor(actor, roleInOrganization),
  /** Edit, publish, archive, send back to draft: editors and admins of the owner, and contributors. */
  edit: (actor: Actor, r: PracticeRelation) =>
    (actor.kind === 'user' && r.contributor) || isOrganizationEditor(actor, r.roleInOwner),
  /** Unpublish with a reason the owners see: moderators and platform admins. */
  moderate: (actor: Actor) => isModerator(actor),
  /** Endorse on behalf of an organization: a member of it, which is not the owner. */
  endorse: (
    actor: Actor,
    roleInEndorsingOrg: MembershipRole | null,
    endorsingOrgIsOwner: boolean,
  ) => actor.kind === 'user' && roleInEndorsingOrg !== null && !endorsingOrgIsOwner,
  /** See the contact and the moderation note: the rules live in visibility/. */
  seeContact: fieldVisibility.practiceContact,
  seeModerationNote: (actor: Actor, r: PracticeRelation) =>
    fieldVisibility.practiceModerationNote(actor, r),
};
