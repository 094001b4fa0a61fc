import { type Actor, isModerator } from '../common/actor';
import type { MembershipRole } from '../organizations/membership.entity';

const editorOrAdmin = (role: MembershipRole | null) => role === 'EDITOR' || role === 'ADMIN';

/** Who may do what with misuse patterns and countermeasures: pure functions, called by the services. */
export const misusePatternPolicy = {
  /** Write a pattern for an organization, and edit, publish, archive or delete its patterns: its editors and admins. */
  edit: (actor: Actor, roleInOwner: MembershipRole | null) => actor.kind === 'user' && editorOrAdmin(roleInOwner),
  /** Unpublish with a reason the owners see: moderators and platform admins. */
  moderate: (actor: Actor) => isModerator(actor),
  /** See the moderation note: members of the owning organization and moderators. */
  seeModerationNote: (actor: Actor, roleInOwner: MembershipRole | null) => isModerator(actor) || roleInOwner !== null,
  /** Propose or change a countermeasure: editors and admins of the practice's organization. */
  editCountermeasure: (actor: Actor, roleInPracticeOwner: MembershipRole | null) => actor.kind === 'user' && editorOrAdmin(roleInPracticeOwner),
  /** Remove a countermeasure: editors and admins of the practice's organization, and moderators. */
  removeCountermeasure: (actor: Actor, roleInPracticeOwner: MembershipRole | null) =>
    isModerator(actor) || (actor.kind === 'user' && editorOrAdmin(roleInPracticeOwner)),
};
