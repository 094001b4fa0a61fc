import { type Actor, isModerator, isPlatformAdmin } from '../common/actor';

/** The viewer's role in the organization that owns something (null when not a member). */
type Role = 'MEMBER' | 'EDITOR' | 'ADMIN' | null;

/**
 * Field-level rules: which fields of something a viewer may already see (by the predicates)
 * are shown to them. Pure functions of the actor and their relation to the owner; resolvers,
 * presenters (revision snapshots) and policies call these, never their own copy.
 */
export const fieldVisibility = {
  /** A practice's contact person: anyone signed in (never visitors, crawlers or open data). */
  practiceContact: (actor: Actor) => actor.kind === 'user',
  /** A practice's moderation note: the owners, contributors and moderators. */
  practiceModerationNote: (actor: Actor, r: { roleInOwner: Role; contributor: boolean }) =>
    isModerator(actor) || r.contributor || r.roleInOwner !== null,
  /** A misuse pattern's moderation note: members of the owning organization and moderators. */
  patternModerationNote: (actor: Actor, roleInOwner: Role) =>
    isModerator(actor) || roleInOwner !== null,
  /** Who belongs to an organization and their roles: fellow members, and platform admins. */
  organizationMembers: (actor: Actor, role: Role) => isPlatformAdmin(actor) || role !== null,
};

/**
 * Snapshot fields of a practice revision that the live practice withholds from some viewers,
 * each with the rule of that live field: a revision never shows what the practice would not.
 */
const WITHHELD_REVISION_FIELDS: Record<string, (actor: Actor) => boolean> = {
  contact: fieldVisibility.practiceContact,
};

/** A revision snapshot as `viewer` may see it: withheld fields are left out. */
export function visibleRevisionSnapshot(
  snapshot: Record<string, unknown>,
  viewer: Actor,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(snapshot).filter(([field]) => WITHHELD_REVISION_FIELDS[field]?.(viewer) ?? true),
  );
}
