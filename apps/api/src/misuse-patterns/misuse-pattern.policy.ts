import { type Actor, isModerator, isOrganizationEditor } from '../common/actor';
import type { MembershipRole } from '../organizations/membership.entity';
import { fieldVisibility } from '../visibility';

/** Who may do what with misuse patterns and countermeasures: pure functions, called by the services. */
export const misusePatternPolicy = {
  /** Write a pattern for an organization, and edit, publish, archive or delete its patterns: its editors and admins. */
  edit: (actor: Actor, roleInOwner: MembershipRole | null) =>
    isOrganizationEditor(actor, roleInOwner),
  /** Unpublish with a reason the owners see: moderators and platform admins. */
  moderate: (actor: Actor) => isModerator(actor),
  /** See the moderation note (the rule lives in visibility/). */
  seeModerationNote: fieldVisibility.patternModerationNote,
  /** Propose or change a countermeasure: editors and admins of the practice's organization. */
  editCountermeasure: (actor: Actor, roleInPracticeOwner: MembershipRole | null) =>
    isOrganizationEditor(actor, roleInPracticeOwner),
  /** Remove a countermeasure: editors and admins of the practice's organization, and moderators. */
  removeCountermeasure: (actor: Actor, roleInPracticeOwner: MembershipRole | null) =>
    isModerator(actor) || isOrganizationEditor(actor, roleInPracticeOwner),
};
